// The pathological inputs of issue 11 that this branch fixed, as cases the
// table script (scripts/pathological.ts) and the regression tests run in a
// child process with a hard time limit. `prepare` builds the input (not
// timed); `run` is the measured call and returns a short outcome.
import { createIndex, createQuiz, loadIndex, sample, type Question } from '@quizbank/core'
import { createSearchIndex, loadSearchIndex, search, serializeSearchIndex, type SerializedSearchIndex } from '@quizbank/core/search'
import { decodeRuns, encodeRuns } from '../../packages/core/src/search/encodePostings.js'
import { isCodeLine } from '../../packages/parsers/src/formats/headless/lineShapes.js'
import { parseText } from '@quizbank/parsers'

/** One pathological input, scalable by `size`. */
export interface PathologicalCase<T = unknown> {
  readonly name: string
  /** The input, for the table. */
  readonly input: string
  /** What `size` counts. */
  readonly unit: string
  /** The outcomes that count as right (a refusal must be a QuizbankError code, never a TypeError). */
  readonly accept: RegExp
  /** Sizes for the growth check: each the double of the previous (three doublings). */
  readonly sizes: readonly number[]
  /** Build the input (not timed). */
  prepare(size: number): T
  /** The measured call: returns what happened, in a few words. */
  run(input: T): string
}

const question = (i: number, fields: Partial<Question> = {}): Question => ({
  id: `set/q-${i}`,
  prompt: `How does feature ${i % 97} of module ${i % 13} work with word${i % 501}?`,
  answer: `It uses part ${i % 7} and part ${i % 11}.`,
  topic: 'orm',
  tags: [],
  source: { set: 'set', lines: [i + 1, i + 1], promptInferred: false },
  ...fields,
})
const corpus = (n: number) => Array.from({ length: n }, (_, i) => question(i))

const serialized = (n: number) => {
  const index = createIndex(corpus(n))
  return { index, data: JSON.parse(JSON.stringify(serializeSearchIndex(createSearchIndex(index)))) as SerializedSearchIndex }
}

/** What a parse produced: its question count and the codes of its warnings. */
const parseOutcome = (text: string): string => {
  const r = parseText(text)
  return `${r.questions.length} question, ${r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code).join(',')}`
}

const define = <T>(c: PathologicalCase<T>): PathologicalCase => c as unknown as PathologicalCase

export const CASES: readonly PathologicalCase[] = [
  define({
    name: 'loadSearchIndex-truncated',
    accept: /^INVALID_DATA: /,
    input: 'serialised search index, `docs` cut to half its length',
    unit: 'questions',
    sizes: [25_000, 50_000, 100_000, 200_000],
    prepare: (n) => {
      const { index, data } = serialized(n)
      return { index, data: { ...data, docs: data.docs.slice(0, (data.docs.length >> 3) << 2) } }
    },
    run: ({ index, data }) => (loadSearchIndex(index, data), 'loaded'),
  }),
  define({
    name: 'loadSearchIndex-past-end',
    accept: /^INVALID_DATA: /,
    input: 'serialised search index whose last posting points past the last question',
    unit: 'questions',
    sizes: [25_000, 50_000, 100_000, 200_000],
    prepare: (n) => {
      const { index, data } = serialized(n)
      const offsets = new Uint32Array(data.counts.length + 1)
      data.counts.forEach((c, t) => (offsets[t + 1] = (offsets[t] as number) + c))
      const total = offsets[data.counts.length] as number
      const docs = decodeRuns(offsets, data.docs, total, n, (why) => {
        throw new Error(why)
      })
      docs[total - 1] = n + 5
      return { index, data: { ...data, docs: encodeRuns(offsets, docs) } }
    },
    run: ({ index, data }) => (loadSearchIndex(index, data), 'loaded'),
  }),
  define({
    name: 'loadSearchIndex-valid',
    accept: /^loaded, /,
    input: 'serialised search index, intact (the cost of the checks)',
    unit: 'questions',
    sizes: [25_000, 50_000, 100_000, 200_000],
    prepare: (n) => serialized(n),
    run: ({ index, data }) => `loaded, ${loadSearchIndex(index, data).postingCount} postings`,
  }),
  define({
    name: 'search-long-query',
    accept: /^\d+ hits$/,
    input: 'query of distinct indexed words (`word0 word1 …`), prefix on every word, 10k questions',
    unit: 'characters',
    sizes: [250, 500, 1_000, 2_000],
    prepare: (n) => {
      const searchIndex = createSearchIndex(createIndex(corpus(10_000)))
      let text = ''
      for (let i = 0; text.length < n; i++) text += `word${i} `
      return { searchIndex, text: text.slice(0, n) }
    },
    run: ({ searchIndex, text }) => `${search(searchIndex, text, { prefix: true }).total} hits`,
  }),
  define({
    name: 'search-huge-query',
    accept: /^INVALID_OPTION: /,
    input: 'query of distinct words, 1,000,000 characters',
    unit: 'characters',
    sizes: [1_000_000],
    prepare: (n) => {
      const searchIndex = createSearchIndex(createIndex(corpus(1_000)))
      let text = ''
      for (let i = 0; text.length < n; i++) text += `w${i} `
      return { searchIndex, text }
    },
    run: ({ searchIndex, text }) => `${search(searchIndex, text).total} hits`,
  }),
  define({
    name: 'search-no-prompt',
    accept: /^INVALID_DATA: /,
    input: 'a record without `prompt` in the index',
    unit: 'questions',
    sizes: [1_000],
    prepare: (n) => createIndex(corpus(n).map((q, i) => (i === n - 1 ? ({ ...q, prompt: undefined } as unknown as Question) : q))),
    run: (index) => `${search(index, 'feature').total} hits`,
  }),
  define({
    name: 'createIndex-tags',
    accept: /^1 question indexed$/,
    input: 'one question with N distinct tags',
    unit: 'tags',
    sizes: [100_000, 200_000, 400_000, 800_000],
    prepare: (n) => [question(0, { tags: Array.from({ length: n }, (_, i) => `tag-${i}`) })],
    run: (questions) => `${createIndex(questions).size} question indexed`,
  }),
  define({
    name: 'loadIndex-tags',
    accept: /^1 question loaded$/,
    input: 'serialised index, one question with N distinct tags',
    unit: 'tags',
    sizes: [100_000, 200_000, 400_000, 800_000],
    prepare: (n) => JSON.parse(JSON.stringify({ format: 'quizbank-index', version: 1, questions: [question(0, { tags: Array.from({ length: n }, (_, i) => `tag-${i}`) })] })) as unknown,
    run: (data) => `${loadIndex(data).size} question loaded`,
  }),
  define({
    name: 'createIndex-topics',
    accept: /^right question$/,
    input: 'N questions, each of its own topic; then `topics: [the last one]`',
    unit: 'topics',
    sizes: [32_768, 65_536, 131_072, 262_144],
    prepare: (n) => Array.from({ length: n }, (_, i) => question(i, { topic: `topic-${i}` })),
    run: (questions) => {
      const index = createIndex(questions)
      const last = questions[questions.length - 1] as Question
      const hits = sample(index, { count: 1, seed: 1, topics: [last.topic] })
      return hits[0]?.id === last.id ? 'right question' : `WRONG: ${hits[0]?.id}`
    },
  }),
  define({
    name: 'quiz-duplicate-ids',
    accept: /^(\d+) dealt, \1 distinct ids$/,
    input: 'N questions, every id held twice; deal the whole quiz',
    unit: 'questions',
    sizes: [25_000, 50_000, 100_000, 200_000],
    prepare: (n) => createIndex(Array.from({ length: n }, (_, i) => question(i >> 1))),
    run: (index) => {
      const dealt = createQuiz(index, { seed: 1 }).next(index.size).questions
      return `${dealt.length} dealt, ${new Set(dealt.map((q) => q.id)).size} distinct ids`
    },
  }),
  define({
    name: 'sample-max-weights',
    accept: /^49 of 49 dealt$/,
    input: 'sample 49, stratify by difficulty with weights Number.MAX_VALUE',
    unit: 'questions',
    sizes: [1_000],
    prepare: (n) =>
      createIndex(Array.from({ length: n }, (_, i) => question(i, { difficulty: { level: i % 2 === 0 ? 'beginner' : 'advanced', origin: 'source' } }))),
    run: (index) =>
      `${sample(index, { count: 49, seed: 1, stratify: { difficulty: { beginner: Number.MAX_VALUE, advanced: Number.MAX_VALUE } } }).length} of 49 dealt`,
  }),
  define({
    name: 'isCodeLine-for-in',
    accept: /^not code$/,
    input: "headless line `for f` + ` in g` × N/5, no colon (recheck's attack string)",
    unit: 'characters',
    sizes: [250_000, 500_000, 1_000_000, 2_000_000],
    prepare: (n) => `for f${' in g'.repeat(Math.ceil((n - 5) / 4))}`,
    run: (line) => (isCodeLine(line) ? 'code' : 'not code'),
  }),
  define({
    name: 'error-long-value',
    accept: /^\d{1,3}-character message$/,
    input: 'sample with an unknown topic N characters long (the message length)',
    unit: 'characters',
    sizes: [2_000_000],
    prepare: (n) => ({ index: createIndex(corpus(10)), topic: 'x'.repeat(n) }),
    run: ({ index, topic }) => {
      try {
        sample(index, { count: 1, seed: 1, topics: [topic] })
        return 'no error'
      } catch (error) {
        return `${(error as Error).message.length}-character message`
      }
    },
  }),
  define({
    name: 'parseText-nested-bullets',
    accept: /^1 question, degraded-markdown$/,
    input: "`'- '.repeat(N) + 'What is a?'`, style detected (remark nests N lists)",
    unit: 'bullets',
    sizes: [8_000, 16_000, 32_000, 64_000],
    prepare: (n) => `${'- '.repeat(n)}What is a?`,
    run: parseOutcome,
  }),
  define({
    name: 'parseText-emphasis-runs',
    accept: /^1 question, degraded-markdown$/,
    input: "`'1. What ' + '**_*'.repeat(N)`: unmatched emphasis delimiters on one line",
    unit: 'runs',
    sizes: [12_500, 25_000, 50_000, 100_000],
    prepare: (n) => `1. What ${'**_*'.repeat(n)}`,
    run: parseOutcome,
  }),
]
