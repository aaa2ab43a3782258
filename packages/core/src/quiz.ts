import type { Question } from './schema/question.js'
import type { QuestionIndex } from './createIndex.js'
import { QuizbankError, describeValue } from './errors.js'
import { createDealer, type Dealer } from './query/createDealer.js'
import { fingerprint } from './query/fingerprint.js'
import { cached, indexDataOf, type IndexData } from './query/indexData.js'
import { prepareDeal, type DealOptions, type DealPlan } from './query/prepareDeal.js'

/** What a quiz draws from: a seed, a filter, and how to spread the draw (see {@link DealOptions}). */
export type QuizSpec<TTopic extends string = string> = DealOptions<TTopic>

/** The result of {@link Quiz.next}. */
export interface QuizDeal<Q extends Question = Question> {
  /** The questions dealt by this call: `n` of them, fewer only when the pool ran out. */
  readonly questions: Q[]
  /** True when no question is left to deal (this call may still have dealt some). */
  readonly exhausted: boolean
}

/** The whole state of a quiz as a small JSON value: its spec, how many were dealt, and a pool check. */
export interface QuizState {
  readonly format: 'quizbank-quiz'
  readonly version: 1
  /** The spec the quiz was created with. */
  readonly spec: QuizSpec
  /** How many questions were dealt so far. */
  readonly dealt: number
  /** A hash of the pool's question ids, to refuse restoring against different questions. */
  readonly pool: string
}

/** A reproducible deck: deals questions in a seeded order without ever repeating one. */
export interface Quiz<Q extends Question = Question> {
  /** Deal up to `n` more questions (default `1`). */
  next(n?: number): QuizDeal<Q>
  /** How many questions were dealt so far. */
  readonly dealt: number
  /** True when no question is left to deal. */
  readonly exhausted: boolean
  /** The state to save; restore it with {@link restoreQuiz}. */
  state(): QuizState
  /** Same as `state()`, so `JSON.stringify(quiz)` saves it. */
  toJSON(): QuizState
}

/**
 * Start a quiz: an offline replacement for a server-side session. The deal
 * order is a seeded permutation of the filtered pool, so the state is only
 * the spec and a counter (never the list of dealt ids); restoring replays the
 * counter in O(dealt). `next(n)` never repeats a question, across restarts
 * too, until the pool is exhausted, which it reports with `exhausted: true`.
 *
 * @example
 *   const quiz = createQuiz(index, { seed: 'user-17', topics: ['orm'], distinct: 'cluster' })
 *   quiz.next(5).questions
 *   localStorage.quiz = JSON.stringify(quiz)
 *   // … later, after a restart:
 *   const again = restoreQuiz(index, JSON.parse(localStorage.quiz))
 *   again.next(5) // five more, none of the first five
 */
export function createQuiz<Q extends Question>(index: QuestionIndex<Q>, spec: NoInfer<QuizSpec<Q['topic']>>): Quiz<Q> {
  const data = indexDataOf(index, 'createQuiz')
  if (typeof spec === 'object' && spec !== null && 'count' in spec) {
    throw new QuizbankError('INVALID_OPTION', `createQuiz: option "count" is not part of a quiz spec: a quiz deals as many as you ask for each time.\n  example: createQuiz(index, { seed: 42 }).next(10)`, {
      option: 'count',
    })
  }
  const plan = prepareDeal(data, spec, 'createQuiz', [])
  return makeQuiz<Q>(data, plan, copySpec(spec), poolFingerprint(data, plan))
}

/**
 * Continue a quiz from a saved {@link QuizState}, with an index over the
 * same questions (other questions may have been added or removed, as long as
 * the quiz's own pool is unchanged; otherwise this throws `INVALID_DATA`).
 *
 * @example
 *   const quiz = restoreQuiz(index, JSON.parse(saved))
 */
export function restoreQuiz<Q extends Question>(index: QuestionIndex<Q>, state: QuizState): Quiz<Q> {
  const data = indexDataOf(index, 'restoreQuiz')
  const s = state as Partial<QuizState> | null
  if (
    typeof s !== 'object' ||
    s === null ||
    s.format !== 'quizbank-quiz' ||
    typeof s.spec !== 'object' ||
    s.spec === null ||
    typeof s.pool !== 'string' ||
    typeof s.dealt !== 'number' ||
    !Number.isInteger(s.dealt) ||
    s.dealt < 0
  ) {
    throw new QuizbankError('INVALID_DATA', `restoreQuiz: expected a state from quiz.state() ({ format: 'quizbank-quiz', version: 1, spec, dealt, pool }), received ${describeValue(state)}.`)
  }
  if (s.version !== 1) throw new QuizbankError('INVALID_DATA', `restoreQuiz: quiz state version ${describeValue(s.version)} is not supported by this release (it reads version 1).`)
  const plan = prepareDeal(data, s.spec, 'restoreQuiz', [])
  const pool = poolFingerprint(data, plan)
  if (pool !== s.pool) {
    throw new QuizbankError(
      'INVALID_DATA',
      `restoreQuiz: the questions this quiz draws from changed since its state was saved (pool ${s.pool}, now ${pool}), so continuing could repeat questions. ` +
        `Start a new quiz, passing the ids already seen as "exclude".`,
    )
  }
  // Replaying the deal is O(dealt) and needs nothing but the counter (and
  // no array of the questions dealt: 200,000 of them made the replay grow
  // faster than linear, issue 11).
  const quiz = makeQuiz<Q>(data, plan, copySpec(s.spec), pool, s.dealt)
  if (quiz.dealt < s.dealt) {
    throw new QuizbankError('INVALID_DATA', `restoreQuiz: the state says ${s.dealt} questions were dealt, but this pool only holds ${quiz.dealt}.`)
  }
  return quiz
}

/** A quiz over `plan`, with its first `replay` positions already dealt (fewer when the pool runs out first). */
function makeQuiz<Q extends Question>(data: IndexData, plan: DealPlan, spec: QuizSpec, pool: string, replay = 0): Quiz<Q> {
  const dealer: Dealer = createDealer(data, plan.strata, plan)
  // One position of look-ahead, so `exhausted` is known as soon as the last
  // question is dealt; it is the position the next deal would give anyway.
  let ahead: number | undefined | null = null
  const peek = () => {
    if (ahead === null) ahead = dealer.draw()
    return ahead
  }
  const take = () => {
    const pos = peek()
    ahead = null
    return pos
  }
  for (let k = 0; k < replay && take() !== undefined; k++);
  const state = (): QuizState => ({ format: 'quizbank-quiz', version: 1, spec, dealt: dealer.dealt - (ahead == null ? 0 : 1), pool })
  return {
    next(n = 1) {
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
        throw new QuizbankError('INVALID_OPTION', `quiz.next: expected a count that is an integer ≥ 0, received ${describeValue(n)}.\n  example: quiz.next(5)`, { option: 'n' })
      }
      const questions: Q[] = []
      while (questions.length < n) {
        const pos = take()
        if (pos === undefined) break
        questions.push(data.questions[pos] as Q)
      }
      return { questions, exhausted: peek() === undefined }
    },
    get dealt() {
      return state().dealt
    },
    get exhausted() {
      return peek() === undefined
    },
    state,
    toJSON: state,
  }
}

/** Hash of the pool's ids (and clusters, when they matter), per stratum; cached per spec. */
function poolFingerprint(data: IndexData, plan: DealPlan): string {
  return cached(data, `fingerprint:${plan.distinct}:${plan.filter.key}:${plan.strata.map((s) => s.key).join(';')}`, () =>
    fingerprint(
      (function* () {
        for (const s of plan.strata) {
          yield s.key
          for (const pos of s.pool) {
            const q = data.questions[pos] as Question
            yield q.id
            if (plan.distinct) yield q.cluster ?? ''
          }
        }
      })(),
    ),
  )
}

// A JSON-safe copy of what the caller passed: the saved state must not
// change if the caller mutates its spec object later.
function copySpec(spec: QuizSpec): QuizSpec {
  return JSON.parse(JSON.stringify(spec)) as QuizSpec
}
