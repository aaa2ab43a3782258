// Test questions for the query, sampling, quiz and search tests: a fixed
// corpus built by formula (pinned results depend on it: do not change it),
// fast-check arbitraries for random corpora and filters, and a reference
// implementation of the filter semantics to check the index against.
import fc from 'fast-check'
import { QuizbankError, type DifficultyLevel, type Question, type QuestionFilter, type QuestionKind } from '@quizbank/core'

const DIFFS = ['beginner', 'intermediate', 'advanced', undefined] as const

/** A valid question; `i` makes the id unique, `fields` override anything. */
export function makeQuestion(i: number, fields: Partial<Question> = {}): Question {
  const set = fields.source?.set ?? `set-${i % 3}`
  return {
    id: `${set}/q-${i}`,
    prompt: `What is item ${i}?`,
    topic: 'orm',
    tags: [],
    source: { set, lines: [i + 1, i + 1], promptInferred: false },
    ...fields,
  }
}

const FIXED_TOPICS: readonly string[] = ['orm', 'models', 'views', 'templates', 'security']
const FIXED_TAGS = ['queryset', 'joins', 'forms', 'csrf', 'cache', 'admin']

/**
 * 60 questions over 5 topics, 6 tags, all difficulties (and unrated),
 * 3 sets, two thirds with answers, every 7th multiple-choice, and clusters
 * of near-duplicates (`c0` … `c4`, three questions each).
 */
export function fixedCorpus(): Question[] {
  return Array.from({ length: 60 }, (_, i) => {
    const level = DIFFS[i % 4]
    const q = makeQuestion(i, {
      prompt: `How does ${FIXED_TAGS[i % 6]} work with ${FIXED_TOPICS[(i * 7) % 5]} number ${i}?`,
      topic: FIXED_TOPICS[i % 5] as string,
      tags: [FIXED_TAGS[i % 6] as string, ...(i % 4 === 0 ? [FIXED_TAGS[(i + 1) % 6] as string] : [])],
    })
    if (level !== undefined) q.difficulty = { level, origin: 'source' }
    if (i % 3 !== 2) q.answer = `Answer ${i}: it uses the ${FIXED_TAGS[(i + 2) % 6]} machinery.`
    if (i % 7 === 0) q.choices = [{ text: 'yes', correct: true }, { text: 'no', correct: false }]
    if (i < 15) q.cluster = `c${i % 5}`
    return q
  })
}

const TOPIC_POOL: readonly string[] = ['orm', 'models', 'views', 'security']
const TAG_POOL = ['a', 'b', 'c', 'd']
const SET_POOL = ['s1', 's2', 's3']
const CLUSTER_POOL = ['k1', 'k2', 'k3']

/** Random valid corpora of 0–`max` questions over small vocabularies, so filters often hit. */
export function arbCorpus(max = 40): fc.Arbitrary<Question[]> {
  const arbQuestion = fc.record({
    topic: fc.constantFrom(...TOPIC_POOL),
    tags: fc.uniqueArray(fc.constantFrom(...TAG_POOL), { maxLength: 3 }),
    set: fc.constantFrom(...SET_POOL),
    level: fc.constantFrom(...DIFFS),
    answer: fc.boolean(),
    choices: fc.integer({ min: 0, max: 4 }),
    cluster: fc.option(fc.constantFrom(...CLUSTER_POOL), { nil: undefined }),
  })
  return fc.array(arbQuestion, { maxLength: max }).map((records) =>
    records.map((r, i) => {
      const q = makeQuestion(i, { topic: r.topic, tags: r.tags, source: { set: r.set, lines: [1, 1], promptInferred: false } })
      if (r.level !== undefined) q.difficulty = { level: r.level, origin: 'rule' }
      if (r.answer) q.answer = `Answer ${i}.`
      if (r.choices === 0) q.choices = [{ text: 'x', correct: true }, { text: 'y', correct: false }]
      if (r.cluster !== undefined) q.cluster = r.cluster
      return q
    }),
  )
}

/**
 * A larger corpus over the same small vocabularies as {@link arbCorpus}
 * (values mixed by formula), so that both filtering plans run: walking the
 * postings of a selective clause, and intersecting bitsets for broad ones.
 */
export function mixedCorpus(size: number): Question[] {
  return Array.from({ length: size }, (_, i) => {
    const h = Math.imul(i + 1, 2654435761) >>> 0
    const q = makeQuestion(i, {
      topic: TOPIC_POOL[h % 4] as string,
      tags: TAG_POOL.filter((_, k) => ((h >>> (3 + k)) & 3) === 0),
      source: { set: SET_POOL[(h >>> 9) % 3] as string, lines: [1, 1], promptInferred: false },
    })
    const level = DIFFS[(h >>> 12) % 4]
    if (level !== undefined) q.difficulty = { level, origin: 'rule' }
    if ((h >>> 15) % 10 < 7) q.answer = `Answer ${i}.`
    if ((h >>> 19) % 12 === 0) q.choices = [{ text: 'x', correct: true }, { text: 'y', correct: false }]
    if ((h >>> 23) % 8 === 0) q.cluster = CLUSTER_POOL[(h >>> 27) % 3] as string
    return q
  })
}

/**
 * Random filters over the same vocabularies (including a value no question
 * has, and topics a random corpus may lack), with `unknownValues:
 * 'match-none'` so that unknown values are compared with the reference
 * semantics instead of throwing.
 */
export function arbFilter(): fc.Arbitrary<QuestionFilter> {
  const sub = <T,>(values: readonly T[]) => fc.option(fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 }), { nil: undefined })
  return fc
    .record(
      {
        topics: sub(TOPIC_POOL),
        tags: sub([...TAG_POOL, 'zz']),
        anyTags: sub([...TAG_POOL, 'zz']),
        difficulties: sub<DifficultyLevel>(['beginner', 'intermediate', 'advanced', 'unrated']),
        sets: sub([...SET_POOL, 'nope']),
        clusters: sub(CLUSTER_POOL),
        hasAnswer: fc.option(fc.boolean(), { nil: undefined }),
        kind: fc.option(fc.constantFrom<QuestionKind>('open', 'multiple-choice'), { nil: undefined }),
        exclude: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 45 }).map((i) => `${SET_POOL[i % 3]}/q-${i}`), { maxLength: 6 }), { nil: undefined }),
      },
      { requiredKeys: [] },
    )
    .map((f) => ({ ...(Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as QuestionFilter), unknownValues: 'match-none' as const }))
}

/** The filter semantics, written plainly: the reference the index must agree with. */
export function satisfies(q: Question, f: QuestionFilter): boolean {
  const some = <T,>(list: readonly T[] | undefined, test: (v: T) => boolean) => list === undefined || list.length === 0 || list.some(test)
  return (
    some(f.topics, (t) => q.topic === t) &&
    (f.tags ?? []).every((t) => q.tags.includes(t)) &&
    some(f.anyTags, (t) => q.tags.includes(t)) &&
    some(f.difficulties, (d) => (q.difficulty?.level ?? 'unrated') === d) &&
    some(f.sets, (s) => q.source.set === s) &&
    some(f.clusters, (c) => q.cluster === c) &&
    (f.hasAnswer === undefined || (q.answer !== undefined) === f.hasAnswer) &&
    (f.kind === undefined || (q.choices !== undefined && q.choices.length > 0 ? 'multiple-choice' : 'open') === f.kind) &&
    !(f.exclude ?? []).includes(q.id)
  )
}

/** Ids, for compact assertions. */
export const ids = (questions: readonly Question[]): string[] => questions.map((q) => q.id)

/** Run something that must throw a QuizbankError; return `CODE: message` for an inline snapshot. */
export function errorOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (!(error instanceof QuizbankError)) throw error
    return `${error.code}: ${error.message}`
  }
  throw new Error('expected a QuizbankError, nothing was thrown')
}
