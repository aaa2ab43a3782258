// Filtered query vs Array.filter over the same question objects.
//   npx tsx --conditions=@quizbank/source scripts/bench/query.bench.ts --sizes 10k,100k,1M
import { createIndex, query, type Question, type QuestionFilter } from '@quizbank/core'
import { benchArgs, sizeLabel } from './lib/args.js'
import { corpusOf } from './lib/corpusCache.js'
import { formatBytes, formatMs, formatRatio, summarize, timeEach, timeOnce, usedBytes } from './lib/stats.js'
import { markdownTable } from './lib/table.js'

interface Case {
  label: string
  filter: QuestionFilter
  /** The same filter as a user would write it for Array.filter. */
  test: (q: Question) => boolean
}

function cases(corpus: readonly Question[]): Case[] {
  // The most common tag of the orm topic, so every size filters on the same kind of tag.
  const counts = new Map<string, number>()
  for (const q of corpus) if (q.topic === 'orm') for (const t of q.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
  const ormTag = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string
  const level = (q: Question) => q.difficulty?.level ?? 'unrated'
  const isMc = (q: Question) => q.choices !== undefined && q.choices.length > 0
  const sets = ['set-1', 'set-2', 'set-3', 'set-5', 'set-8']
  return [
    { label: 'topic orm', filter: { topics: ['orm'] }, test: (q) => q.topic === 'orm' },
    {
      label: 'orm or models + beginner + answer',
      filter: { topics: ['orm', 'models'], difficulties: ['beginner'], hasAnswer: true },
      test: (q) => (q.topic === 'orm' || q.topic === 'models') && level(q) === 'beginner' && q.answer !== undefined,
    },
    { label: `tag ${ormTag} + answer`, filter: { tags: [ormTag], hasAnswer: true }, test: (q) => q.tags.includes(ormTag) && q.answer !== undefined },
    {
      label: 'any of 3 tags + open + advanced or intermediate',
      filter: { anyTags: ['models', 'views', 'forms'], kind: 'open', difficulties: ['advanced', 'intermediate'] },
      test: (q) => ['models', 'views', 'forms'].some((t) => q.tags.includes(t)) && !isMc(q) && (level(q) === 'advanced' || level(q) === 'intermediate'),
    },
    { label: '5 sets + multiple-choice', filter: { sets, kind: 'multiple-choice' }, test: (q) => sets.includes(q.source.set) && isMc(q) },
    { label: 'has answer (70 %)', filter: { hasAnswer: true }, test: (q) => q.answer !== undefined },
    {
      label: 'broad: beginner or intermediate + answer + open',
      filter: { difficulties: ['beginner', 'intermediate'], hasAnswer: true, kind: 'open' },
      test: (q) => (level(q) === 'beginner' || level(q) === 'intermediate') && q.answer !== undefined && !isMc(q),
    },
  ]
}

/** Run the query bench; print one markdown table per size. */
export function runQueryBench(sizes: readonly number[]): void {
  console.log('\n## Filtered query vs Array.filter\n')
  console.log('Both return the first 20 matches and the total. "uncached" is an index with `cacheSize: 0` (every call intersects postings); "cached" repeats a filter the index has seen. Medians over repeated calls.\n')
  for (const size of sizes) {
    const corpus = corpusOf(size)
    const before = usedBytes()
    const { ms: buildMs, value: index } = timeOnce(() => createIndex(corpus))
    const indexBytes = usedBytes() - before
    const uncached = createIndex(corpus, { cacheSize: 0 })
    const runs = size >= 1e6 ? 30 : size >= 1e5 ? 150 : 600
    const rows: string[][] = []
    for (const c of cases(corpus)) {
      const expected = corpus.filter(c.test)
      const check = query(uncached, { ...c.filter, limit: 20 })
      if (check.total !== expected.length || check.questions.some((q, i) => q !== expected[i])) throw new Error(`query and Array.filter disagree on "${c.label}"`)
      const filterMs = summarize(timeEach(() => {
        const all = corpus.filter(c.test)
        return [all.slice(0, 20), all.length]
      }, runs)).median
      const uncachedMs = summarize(timeEach(() => query(uncached, { ...c.filter, limit: 20 }), runs)).median
      const cachedMs = summarize(timeEach(() => query(index, { ...c.filter, limit: 20 }), runs * 10)).median
      rows.push([c.label, String(expected.length), formatMs(filterMs), formatMs(uncachedMs), formatRatio(filterMs / uncachedMs), formatMs(cachedMs), formatRatio(filterMs / cachedMs)])
    }
    console.log(`### ${sizeLabel(size)} questions (createIndex ${formatMs(buildMs)}, index ${formatBytes(indexBytes)})\n`)
    console.log(markdownTable(['filter', 'matches', 'Array.filter', 'query uncached', 'speed-up', 'query cached', 'speed-up'], rows))
    console.log('')
  }
}

if (process.argv[1]?.endsWith('query.bench.ts') === true) runQueryBench(benchArgs({ sizes: '10k,100k,1M' }).sizes)
