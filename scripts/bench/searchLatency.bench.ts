// Search latency by query class, quizbank against FlexSearch (its default
// "strict" index and the "forward" one prefix search needs, the latter at
// 100k only: it builds for minutes at 1M), interleaved in one process: every round runs every query on
// every engine, in a rotating order, so load and JIT state fall on all alike.
// Quizbank is measured as published (its built `dist`, not the TypeScript
// sources through tsx, whose helpers wrap every function): build first.
//
//   npm run build -w @quizbank/core
//   node --expose-gc --import tsx scripts/bench/searchLatency.bench.ts --search-sizes 100k,1M [--rounds 200]
//
// Each sample is the mean of a batch of calls (the clock's resolution is
// about a microsecond, near what one call costs), over `--rounds` rounds
// after a quarter as many warm-up rounds; medians and p95s are of samples.
// Every engine returns the ids of its top 10; quizbank is also timed reading
// `total` (counted lazily for a word with several completions).
import { parseArgs } from 'node:util'
import { Document as FlexDocument } from 'flexsearch'
import { createIndex, type Question } from '@quizbank/core'
import { createSearchIndex, search, type SearchIndex } from '@quizbank/core/search'
import { parseSizes, sizeLabel } from './lib/args.js'
import { corpusOf, forgetCorpus } from './lib/corpusCache.js'
import { collectGarbage, formatBytes, formatMs, formatRatio, summarize, timeOnce, usedBytes } from './lib/stats.js'
import { markdownTable } from './lib/table.js'

/** Queries by class, from the generator's vocabulary (scripts/bench/generateCorpus.ts). */
const CLASSES: Record<string, readonly string[]> = {
  '1 term': ['django', 'queryset', 'zeki'],
  '2 terms': ['prefetch related', 'cache backend'],
  '3 terms': ['how to optimise queryset cache', 'select related queryset'],
  prefix: ['middl', 'quer', 'sess'],
  typo: ['middlewre', 'querset'],
}
const BATCH = 10

type Doc = { id: number; prompt: string; answer: string; hints: string }

interface Engine {
  readonly name: string
  readonly sizes: (size: number) => boolean
  build(corpus: readonly Question[], docs: readonly Doc[]): unknown
  query(handle: unknown, text: string): unknown
}

const ENGINES: Engine[] = [
  {
    name: 'quizbank',
    sizes: () => true,
    // The question index is part of quizbank's cost: search runs on it.
    build: (corpus) => createSearchIndex(createIndex(corpus)),
    query: (handle, text) => search(handle as SearchIndex, text, { limit: 10 }).hits.map((h) => h.question.id),
  },
  {
    name: 'quizbank, reading total',
    sizes: () => true,
    build: () => undefined, // shares the index above
    query: (handle, text) => search(handle as SearchIndex, text, { limit: 10 }).total,
  },
  {
    // Like for like with FlexSearch's "strict" index, which matches whole
    // words only: by default quizbank also completes the last word as a
    // prefix (search-as-you-type), which for a word like `zeki` means
    // ranking `zekib` too.
    name: 'quizbank, whole words',
    sizes: () => true,
    build: () => undefined, // shares the index above
    query: (handle, text) => search(handle as SearchIndex, text, { limit: 10, prefix: false }).hits.map((h) => h.question.id),
  },
  flex('FlexSearch', 'strict', () => true),
  flex('FlexSearch (forward)', 'forward', (size) => size <= forwardUpTo),
]

function flex(name: string, tokenize: 'strict' | 'forward', sizes: (size: number) => boolean): Engine {
  return {
    name,
    sizes,
    build: (_, docs) => {
      const index = new FlexDocument<Doc>({ document: { id: 'id', index: ['prompt', 'answer', 'hints'] }, tokenize })
      for (const d of docs) index.add(d)
      return index
    },
    query: (handle, text) => ((handle as FlexDocument<Doc>).search(text, { limit: 10, merge: true, suggest: true }) as unknown as { id: number }[]).map((h) => h.id),
  }
}

const { values } = parseArgs({
  strict: false,
  options: {
    'search-sizes': { type: 'string', default: '100k,1M' },
    rounds: { type: 'string', default: '200' },
    // FlexSearch "forward" builds for minutes at 1M: only up to this size unless asked.
    'forward-sizes': { type: 'string', default: '100k' },
    // Only these query classes (comma-separated), e.g. `prefix,1 term` for a run with "forward" at 1M.
    classes: { type: 'string' },
  },
})
const rounds = Number(values.rounds)
const forwardUpTo = Math.max(...parseSizes(values['forward-sizes'] as string))
if (typeof values.classes === 'string') {
  const wanted = values.classes.split(',').map((c) => c.trim())
  for (const cls of Object.keys(CLASSES)) if (!wanted.includes(cls)) delete CLASSES[cls]
  if (Object.keys(CLASSES).length === 0) throw new Error(`--classes ${values.classes}: none of ${wanted.join(', ')} is a query class`)
}
console.log(`# Search latency by query class (interleaved)\n\nNode ${process.version}. Command: \`node --expose-gc --import tsx scripts/bench/searchLatency.bench.ts ${process.argv.slice(2).join(' ')}\`. ${rounds} rounds after ${Math.ceil(rounds / 4)} warm-up rounds; a sample is the mean of ${BATCH} calls.\n`)
for (const size of parseSizes(values['search-sizes'] as string)) {
  const corpus = corpusOf(size)
  const docs: Doc[] = corpus.map((q, id) => ({ id, prompt: q.prompt, answer: q.answer ?? '', hints: (q.hints ?? []).join('\n') }))
  const engines = ENGINES.filter((e) => e.sizes(size))
  const handles = new Map<string, unknown>()
  const builds: string[][] = []
  for (const engine of engines) {
    if (engine.name.startsWith('quizbank, ')) {
      handles.set(engine.name, handles.get('quizbank'))
      continue
    }
    const before = usedBytes()
    const { ms, value } = timeOnce(() => engine.build(corpus, docs))
    handles.set(engine.name, value)
    builds.push([engine.name, formatMs(ms), formatBytes(usedBytes() - before)])
  }
  collectGarbage()
  const samples = new Map<string, number[]>() // `${engine}\t${class}` → ms per call
  const queries = Object.entries(CLASSES).flatMap(([cls, qs]) => qs.map((q) => [cls, q] as const))
  const warm = Math.ceil(rounds / 4)
  for (let round = 0; round < warm + rounds; round++) {
    for (const [cls, text] of queries) {
      for (let e = 0; e < engines.length; e++) {
        const engine = engines[(e + round) % engines.length] as Engine
        const handle = handles.get(engine.name)
        const t = performance.now()
        for (let b = 0; b < BATCH; b++) engine.query(handle, text)
        const ms = (performance.now() - t) / BATCH
        if (round < warm) continue
        for (const key of [`${engine.name}\t${cls}`, `${engine.name}\t${cls}\t${text}`]) samples.set(key, [...(samples.get(key) ?? []), ms])
      }
    }
  }
  console.log(`## ${sizeLabel(size)} questions\n`)
  console.log(markdownTable(['engine', 'build', 'memory (heap + off-heap)'], builds))
  console.log('')
  const rows: string[][] = []
  for (const cls of Object.keys(CLASSES)) {
    const ours = summarize(samples.get(`quizbank\t${cls}`) ?? []).median
    for (const engine of engines) {
      const s = summarize(samples.get(`${engine.name}\t${cls}`) ?? [])
      rows.push([cls, engine.name, formatMs(s.median), formatMs(s.p95), formatRatio(s.median / ours)])
    }
  }
  console.log(markdownTable(['queries', 'engine', 'median', 'p95', 'median vs quizbank'], rows))
  // Per query: a class's p95 is often one slow query, which this names.
  const perQuery = queries.map(([cls, text]) => [cls, `\`${text}\``, ...engines.map((e) => formatMs(summarize(samples.get(`${e.name}\t${cls}\t${text}`) ?? []).median))])
  console.log(`\nMedian per query:\n\n${markdownTable(['class', 'query', ...engines.map((e) => e.name)], perQuery)}`)
  console.log(`\nQueries: ${Object.entries(CLASSES).map(([cls, qs]) => `${cls}: ${qs.map((q) => `\`${q}\``).join(', ')}`).join('; ')}.\n`)
  handles.clear()
  forgetCorpus(size)
}
