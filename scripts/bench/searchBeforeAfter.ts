// quizbank search against an earlier version of itself, interleaved in one
// process on the same generated corpus: build time, memory (heap +
// arrayBuffers after a full GC, index alive) and per-query latency.
//
//   git archive <commit> | tar -x -C /tmp/qb-before     # the earlier version's sources
//   ln -s "$PWD/node_modules" /tmp/qb-before/node_modules
//   node --expose-gc --import tsx --conditions=@quizbank/source scripts/bench/searchBeforeAfter.ts --before /tmp/qb-before [--size 100000]
//
// Both versions are imported from source (packages/core/src), so the same
// transpiler and the same corpus serve both. Queries alternate before/after
// on every run, so load on a shared machine hits both alike.
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateCorpus } from './generateCorpus.js'
import { QUERIES } from './search.bench.js'

const { values } = parseArgs({ options: { before: { type: 'string' }, size: { type: 'string', default: '100000' } } })
if (values.before === undefined) throw new Error('searchBeforeAfter: pass --before <dir>, a directory holding the earlier sources (see the comment at the top).')
const size = Number(values.size)
// Misspelled words: the earlier version matches nothing, the current one corrects them.
const TYPO_QUERIES = ['middlewre', 'querset optimisaton']

type Engine = { createIndex(q: unknown[]): unknown; createSearchIndex(i: unknown): unknown; search(s: unknown, t: string, o: object): { hits: { question: { id: string } }[] } }
async function load(root: string): Promise<Engine> {
  const core = (await import(pathToFileURL(resolve(root, 'packages/core/src/index.ts')).href)) as Engine
  const search = (await import(pathToFileURL(resolve(root, 'packages/core/src/search/index.ts')).href)) as Engine
  return { createIndex: core.createIndex, createSearchIndex: search.createSearchIndex, search: search.search }
}
const engines: Record<'before' | 'after', Engine> = { before: await load(values.before), after: await load('.') }
const corpus = generateCorpus(size)
const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('searchBeforeAfter: run node with --expose-gc.')
const used = () => {
  gc()
  gc()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1] as number
const p95 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length * 0.95)] as number

const built: Record<string, unknown> = {}
const buildMs: Record<string, number[]> = { before: [], after: [] }
const bytes: Record<string, number[]> = { before: [], after: [] }
for (let round = 0; round < 3; round++) {
  for (const [name, engine] of Object.entries(engines)) {
    const index = engine.createIndex(corpus)
    built[name] = undefined
    const start = used()
    const t0 = performance.now()
    const searchIndex = engine.createSearchIndex(index)
    buildMs[name]!.push(performance.now() - t0)
    bytes[name]!.push(used() - start)
    built[name] = searchIndex
  }
}
const mb = (x: number) => `${(x / 1e6).toFixed(1)} MB`
console.log(`### ${size} questions, before (${values.before}) vs after (this tree)\n`)
console.log(`build (median of 3): before ${median(buildMs.before!).toFixed(0)} ms, after ${median(buildMs.after!).toFixed(0)} ms (${(median(buildMs.after!) / median(buildMs.before!)).toFixed(2)}×); memory: before ${mb(median(bytes.before!))}, after ${mb(median(bytes.after!))}\n`)
console.log('| query | before median | after median | after ÷ before | before p95 | after p95 |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const text of [...QUERIES, ...TYPO_QUERIES]) {
  const times: Record<string, number[]> = { before: [], after: [] }
  for (let run = 0; run < 320; run++) {
    for (const [name, engine] of Object.entries(engines)) {
      const t0 = performance.now()
      for (const hit of engine.search(built[name], text, { limit: 10 }).hits) void hit.question.id
      if (run >= 20) times[name]!.push((performance.now() - t0) * 1000)
    }
  }
  const [b, a] = [median(times.before!), median(times.after!)]
  console.log(`| \`${text}\` | ${b.toFixed(1)} µs | ${a.toFixed(1)} µs | ${(a / b).toFixed(2)}× | ${p95(times.before!).toFixed(1)} µs | ${p95(times.after!).toFixed(1)} µs |`)
}
