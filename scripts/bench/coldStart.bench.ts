// Cold start: a fresh `node` process imports @quizbank/core and the corpus,
// builds the index and draws a quiz. The child entry is bundled with esbuild
// first (as an app's bundler would be), from the packages' TypeScript sources
// (the `@quizbank/source` condition, no `npm run build` needed; the published
// dist is the same code, the corpus JSON likewise inlined as object literals),
// so the numbers do not include tsx's on-the-fly compilation. Each import is a
// dynamic import of its own chunk, so its cost can be timed on its own.
//   npx tsx --conditions=@quizbank/source scripts/bench/coldStart.bench.ts [--corpus path/to/questions.json] [--runs 15]
// Default: the real corpus, `questions` from @quizbank/corpus. With --corpus,
// a JSON array of questions read with readFileSync + JSON.parse instead.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { createIndex, type Question } from '@quizbank/core'
import { createSearchIndex, serializeSearchIndex } from '@quizbank/core/search'
import { questions as corpusQuestions } from '@quizbank/corpus'
import { benchArgs } from './lib/args.js'
import { formatBytes, formatMs, summarize } from './lib/stats.js'
import { markdownTable } from './lib/table.js'

// The child: every step timed with performance.now(), whose origin is the
// process start, so `boot` is node's own start-up. argv: mode, then the JSON
// corpus path or `-` for the bundled corpus, then the prebuilt search index.
const CHILD = `
import { readFileSync } from 'node:fs'
const [mode, corpusPath, prebuiltPath] = process.argv.slice(2)
const t = { boot: performance.now() }
let mark = t.boot
const step = (name) => { const now = performance.now(); t[name] = now - mark; mark = now }
const core = await import('@quizbank/core'); step('import core')
let questions
if (corpusPath === '-') {
  questions = (await import('@quizbank/corpus')).questions; step('import corpus')
} else {
  questions = JSON.parse(readFileSync(corpusPath, 'utf8')); step('read + JSON.parse corpus')
}
if (mode === 'schema') {
  const schema = await import('@quizbank/core/schema'); step('import schema (zod)')
  for (const q of questions) if (!schema.validateQuestion(q).ok) throw new Error('invalid question ' + q.id)
  step('validate all')
}
const index = core.createIndex(questions); step('createIndex')
const quiz = core.sample(index, { count: 10, seed: 'cold', hasAnswer: true }); step('sample 10')
if (quiz.length !== 10) throw new Error('sample drew ' + quiz.length)
if (mode === 'search') {
  const s = await import('@quizbank/core/search'); step('import search')
  s.search(index, 'queryset cache'); step('first search (builds the text index)')
}
if (mode === 'prebuilt') {
  const s = await import('@quizbank/core/search'); step('import search')
  let text
  if (corpusPath === '-') {
    // The index @quizbank/corpus ships, from its /search entry.
    const { corpusSearchIndex } = await import('@quizbank/corpus/search')
    text = corpusSearchIndex(index); step('import + load the corpus prebuilt search index')
  } else {
    text = s.loadSearchIndex(index, JSON.parse(readFileSync(prebuiltPath, 'utf8'))); step('read + load prebuilt search index')
  }
  s.search(text, 'queryset cache'); step('first search')
}
t.total = performance.now()
process.stdout.write(JSON.stringify(t))
`

const MODES = ['core', 'search', 'prebuilt', 'schema'] as const
const LABELS: Record<(typeof MODES)[number], string> = {
  core: '@quizbank/core: import, corpus, createIndex, sample 10',
  search: '… + /search, text index built at start',
  prebuilt: '… + /search, prebuilt text index loaded (the corpus ships it: `@quizbank/corpus/search`)',
  schema: '… + /schema, validating every question first',
}

/** Run the cold-start bench on the bundled corpus, or on the questions in `corpusPath`. */
export async function runColdStartBench(corpusPath: string | undefined, runs = 15): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quizbank-cold-'))
  const questions = corpusPath === undefined ? (corpusQuestions as Question[]) : (JSON.parse(readFileSync(corpusPath, 'utf8')) as Question[])
  // With --corpus, the prebuilt search index an app would ship next to its questions (the bundled corpus ships its own).
  const prebuiltPath = join(dir, 'questions.search.json')
  writeFileSync(prebuiltPath, JSON.stringify(serializeSearchIndex(createSearchIndex(createIndex(questions)))))
  writeFileSync(join(dir, 'child.src.js'), CHILD)
  const { metafile } = await build({
    entryPoints: { child: join(dir, 'child.src.js') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: join(dir, 'out'),
    outExtension: { '.js': '.mjs' },
    conditions: ['@quizbank/source'],
    // The entry lives in a temp dir: resolve the workspace packages from here.
    nodePaths: [join(process.cwd(), 'node_modules')],
    metafile: true,
    logLevel: 'silent',
  })
  const child = join(dir, 'out', 'child.mjs')
  const chunks = Object.entries(metafile.outputs).map(([file, output]) => {
    const bytes = readFileSync(file)
    return `${chunkContents(Object.keys(output.inputs))} ${formatBytes(bytes.length)} (${formatBytes(gzipSync(bytes).length)} gz)`
  })

  console.log('\n## Cold start (fresh node process)\n')
  const corpusLabel =
    corpusPath === undefined
      ? `the real corpus, \`questions\` from @quizbank/corpus (${questions.length} questions, imported from its bundled chunk)`
      : `${corpusPath} (${questions.length} questions, readFileSync + JSON.parse)`
  console.log(`Corpus: ${corpusLabel}. The child is bundled by esbuild from the packages' sources (\`@quizbank/source\` condition), every package import a dynamic import of its own chunk. Medians of ${runs} runs; "total" is \`performance.now()\` at the end (its origin is the process start), "wall" is spawn to exit as the parent sees it.\n`)
  console.log(`Chunks (unminified, by what they hold): ${chunks.sort().join(', ')}; prebuilt search index ${formatBytes(statSync(prebuiltPath).size)} of JSON.\n`)
  const baseline = summarize(Array.from({ length: runs }, () => wall(() => spawnSync(process.execPath, ['-e', '0'])))).median
  for (const mode of MODES) {
    const samples: Record<string, number>[] = Array.from({ length: runs }, () => {
      let out = ''
      const ms = wall(() => {
        const r = spawnSync(process.execPath, [child, mode, corpusPath ?? '-', prebuiltPath], { encoding: 'utf8' })
        if (r.status !== 0) throw new Error(`cold-start child failed: ${r.stderr}`)
        out = r.stdout
      })
      return { ...(JSON.parse(out) as Record<string, number>), wall: ms }
    })
    const steps = Object.keys(samples[0] ?? {})
    const rows = steps.map((name) => {
      const s = summarize(samples.map((r) => r[name] as number))
      return [name, formatMs(s.median), formatMs(s.p95)]
    })
    console.log(`### ${LABELS[mode]}\n`)
    console.log(markdownTable(['step', 'median', 'p95'], rows))
    console.log('')
  }
  console.log(`Baseline \`node -e 0\`: ${formatMs(baseline)} wall.`)
}

/** What a chunk holds, from its inputs: `@quizbank/core/search`, `zod`, … */
function chunkContents(inputs: readonly string[]): string {
  const names = new Set<string>()
  for (const input of inputs) {
    const pkg = /packages\/(\w+)\/(?:src\/(search|schema)\/)?/.exec(input)
    const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
    if (pkg !== null) names.add(`@quizbank/${pkg[1] ?? ''}${pkg[2] === undefined ? '' : `/${pkg[2]}`}`)
    else if (dep !== null) names.add(dep[1] ?? '')
    else if (input.endsWith('child.src.js')) names.add('child')
  }
  return names.size === 0 ? '(imports and re-exports only)' : [...names].sort().join(' + ')
}

function wall(run: () => void): number {
  const t = performance.now()
  run()
  return performance.now() - t
}

if (process.argv[1]?.endsWith('coldStart.bench.ts') === true) {
  const args = benchArgs({ sizes: '400' })
  await runColdStartBench(args.corpus, args.runs)
}
