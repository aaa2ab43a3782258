// CLI start-up: wall time of a fresh `quizbank` process, against bare `node`
// doing nothing. The CLI is bundled with esbuild from the TypeScript sources
// (the `@quizbank/source` condition, no `npm run build` needed), with code
// splitting so that its lazy `import()`s stay separate chunks exactly as in
// the published dist; so the figures exclude tsx's on-the-fly compilation.
//   npx tsx --conditions=@quizbank/source scripts/bench/cliStartup.bench.ts [--runs 20]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { benchArgs } from './lib/args.js'
import { formatMs, summarize } from './lib/stats.js'
import { markdownTable } from './lib/table.js'

const runs = benchArgs({ sizes: '10k' }).runs ?? 20
const dir = mkdtempSync(join(tmpdir(), 'quizbank-cli-bench-'))
writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
writeFileSync(join(dir, 'set.md'), '---\nid: bench\ntitle: Bench\nlanguage: en\nsource:\n  title: Bench\n  publisher: Bench\n  retrieved: 2026-12-01\n  license: MIT\n---\n\n## ORM\n\n### What is a QuerySet?\n\nA lazy query.\n')
writeFileSync(join(dir, 'set.json'), JSON.stringify({ id: 'bench', title: 'Bench', language: 'en', source: { title: 'Bench', publisher: 'Bench', retrieved: '2026-12-01', license: 'MIT' }, questions: [] }))
// The counterfactual: the same CLI if every command imported its modules up front.
writeFileSync(
  join(dir, 'eager.ts'),
  `import '@quizbank/corpus'; import '@quizbank/parsers'; import '@quizbank/core/schema'; import '@quizbank/core/search'; import 'ts-fsrs'; import 'jsonc-parser'\nimport '${join(process.cwd(), 'packages/cli/src/bin.ts')}'\n`,
)
await build({
  entryPoints: { bin: 'packages/cli/src/bin.ts', eager: join(dir, 'eager.ts') },
  nodePaths: [join(process.cwd(), 'node_modules'), join(process.cwd(), 'packages/cli/node_modules')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: dir,
  conditions: ['@quizbank/source'],
  // jsonc-parser's "main" is a UMD build whose inner require()s esbuild cannot follow; its ESM build can be bundled.
  mainFields: ['module', 'main'],
  // A bundled CommonJS dependency may call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'error',
})

const scenarios: [string, string[]][] = [
  ['bare `node -e 0`', ['-e', '0']],
  ['`quizbank --help`', [join(dir, 'bin.js'), '--help']],
  ['`quizbank --help`, everything imported eagerly (counterfactual)', [join(dir, 'eager.js'), '--help']],
  ['`quizbank quiz --seed 1` (loads the corpus)', [join(dir, 'bin.js'), 'quiz', '--seed', '1']],
  ['`quizbank search csrf` (corpus + search)', [join(dir, 'bin.js'), 'search', 'csrf']],
  ['`quizbank validate set.md` (parsers + zod)', [join(dir, 'bin.js'), 'validate', join(dir, 'set.md')]],
  ['`quizbank validate set.json` (zod + jsonc-parser)', [join(dir, 'bin.js'), 'validate', join(dir, 'set.json')]],
]

// Round-robin (one run of each scenario per round), so load changes on a
// shared machine hit every scenario alike; two warm-up rounds fill the OS file cache.
const samples: number[][] = scenarios.map(() => [])
for (let round = 0; round < runs + 2; round++) {
  scenarios.forEach(([name, args], k) => {
    const t = performance.now()
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } })
    const ms = performance.now() - t
    if (r.status !== 0) throw new Error(`${name} exited with ${r.status}: ${r.stderr.slice(0, 300)}`)
    if (round >= 2) samples[k]!.push(ms)
  })
}
const bare = summarize(samples[0]!).median
const rows = scenarios.map(([name], k) => {
  const s = summarize(samples[k]!)
  return [name, formatMs(s.median), formatMs(s.p95), k === 0 ? '–' : `+${formatMs(s.median - bare)}`]
})
console.log(`## CLI start-up (${runs} runs each, wall time of a fresh process)\n`)
console.log(markdownTable(['command', 'median', 'p95', 'median − bare node'], rows))
