// Cold start: a fresh `node` process imports @quizbank/core, parses a corpus
// JSON file, builds the index and draws a quiz. The core entries are bundled
// with esbuild first (as an app's bundler would, and as the published dist
// is), so the numbers do not include tsx's on-the-fly compilation.
//   npx tsx --conditions=@quizbank/source scripts/bench/coldStart.bench.ts [--corpus path/to/questions.json]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { createIndex, type Question } from '@quizbank/core'
import { createSearchIndex, serializeSearchIndex } from '@quizbank/core/search'
import { benchArgs } from './lib/args.js'
import { formatMs, summarize } from './lib/stats.js'
import { markdownTable } from './lib/table.js'
import { generateCorpus } from './generateCorpus.js'

// The child: every step timed with performance.now(), whose origin is the
// process start, so `boot` is node's own start-up.
const CHILD = `
import { readFileSync } from 'node:fs'
const [path, mode] = process.argv.slice(2)
const t = { boot: performance.now() }
let mark = t.boot
const step = (name) => { const now = performance.now(); t[name] = now - mark; mark = now }
const core = await import('./index.js'); step('import core')
const questions = JSON.parse(readFileSync(path, 'utf8')); step('JSON.parse')
if (mode === 'schema') {
  const schema = await import('./schema.js'); step('import schema (zod)')
  for (const q of questions) schema.validateQuestion(q); step('validate all')
}
const index = core.createIndex(questions); step('createIndex')
const quiz = core.sample(index, { count: 10, seed: 'cold', hasAnswer: true }); step('sample 10')
if (mode === 'search') {
  const s = await import('./search.js'); step('import search')
  s.search(index, 'queryset cache'); step('first search (builds the text index)')
}
if (mode === 'prebuilt') {
  const s = await import('./search.js'); step('import search')
  const text = s.loadSearchIndex(index, JSON.parse(readFileSync(path.replace(/\\.json$/, '.search.json'), 'utf8'))); step('load prebuilt search index')
  s.search(text, 'queryset cache'); step('first search')
}
t.total = performance.now()
process.stdout.write(JSON.stringify(t))
`

const MODES = ['core', 'search', 'prebuilt', 'schema'] as const
const RUNS = 15

/** Run the cold-start bench on `corpusPath` (or a generated 400-question file). */
export async function runColdStartBench(corpusPath: string | undefined): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quizbank-cold-'))
  const path = corpusPath ?? join(dir, 'questions-400.json')
  if (corpusPath === undefined) writeFileSync(path, JSON.stringify(generateCorpus(400)))
  // The prebuilt search index an app would ship next to its questions.
  const questions = JSON.parse(readFileSync(path, 'utf8')) as Question[]
  writeFileSync(path.replace(/\.json$/, '.search.json'), JSON.stringify(serializeSearchIndex(createSearchIndex(createIndex(questions)))))
  await build({
    entryPoints: { index: 'packages/core/src/index.ts', search: 'packages/core/src/search/index.ts', schema: 'packages/core/src/schema/index.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: dir,
    outExtension: { '.js': '.js' },
    conditions: ['@quizbank/source'],
    logLevel: 'silent',
  })
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  writeFileSync(join(dir, 'child.js'), CHILD)

  console.log('\n## Cold start (fresh node process)\n')
  console.log(`Corpus: ${corpusPath ?? 'generated, 400 questions'}. Medians of ${RUNS} runs; "wall" is spawn to exit as the parent sees it.\n`)
  const baseline = summarize(Array.from({ length: RUNS }, () => wall(() => spawnSync(process.execPath, ['-e', '0'])))).median
  for (const mode of MODES) {
    const runs: Record<string, number>[] = Array.from({ length: RUNS }, () => {
      let out = ''
      const ms = wall(() => {
        const r = spawnSync(process.execPath, [join(dir, 'child.js'), path, mode], { encoding: 'utf8' })
        if (r.status !== 0) throw new Error(`cold-start child failed: ${r.stderr}`)
        out = r.stdout
      })
      return { ...(JSON.parse(out) as Record<string, number>), wall: ms }
    })
    const steps = Object.keys(runs[0] ?? {})
    const rows = steps.map((name) => [name, formatMs(summarize(runs.map((r) => r[name] as number)).median)])
    const label = {
      core: '@quizbank/core',
      search: '@quizbank/core + /search, text index built at start',
      prebuilt: '@quizbank/core + /search, prebuilt text index loaded',
      schema: '@quizbank/core + /schema (validating first)',
    }[mode]
    console.log(`### ${label}\n`)
    console.log(markdownTable(['step', 'median'], rows))
    console.log('')
  }
  console.log(`Baseline \`node -e 0\`: ${formatMs(baseline)} wall.`)
}

function wall(run: () => void): number {
  const t = performance.now()
  run()
  return performance.now() - t
}

if (process.argv[1]?.endsWith('coldStart.bench.ts') === true) await runColdStartBench(benchArgs({ sizes: '400' }).corpus)
