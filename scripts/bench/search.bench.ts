// Full-text search: quizbank's own index against MiniSearch, FlexSearch and
// Orama on the same documents and queries: build time, memory, latency.
//   node --expose-gc --import tsx --conditions=@quizbank/source scripts/bench/search.bench.ts --search-sizes 100k,1M [--all-libs-at-1m | --libs-at-1m minisearch]
import { create as createOrama, insertMultiple, search as searchOrama } from '@orama/orama'
import { Document as FlexDocument } from 'flexsearch'
import MiniSearch from 'minisearch'
import { createIndex, type Question, type QuestionIndex } from '@quizbank/core'
import { createSearchIndex, loadSearchIndex, search, serializeSearchIndex, type SearchIndex } from '@quizbank/core/search'
import { benchArgs, sizeLabel } from './lib/args.js'
import { corpusOf, forgetCorpus } from './lib/corpusCache.js'
import { formatBytes, formatMs, formatRatio, summarize, timeOnce, usedBytes } from './lib/stats.js'
import { markdownTable } from './lib/table.js'

/** Queries from the generator's vocabulary: very common, common, medium, rare words, pairs, a question, and prefixes as typed. */
export const QUERIES = ['django', 'data', 'queryset', 'zeki', 'prefetch related', 'how to optimise queryset cache', 'middl', 'cache backend sess']

// A type alias (not an interface), so it satisfies FlexSearch's index-signature constraint.
type FlatDoc = {
  id: number
  prompt: string
  answer: string
  hints: string
}

interface Engine {
  name: string
  /** Build from the flat documents (or the quizbank index); returns a handle for `query`. */
  build(docs: readonly FlatDoc[], index: QuestionIndex): unknown
  /** The ids of the top 10 questions. */
  query(handle: unknown, text: string): string[] | Promise<string[]>
  notes: string
}

function engines(corpus: readonly Question[]): Engine[] {
  const idOf = (n: number) => (corpus[n] as Question).id
  return [
    {
      name: 'quizbank',
      notes: 'BM25F (prompt ×4, answer ×0.2), Porter2 stems, typo correction of unknown words, coordination, prefix on the last word, OR, stop words dropped; match positions computed only when a hit’s `matches` is read (this bench reads ids only)',
      build: (_, index) => createSearchIndex(index),
      query: (handle, text) => search(handle as SearchIndex, text, { limit: 10 }).hits.map((h) => h.question.id),
    },
    {
      name: 'MiniSearch',
      notes: 'BM25+ (prompt ×2), prefix on the last word, OR; ranks every match, no positions',
      build: (docs) => {
        const mini = new MiniSearch<FlatDoc>({
          fields: ['prompt', 'answer', 'hints'],
          searchOptions: { boost: { prompt: 2 }, prefix: (_term, i, terms) => i === terms.length - 1 },
        })
        mini.addAll(docs as FlatDoc[])
        return mini
      },
      query: (handle, text) => (handle as MiniSearch<FlatDoc>).search(text).slice(0, 10).map((r) => idOf(r.id as number)),
    },
    flexEngine('FlexSearch', 'strict', 'Document index, default "strict" tokenizer (whole words only: `middl` and `sess` match nothing), suggest (partial matches); positional scoring, not BM25; no positions', idOf),
    flexEngine('FlexSearch (forward)', 'forward', 'as above with tokenize "forward" (indexes every prefix of every word, which prefix search needs)', idOf),
    {
      name: 'Orama',
      notes: 'BM25 (prompt ×2), prefix matching, default tokenizer; no positions',
      build: async (docs) => {
        const db = createOrama({ schema: { qid: 'number', prompt: 'string', answer: 'string', hints: 'string' } as const })
        await insertMultiple(
          db,
          docs.map((d) => ({ qid: d.id, prompt: d.prompt, answer: d.answer, hints: d.hints })),
          10_000,
        )
        return db
      },
      query: async (handle, text) => {
        // Orama's generic types recurse too deep for this call; the shape is checked at run time by use.
        const run = searchOrama as unknown as (db: unknown, params: object) => Promise<{ hits: { document: { qid: number } }[] }>
        const result = await run(handle, { term: text, properties: ['prompt', 'answer', 'hints'], limit: 10, boost: { prompt: 2 } })
        return result.hits.map((h) => idOf(h.document.qid))
      },
    },
  ]
}

function flexEngine(name: string, tokenize: 'strict' | 'forward', notes: string, idOf: (n: number) => string): Engine {
  return {
    name,
    notes,
    build: (docs) => {
      const flex = new FlexDocument<FlatDoc>({ document: { id: 'id', index: ['prompt', 'answer', 'hints'] }, tokenize })
      for (const d of docs) flex.add(d)
      return flex
    },
    query: (handle, text) => {
      const hits = (handle as FlexDocument<FlatDoc>).search(text, { limit: 10, merge: true, suggest: true }) as unknown as { id: number }[]
      return hits.slice(0, 10).map((h) => idOf(h.id))
    },
  }
}

/** Each query runs `runs` times, or fewer once it has used this much time (at least 3 runs). */
const QUERY_BUDGET_MS = 1500

/**
 * Build one engine and time its queries. A function of its own, so the
 * index is garbage once it returns: a loop variable held across `await` can
 * stay alive in the suspended frame and spoil the next engine's memory figure.
 */
async function measureEngine(engine: Engine, docs: readonly FlatDoc[], index: QuestionIndex, runs: number) {
  const before = usedBytes()
  const t = performance.now()
  const handle = await engine.build(docs, index)
  const buildMs = performance.now() - t
  const memory = usedBytes() - before
  return { buildMs, memory, ...(await timeQueries(engine, handle, runs)) }
}

async function timeQueries(engine: Engine, handle: unknown, runs: number): Promise<{ all: number[]; perQuery: number[]; results: string[][] }> {
  const all: number[] = []
  const perQuery: number[] = []
  const results: string[][] = []
  for (const text of QUERIES) {
    results.push(await engine.query(handle, text)) // warm-up, and the answer kept for the overlap check
    const samples: number[] = []
    const start = performance.now()
    for (let r = 0; r < runs && (r < 3 || performance.now() - start < QUERY_BUDGET_MS); r++) {
      const t = performance.now()
      await engine.query(handle, text)
      samples.push(performance.now() - t)
    }
    all.push(...samples)
    perQuery.push(summarize(samples).median)
  }
  return { all, perQuery, results }
}

/** Run the search bench at each size; print a summary and a per-query table per size. */
export async function runSearchBench(sizes: readonly number[], libsAt1m: ReadonlySet<string>): Promise<void> {
  console.log('\n## Full-text search\n')
  console.log(`Queries: ${QUERIES.map((q) => `\`${q}\``).join(', ')}. Latency: every query run repeatedly after one warm-up; p95 over all runs of all queries. Memory: heap + off-heap delta after a full GC, with the index alive.\n`)
  for (const size of sizes) {
    const corpus = corpusOf(size)
    const index = createIndex(corpus)
    const docs: FlatDoc[] = corpus.map((q, i) => ({ id: i, prompt: q.prompt, answer: q.answer ?? '', hints: (q.hints ?? []).join('\n') }))
    const runs = size >= 1e6 ? 10 : 30
    const rows: string[][] = []
    const perQueryRows: string[][] = QUERIES.map((q) => [`\`${q}\``])
    const answers = new Map<string, string[][]>()
    const skipped: string[] = []
    let ours: { build: number; median: number } | undefined
    for (const engine of engines(corpus)) {
      const slow = engine.name === 'MiniSearch' || engine.name === 'Orama'
      const oversized = size >= 1e6 && (engine.name === 'FlexSearch (forward)' || (slow && !libsAt1m.has(engine.name.toLowerCase())))
      if (oversized) {
        skipped.push(engine.name)
        continue
      }
      const { buildMs, memory, all, perQuery, results } = await measureEngine(engine, docs, index, runs)
      const { median, p95 } = summarize(all)
      ours ??= { build: buildMs, median }
      rows.push([engine.name, formatMs(buildMs), formatRatio(buildMs / ours.build), formatBytes(memory), formatMs(median), formatMs(p95), formatRatio(median / ours.median)])
      perQuery.forEach((ms, i) => perQueryRows[i]?.push(formatMs(ms)))
      answers.set(engine.name, results)
    }
    const names = rows.map((r) => r[0] as string)
    console.log(`### ${sizeLabel(size)} questions\n`)
    console.log(markdownTable(['engine', 'build', 'build vs quizbank', 'memory', 'query median', 'query p95', 'median vs quizbank'], rows))
    if (skipped.length > 0) {
      console.log(
        `\nNot run at this size, to keep the bench within minutes: ${skipped.join(', ')} (PERF-NOTES: MiniSearch 52 s / 1.4 GB and Orama 125 s / 3.5 GB at 1M; FlexSearch "forward" costs ~5× its "strict" build). --all-libs-at-1m runs MiniSearch and Orama; --libs-at-1m minisearch runs one of them.`,
      )
    }
    console.log(`\nMedian latency per query:\n`)
    console.log(markdownTable(['query', ...names], perQueryRows))
    const mini = answers.get('MiniSearch')
    const mine = answers.get('quizbank')
    if (mini !== undefined && mine !== undefined) {
      const overlaps = QUERIES.map((q, i) => `\`${q}\` ${overlap(mine[i] ?? [], mini[i] ?? [])}/10`)
      console.log(`\nTop-10 agreement of quizbank with MiniSearch (both BM25-family; differences come from stop words, prefix weights and tie order): ${overlaps.join(', ')}`)
    }
    // Shipping a prebuilt index instead of tokenising at start-up.
    const built = createSearchIndex(index)
    const serialised = timeOnce(() => JSON.stringify(serializeSearchIndex(built)))
    const loaded = timeOnce(() => loadSearchIndex(index, JSON.parse(serialised.value)))
    console.log(
      `\nquizbank prebuilt index: ${formatBytes(serialised.value.length)} of JSON (${built.termCount} terms, ${built.postingCount} postings); JSON.parse + loadSearchIndex ${formatMs(loaded.ms)} against a build of ${formatMs(ours?.build ?? 0)}.\n`,
    )
    forgetCorpus(size)
  }
  for (const e of engines([])) console.log(`- ${e.name}: ${e.notes}`)
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b)
  return a.filter((x) => set.has(x)).length
}

if (process.argv[1]?.endsWith('search.bench.ts') === true) {
  const args = benchArgs({ sizes: '100k,1M' })
  await runSearchBench(args.searchSizes, args.libsAt1m)
}
