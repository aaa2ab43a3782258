// The pathological inputs of issue 11 that this branch fixed, as cases the
// table script (scripts/pathological.ts) and the regression tests run in a
// child process with a hard time limit. `prepare` builds the input (not
// timed); `run` is the measured call and returns a short outcome.
import { createIndex, createQuiz, loadIndex, query, restoreQuiz, sample, type Question } from '@quizbank/core'
import { validateQuestionSet } from '@quizbank/core/schema'
import { createSearchIndex, loadSearchIndex, search, serializeSearchIndex, type SerializedSearchIndex } from '@quizbank/core/search'
import { decodeRuns, encodeRuns } from '../../packages/core/src/search/encodePostings.js'
import { isCodeLine } from '../../packages/parsers/src/formats/headless/lineShapes.js'
import { parseText, type ParseOptions } from '@quizbank/parsers'

/** One pathological input, scalable by `size`. */
export interface PathologicalCase<T = unknown, R = unknown> {
  readonly name: string
  /** The input, for the table. */
  readonly input: string
  /** What `size` counts. */
  readonly unit: string
  /** The outcomes that count as right (a refusal must be a QuizbankError code, never a TypeError). */
  readonly accept: RegExp
  /** Sizes for the growth check: each the double of the previous (three doublings). */
  readonly sizes: readonly number[]
  /** Most timed runs per size (default: at least 5, see child.ts): 1 for inputs that take seconds. */
  readonly reps?: number
  /** Build the input (not timed). */
  prepare(size: number): T
  /** The measured call: returns what happened, in a few words, or a value for `describe`. */
  run(input: T): R
  /**
   * Words for what `run` returned, made after the timer stops: a case's own
   * check of the result (e.g. counting distinct ids in a Set of 100,000
   * strings) is not part of the call it measures. Default: `String(result)`.
   */
  describe?(result: R): string
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

/** What a parse produced: its question count, the codes of its warnings (each once) and of its errors. */
const parseOutcome = (text: string | Uint8Array, options: ParseOptions = {}): string => {
  const r = parseText(text, options)
  const codes = (severity: string) => [...new Set(r.diagnostics.filter((d) => d.severity === severity).map((d) => d.code))].join(',')
  const errors = codes('error')
  return `${r.questions.length} question, ${codes('warning')}${errors === '' ? '' : `; error ${errors}`}`
}

/** {@link parseOutcome} for an input that holds `expected` questions: `all N questions, …` or `ONLY K of N questions, …`. */
const countOutcome = ({ input, expected, options }: { input: string | Uint8Array; expected: number; options?: ParseOptions }): string => {
  const outcome = parseOutcome(input, options)
  const found = Number(outcome.slice(0, outcome.indexOf(' ')))
  return `${found === expected ? 'all' : `ONLY ${found} of`} ${expected} questions${outcome.slice(outcome.indexOf(','))}`
}

/** A numbered bank of `n` questions, each with a one-line answer under it (about 95 bytes a question). */
const numberedBank = (n: number, lineBreak = (_i: number) => '\n'): string => {
  let text = ''
  for (let i = 1; i <= n; i++) text += `${i}. What is feature ${i} of the module and why?${lineBreak(i)}It is the part ${i} that handles the request.${lineBreak(i + 1)}`
  return text
}

const define = <T, R = string>(c: PathologicalCase<T, R>): PathologicalCase => c as unknown as PathologicalCase

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
    name: 'createIndex-declared-sets',
    accept: /^1 of \d+ subjects matched$/,
    input: '`createIndex(questions, { sets })` with N declared sets, each of its own subject',
    unit: 'sets',
    // From 100,000 on: below CODE_VALUES_SETTINGS.mapLimit (65,536) every
    // value is coded by the Map, a faster regime, so a first doubling from
    // 50,000 measured the switch (3.5x), not the growth.
    sizes: [100_000, 200_000, 400_000, 800_000],
    prepare: (n) => ({ questions: corpus(10), sets: Array.from({ length: n }, (_, i) => ({ id: i === 0 ? 'set' : `set-${i}`, subject: `subject-${i}` })) }),
    run: ({ questions, sets }) => `${query(createIndex(questions, { sets }), { subjects: ['subject-0', `subject-${sets.length - 1}`] }).total > 0 ? 1 : 0} of ${sets.length} subjects matched`,
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
    run: (index) => createQuiz(index, { seed: 1 }).next(index.size).questions,
    describe: (dealt) => `${dealt.length} dealt, ${new Set(dealt.map((q) => q.id)).size} distinct ids`,
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
  define({
    name: 'parseText-nested-numbers',
    accept: /^1 question, degraded-markdown$/,
    input: "`'1. '.repeat(N) + 'What is a?'`, style detected",
    unit: 'markers',
    sizes: [8_000, 16_000, 32_000, 64_000],
    prepare: (n) => `${'1. '.repeat(n)}What is a?`,
    run: parseOutcome,
  }),
  define({
    name: 'parseText-bullets-markdown',
    accept: /^\d+ question, .*degraded-markdown/,
    input: "`'* '.repeat(N) + 'a'`, markdown forced",
    unit: 'bullets',
    sizes: [8_000, 16_000, 32_000, 64_000],
    prepare: (n) => `${'* '.repeat(n)}a`,
    run: (text) => parseOutcome(text, { format: 'markdown' }),
  }),
  define({
    name: 'parseText-bullets-quizbank',
    accept: /^\d+ question, .*degraded-markdown/,
    input: "`'* '.repeat(N) + 'a'`, quizbank forced",
    unit: 'bullets',
    sizes: [8_000, 16_000, 32_000, 64_000],
    prepare: (n) => `${'* '.repeat(n)}a`,
    run: (text) => parseOutcome(text, { format: 'quizbank' }),
  }),
  define({
    name: 'parseText-unclosed-backticks',
    accept: /^1 question, degraded-markdown$/,
    input: "`'1. What ' + '`'.repeat(N) + ' x'`: one list item, N unclosed backticks",
    unit: 'backticks',
    sizes: [50_000, 100_000, 200_000, 400_000],
    prepare: (n) => `1. What ${'`'.repeat(n)} x`,
    run: parseOutcome,
  }),
  define({
    name: 'parseText-unclosed-brackets',
    accept: /^1 question, degraded-markdown$/,
    input: "`'1. What ' + '['.repeat(N) + ' x'`: one list item, N unclosed `[`",
    unit: 'brackets',
    sizes: [50_000, 100_000, 200_000, 400_000],
    prepare: (n) => `1. What ${'['.repeat(n)} x`,
    run: parseOutcome,
  }),
  define({
    name: 'parseText-table-rows',
    accept: /^all \d+ questions, /,
    input: 'a GFM table `| Question | Answer |` of N rows (100,000 rows: 4.4 MiB), style detected',
    unit: 'rows',
    sizes: [12_500, 25_000, 50_000, 100_000],
    reps: 1,
    prepare: (n) => {
      const rows = ['| Question | Answer |', '| --- | --- |']
      for (let i = 0; i < n; i++) rows.push(`| What is thing number ${i}? | It is ${i}. |`)
      return { input: `${rows.join('\n')}\n`, expected: n }
    },
    run: countOutcome,
  }),
  define({
    name: 'parseText-long-paragraph',
    accept: /^0 question, .*degraded-markdown/,
    input: 'N lines `What *is* thing number i? It is i.` with no blank line (one paragraph), markdown forced',
    unit: 'lines',
    sizes: [12_500, 25_000, 50_000, 100_000],
    reps: 1,
    prepare: (n) => Array.from({ length: n }, (_, i) => `What *is* thing number ${i}? It is ${i}.\n`).join(''),
    run: (text) => parseOutcome(text, { format: 'markdown' }),
  }),
  define({
    name: 'parseText-table-bad-head',
    accept: /^0 question, .*degraded-markdown/,
    input: 'a table whose head has 3 cells and its delimiter row 2 (so no table: one paragraph), then N rows',
    unit: 'rows',
    sizes: [12_500, 25_000, 50_000, 100_000],
    reps: 1,
    prepare: (n) => `| Question | Answer | Extra |\n| --- | --- |\n${Array.from({ length: n }, (_, i) => `| What is thing number ${i}? | It is ${i}. |\n`).join('')}`,
    run: (text) => parseOutcome(text, { format: 'markdown' }),
  }),
  define({
    name: 'parseText-details-br',
    accept: /^1 question, /,
    input: "`'<details><summary>What is a venv?</summary>' + '<br>'.repeat(N) + 'An isolated environment.</details>'`",
    unit: '`<br>`',
    sizes: [25_000, 50_000, 100_000, 200_000],
    reps: 1,
    prepare: (n) => `<details><summary>What is a venv?</summary>${'<br>'.repeat(n)}An isolated environment.</details>\n`,
    run: parseOutcome,
  }),
  define({
    name: 'parseText-setext-headings',
    accept: /^all \d+ questions, $/,
    input: 'N underlined questions `What is thing i?` / `---`, each with a one-line answer, blank lines between',
    unit: 'questions',
    sizes: [2_500, 5_000, 10_000, 20_000],
    reps: 1,
    prepare: (n) => ({ input: Array.from({ length: n }, (_, i) => `What is thing ${i}?\n---\n\nIt is ${i}.\n\n`).join(''), expected: n }),
    run: countOutcome,
  }),
  define({
    name: 'parseText-setext-run',
    accept: /^0 question, .*degraded-markdown/,
    input: "`'x\\n===\\n'.repeat(N)`: underlined headings without a blank line, markdown forced",
    unit: 'headings',
    sizes: [10_000, 20_000, 40_000, 80_000],
    reps: 1,
    prepare: (n) => 'x\n===\n'.repeat(n),
    run: (text) => parseOutcome(text, { format: 'markdown' }),
  }),
  define({
    name: 'parseText-lazy-lines',
    accept: /^1 question, .*degraded-markdown/,
    input: "`'1. What is x?\\n' + '[a]: b\\n'.repeat(N)`: lazy lines of one list item",
    unit: 'lines',
    sizes: [10_000, 20_000, 40_000, 80_000],
    reps: 1,
    prepare: (n) => `1. What is x?\n${'[a]: b\n'.repeat(n)}`,
    run: parseOutcome,
  }),
  define({
    name: 'parseText-trailing-chrome',
    accept: /^1 question, /,
    input: 'a short answers-only page, then N lines `Share on Twitter` (page furniture), headless-answers forced',
    unit: 'lines',
    sizes: [25_000, 50_000, 100_000, 200_000],
    reps: 1,
    prepare: (n) => `${'Django is a web framework. It follows the MVT pattern and ships an ORM.\n\nA view is a function that takes a request and returns a response.\n\n'.repeat(20)}${'Share on Twitter\n'.repeat(n)}`,
    run: (text) => parseOutcome(text, { format: 'headless-answers' }),
  }),
  define({
    name: 'parseText-bank-markdown',
    accept: /^all \d+ questions, $/,
    input: 'numbered bank, `N. What …?` then a one-line answer, markdown forced (6,300 questions: 586 KiB)',
    unit: 'questions',
    sizes: [1_575, 3_150, 6_300, 12_600],
    reps: 1,
    prepare: (n) => ({ input: numberedBank(n), expected: n, options: { format: 'markdown' as const } }),
    run: countOutcome,
  }),
  define({
    name: 'parseText-nul-bytes',
    accept: /^all \d+ questions, /,
    input: 'numbered bank with a NUL byte in every line, style detected',
    unit: 'questions',
    sizes: [6_250, 12_500, 25_000, 50_000],
    reps: 1,
    prepare: (n) => ({ input: numberedBank(n).replaceAll('What', 'Wh\0at'), expected: n }),
    run: countOutcome,
  }),
  define({
    name: 'parseText-invalid-utf8',
    accept: /^all \d+ questions, /,
    input: 'numbered bank as bytes, with invalid UTF-8 (`ff fe c0`) in every line',
    unit: 'questions',
    sizes: [6_250, 12_500, 25_000, 50_000],
    reps: 1,
    prepare: (n) => {
      const bytes = new TextEncoder().encode(numberedBank(n).replaceAll('What', 'Wh@at'))
      for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x40) bytes[i] = [0xff, 0xfe, 0xc0][i % 3] as number
      return { input: bytes, expected: n }
    },
    run: countOutcome,
  }),
  define({
    name: 'parseText-boms',
    accept: /^all \d+ questions, /,
    input: 'numbered bank with a BOM (U+FEFF) at the start and before every line',
    unit: 'questions',
    sizes: [6_250, 12_500, 25_000, 50_000],
    reps: 1,
    prepare: (n) => ({ input: `\uFEFF${numberedBank(n).replaceAll('\n', '\n\uFEFF')}`, expected: n }),
    run: countOutcome,
  }),
  define({
    name: 'parseText-mixed-line-endings',
    accept: /^all \d+ questions, /,
    input: 'numbered bank whose line breaks cycle through `\\r\\n`, `\\r` and `\\n`',
    unit: 'questions',
    sizes: [6_250, 12_500, 25_000, 50_000],
    reps: 1,
    prepare: (n) => ({ input: numberedBank(n, (i) => ['\r\n', '\r', '\n'][i % 3] as string), expected: n }),
    run: countOutcome,
  }),
  define({
    name: 'parseText-10mb-line',
    accept: /; error input-too-large$/,
    input: 'one line of 10,000,000 characters (twice the default `maxBytes`)',
    unit: 'characters',
    sizes: [10_000_000],
    prepare: (n) => `1. What ${'word '.repeat(Math.ceil(n / 5))}`.slice(0, n),
    run: parseOutcome,
  }),
  define({
    name: 'parseText-long-line',
    accept: /^1 question, /,
    input: 'one line `1. What word word …` of N characters, `maxBytes` raised to 16 MiB',
    unit: 'characters',
    sizes: [1_250_000, 2_500_000, 5_000_000, 10_000_000],
    reps: 1,
    prepare: (n) => `1. What ${'word '.repeat(Math.ceil(n / 5))}`.slice(0, n),
    run: (text) => parseOutcome(text, { maxBytes: 16 * 1024 * 1024 }),
  }),
  define({
    name: 'validateQuestionSet-empty',
    accept: /^5 issues each: 1000 listed, \d+ counted$/,
    input: 'a valid set holding N empty questions `{}`',
    unit: 'questions',
    sizes: [125_000, 250_000, 500_000, 1_000_000],
    reps: 1,
    prepare: (n) => ({
      id: 'acme',
      title: 'Acme',
      subject: 'web',
      language: 'en',
      source: { title: 'Acme guide', publisher: 'Acme', retrieved: '2026-11-01', license: 'unknown' },
      questions: Array.from({ length: n }, () => ({})),
    }),
    run: (set) => {
      const r = validateQuestionSet(set)
      const total = r.issues.length - 1 + (r.ok ? 0 : (r.omittedIssues ?? 0))
      return r.ok ? 'valid' : `${total / set.questions.length} issues each: ${r.issues.length - 1} listed, ${r.omittedIssues ?? 0} counted`
    },
  }),
  define({
    name: 'restoreQuiz-replay',
    accept: /^restored, \d+ dealt, next is new$/,
    input: 'N questions; restore a saved quiz that had dealt all but one (replaying the deal)',
    unit: 'questions',
    sizes: [25_000, 50_000, 100_000, 200_000],
    prepare: (n) => {
      const index = createIndex(corpus(n))
      const seen = new Set(createQuiz(index, { seed: 7 }).next(n - 1).questions.map((q) => q.id))
      return { index, seen, state: { ...createQuiz(index, { seed: 7 }).state(), dealt: n - 1 } }
    },
    run: ({ index, seen, state }) => {
      const quiz = restoreQuiz(index, state)
      const next = quiz.next(1).questions[0]
      return `restored, ${quiz.dealt - 1} dealt, next is ${next !== undefined && !seen.has(next.id) ? 'new' : 'REPEATED'}`
    },
  }),
  define({
    name: 'restoreQuiz-huge-dealt',
    accept: /^INVALID_DATA: /,
    input: 'a saved quiz state claiming 2^60 questions dealt, 10,000-question pool',
    unit: 'questions',
    sizes: [10_000],
    prepare: (n) => {
      const index = createIndex(corpus(n))
      return { index, state: { ...createQuiz(index, { seed: 7 }).state(), dealt: 2 ** 60 } }
    },
    run: ({ index, state }) => (restoreQuiz(index, state), 'restored'),
  }),
]
