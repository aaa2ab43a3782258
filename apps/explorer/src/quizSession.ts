// A quiz whose whole spec is in the URL and whose progress is core's quiz
// state in localStorage: the same link deals the same questions anywhere,
// and a reload continues where it stopped, never repeating one.
import { createQuiz, QuizbankError, restoreQuiz, type Quiz, type QuizSpec, type QuizState } from '@quizbank/core'
import { index, type DjangoQuestion } from './explorerIndex.ts'
import { parseFilter } from './filterParams.ts'

/** Limits of a quiz link, so a hand-edited URL gets a clear error rather than a surprising quiz. */
export const QUIZ_LIMITS = {
  /** Questions in a quiz when the link says none. */
  defaultCount: 10,
  /** The most a quiz asks: more than a sitting, and still a small saved state. */
  maxCount: 100,
} as const

/** Storage key prefix; the rest of the key is the quiz's canonical URL parameters. */
const STORAGE_PREFIX = 'quizbank-explorer/quiz?'

/** A self-grade. */
export type Grade = 'right' | 'wrong'

/** What is saved per quiz: core's quiz state, plus the ids dealt and the grades given, for the summary. */
interface Progress {
  readonly state: QuizState
  readonly dealt: string[]
  readonly grades: Grade[]
}

/** A running quiz: what to ask now, and how to move on. */
export interface QuizSession {
  /** How many questions this quiz asks: the link's count, or fewer if the pool holds fewer distinct questions. */
  readonly total: number
  /** The question to answer now, or `undefined` when the quiz is finished. */
  current(): DjangoQuestion | undefined
  /** Questions answered so far, with their grades, in order. */
  answered(): { question: DjangoQuestion; grade: Grade }[]
  /** Record a grade for the current question and deal the next one. */
  grade(grade: Grade): void
  /** Forget the saved progress (the next open starts from the first question). */
  reset(): void
  /** Set when saved progress could not be used and the quiz started over; says why. */
  readonly notice: string | undefined
}

/**
 * The quiz a URL describes: `seed` (required), `count` and the filter
 * parameters. Near-duplicates are never dealt twice (`distinct: 'cluster'`).
 * Throws a `QuizbankError` naming the parameter when the link is wrong.
 *
 * @example
 *   const session = openQuiz(new URLSearchParams('seed=friday&count=5&topic=orm'), localStorage)
 *   session.current()?.prompt
 */
export function openQuiz(params: URLSearchParams, storage: Storage): QuizSession {
  const seed = params.get('seed') ?? ''
  const countText = params.get('count') ?? String(QUIZ_LIMITS.defaultCount)
  const count = Number(countText)
  if (!/^\d{1,3}$/.test(countText) || count < 1 || count > QUIZ_LIMITS.maxCount) {
    throw new QuizbankError('INVALID_OPTION', `quiz link: parameter "count" must be a whole number from 1 to ${QUIZ_LIMITS.maxCount}, received "${countText.slice(0, 20)}".`, { option: 'count' })
  }
  const spec: QuizSpec<DjangoQuestion['topic']> = { ...parseFilter(params), seed, distinct: 'cluster' }
  // How many distinct questions the pool can give, up to `count`: dealt from a
  // throwaway quiz, since a cluster-distinct pool's size is not a filter total.
  const total = createQuiz(index, spec).next(count).questions.length
  const key = STORAGE_PREFIX + canonicalParams(params, count).toString()

  let notice: string | undefined
  let progress: Progress | undefined
  let quiz: Quiz<DjangoQuestion> | undefined
  const saved = storage.getItem(key)
  if (saved !== null) {
    try {
      progress = JSON.parse(saved) as Progress
      quiz = restoreQuiz(index, progress.state)
      if (progress.dealt.length !== quiz.dealt || progress.grades.length > progress.dealt.length) throw new Error('the saved counts disagree')
    } catch (error) {
      notice = `Saved progress for this quiz could not be used (${error instanceof Error ? error.message.slice(0, 200) : 'unreadable'}), so it starts over.`
      progress = undefined
      quiz = undefined
    }
  }
  quiz ??= createQuiz(index, spec)
  progress ??= { state: quiz.state(), dealt: [], grades: [] }
  const live = quiz
  const p = progress

  const save = (): void => storage.setItem(key, JSON.stringify({ ...p, state: live.state() }))
  const questionOf = (id: string): DjangoQuestion => {
    const q = index.get(id)
    if (!q) throw new QuizbankError('INVALID_DATA', `quiz: saved question id "${id.slice(0, 120)}" is not in the corpus.`)
    return q
  }
  const dealIfNeeded = (): void => {
    if (p.grades.length < p.dealt.length || p.dealt.length >= total) return
    const [next] = live.next(1).questions
    if (next) p.dealt.push(next.id)
    save()
  }
  dealIfNeeded()

  return {
    total,
    notice,
    current: () => {
      const id = p.dealt[p.grades.length]
      return id === undefined ? undefined : questionOf(id)
    },
    answered: () => p.grades.map((grade, i) => ({ question: questionOf(p.dealt[i] ?? ''), grade })),
    grade: (grade) => {
      if (p.grades.length >= p.dealt.length) return
      p.grades.push(grade)
      save()
      dealIfNeeded()
    },
    reset: () => storage.removeItem(key),
  }
}

/** The quiz's parameters in a fixed order, so the same quiz has one storage key whatever order its link lists them in. */
function canonicalParams(params: URLSearchParams, count: number): URLSearchParams {
  const out = new URLSearchParams()
  const keys = [...new Set(params.keys())].filter((k) => k !== 'count').sort()
  for (const k of keys) for (const v of params.getAll(k).sort()) out.append(k, v)
  out.set('count', String(count))
  return out
}
