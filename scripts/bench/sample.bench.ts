// Seeded sampling: O(count) draws from a cached filtered pool, against the
// naive O(pool) way (filter, shuffle everything, take 10).
//   npx tsx --conditions=@quizbank/source scripts/bench/sample.bench.ts --sizes 10k,100k,1M
import { createIndex, createQuiz, createRandom, restoreQuiz, sample, type Question, type SampleOptions } from '@quizbank/core'
import { benchArgs, sizeLabel } from './lib/args.js'
import { corpusOf } from './lib/corpusCache.js'
import { collectGarbage, formatMs, formatRatio, summarize, timeEach } from './lib/stats.js'
import { markdownTable } from './lib/table.js'

type Options = Omit<SampleOptions, 'seed'>

interface Case {
  label: string
  options: Options
  test: (q: Question) => boolean
}

const CASES: Case[] = [
  { label: 'orm or models + answer', options: { count: 10, topics: ['orm', 'models'], hasAnswer: true }, test: (q) => (q.topic === 'orm' || q.topic === 'models') && q.answer !== undefined },
  { label: 'no filter', options: { count: 10 }, test: () => true },
  {
    label: 'stratified 50/30/20',
    options: { count: 10, hasAnswer: true, stratify: { difficulty: { beginner: 50, intermediate: 30, advanced: 20 } } },
    test: (q) => q.answer !== undefined && q.difficulty !== undefined,
  },
  { label: 'distinct clusters', options: { count: 10, hasAnswer: true, distinct: 'cluster' }, test: (q) => q.answer !== undefined },
]

/** What an app would write without the index: filter, shuffle the lot (seeded), take `count`. */
function naiveSample(corpus: readonly Question[], test: (q: Question) => boolean, count: number, seed: number): Question[] {
  const pool = corpus.filter(test)
  const random = createRandom(seed)
  for (let i = pool.length - 1; i > 0; i--) {
    const j = random.int(i + 1)
    ;[pool[i], pool[j]] = [pool[j] as Question, pool[i] as Question]
  }
  return pool.slice(0, count)
}

const FLOOR = 'floor: a bare seeded draw of 10 positions'

/** Draw 10 seeded positions and read each question: the least a sample of 10 can cost. */
function bareDraw(corpus: readonly Question[], seed: number): number {
  const random = createRandom(seed)
  let n = 0
  for (let k = 0; k < 10; k++) n += (corpus[random.int(corpus.length)] as Question).id.length
  return n
}

/** Run the sampling bench; print one table with every size side by side. */
export function runSampleBench(sizes: readonly number[]): void {
  console.log('\n## sample(count: 10)\n')
  console.log('"sample" is the median / p95 of calls with a new seed each, the filtered pool cached by the index (as after the first call with a filter); "uncached" is the median on an index with `cacheSize: 0`, which filters on every call. "naive" filters the array, shuffles the whole pool (seeded Fisher–Yates) and slices.\n')
  const rows: string[][] = []
  const medians = new Map<string, number[]>()
  for (const size of sizes) {
    const corpus = corpusOf(size)
    const index = createIndex(corpus)
    const uncachedIndex = createIndex(corpus, { cacheSize: 0 })
    const runs = 3000
    // The floor any seeded draw of 10 from this many questions has: 10
    // random positions, each question read. At 1M the records no longer fit
    // the CPU caches, so each read is likely a cache miss: this row is what
    // "flat from 10k to 1M" is measured against.
    collectGarbage()
    const floor = summarize(timeEach((i) => bareDraw(corpus, i), runs))
    rows.push([sizeLabel(size), FLOOR, String(size), formatMs(floor.median), formatMs(floor.p95), '', '', ''])
    medians.set(FLOOR, [...(medians.get(FLOOR) ?? []), floor.median])
    for (const c of CASES) {
      // Warm draws first, after a full GC: the uncached calls allocate whole
      // pools, and the collections they trigger would slow what follows.
      collectGarbage()
      const stats = summarize(timeEach((i) => sample(index, { ...c.options, seed: i }), runs))
      const uncached = summarize(timeEach((i) => sample(uncachedIndex, { ...c.options, seed: i }), size >= 1e6 ? 15 : 100, 3)).median
      const naiveRuns = size >= 1e6 ? 10 : size >= 1e5 ? 30 : 200
      const naive = c.options.stratify === undefined && c.options.distinct === undefined ? summarize(timeEach((i) => naiveSample(corpus, c.test, 10, i), naiveRuns, 2)).median : undefined
      const poolSize = corpus.filter(c.test).length
      rows.push([
        sizeLabel(size),
        c.label,
        String(poolSize),
        formatMs(stats.median),
        formatMs(stats.p95),
        formatMs(uncached),
        naive === undefined ? '—' : formatMs(naive),
        naive === undefined ? '—' : formatRatio(naive / stats.median),
      ])
      medians.set(c.label, [...(medians.get(c.label) ?? []), stats.median])
    }
    // A quiz restored from its saved state replays its counter: O(dealt).
    const quiz = createQuiz(index, { seed: 'bench', hasAnswer: true })
    quiz.next(100)
    const state = JSON.parse(JSON.stringify(quiz.state()))
    const restore = summarize(timeEach(() => restoreQuiz(index, state).next(10), 200)).median
    rows.push([sizeLabel(size), 'restoreQuiz (100 dealt) + next(10)', '—', formatMs(restore), '', '', '', ''])
  }
  console.log(markdownTable(['size', 'draw', 'pool', 'sample median', 'p95', 'uncached', 'naive median', 'naive / sample'], rows))
  if (sizes.length > 1) {
    const growth = [...medians].map(([label, ms]) => `${label}: ${formatRatio((ms.at(-1) as number) / (ms[0] as number))}`).join(', ')
    console.log(`\nMedian at ${sizeLabel(sizes.at(-1) as number)} / median at ${sizeLabel(sizes[0] as number)} (1.0× = does not grow with the pool): ${growth}`)
  }
}

if (process.argv[1]?.endsWith('sample.bench.ts') === true) runSampleBench(benchArgs({ sizes: '10k,100k,1M' }).sizes)
