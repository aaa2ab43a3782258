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
await build({
  entryPoints: { bin: 'packages/cli/src/bin.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: dir,
  conditions: ['@quizbank/source'],
  // A bundled CommonJS dependency may call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'error',
})

const scenarios: [string, string[]][] = [
  ['bare `node -e 0`', ['-e', '0']],
  ['`quizbank --help`', [join(dir, 'bin.js'), '--help']],
  ['`quizbank quiz --seed 1` (loads the corpus)', [join(dir, 'bin.js'), 'quiz', '--seed', '1']],
  ['`quizbank search csrf` (corpus + search)', [join(dir, 'bin.js'), 'search', 'csrf']],
  ['`quizbank validate set.md` (parsers + zod)', [join(dir, 'bin.js'), 'validate', join(dir, 'set.md')]],
]

const rows: string[][] = []
let bare = 0
for (const [name, args] of scenarios) {
  const samples: number[] = []
  for (let i = 0; i < runs + 2; i++) {
    const t = performance.now()
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } })
    const ms = performance.now() - t
    if (r.status !== 0) throw new Error(`${name} exited with ${r.status}: ${r.stderr.slice(0, 300)}`)
    if (i >= 2) samples.push(ms) // two warm-up runs fill the OS file cache
  }
  const s = summarize(samples)
  if (rows.length === 0) bare = s.median
  rows.push([name, formatMs(s.median), formatMs(s.p95), rows.length === 0 ? '–' : `+${formatMs(s.median - bare)}`])
}
console.log(`## CLI start-up (${runs} runs each, wall time of a fresh process)\n`)
console.log(markdownTable(['command', 'median', 'p95', 'median − bare node'], rows))
