// Every benchmark, in sequence, each in a fresh process (so one bench's heap
// does not skew the next one's memory figures), printing markdown tables.
//
//   npm run bench                       # all of them (needs the "bench" script, see README)
//   npx tsx --conditions=@quizbank/source scripts/bench/run.ts --only query,sample --sizes 10k,100k
//
// Flags (passed on to the benches):
//   --only query,sample,search,cold,bundle,parse,cli   which benches (default: all)
//   --sizes 10k,100k,1M                      corpus sizes of the query and sample benches
//   --search-sizes 100k,1M                   corpus sizes of the search bench
//   --all-libs-at-1m                         also run MiniSearch and Orama at 1M (minutes, GBs)
//   --libs-at-1m minisearch                  … or only the ones named
//   --corpus path.json                       questions for the cold-start bench (default: the real corpus, @quizbank/corpus)
//   --runs N                                 cold start: runs per scenario (default 15); parse: least runs below 2 MiB (default 3)
//   --max-ms N                               parse: stop a doubling series before a size projected over N ms (default 20000)
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { parseArgs } from 'node:util'

const BENCHES = {
  query: 'scripts/bench/query.bench.ts',
  sample: 'scripts/bench/sample.bench.ts',
  search: 'scripts/bench/search.bench.ts',
  cold: 'scripts/bench/coldStart.bench.ts',
  bundle: 'scripts/bench/bundle.bench.ts',
  // The parsers' markdown bench (another module's; takes its own --runs=N).
  parse: 'scripts/bench/parse.bench.ts',
  cli: 'scripts/bench/cliStartup.bench.ts',
} as const

const { values } = parseArgs({ strict: false, options: { only: { type: 'string' } } })
const only = typeof values.only === 'string' ? values.only.split(',') : Object.keys(BENCHES)
const unknown = only.filter((name) => !(name in BENCHES))
if (unknown.length > 0) throw new Error(`--only: unknown bench ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`)
const passOn = process.argv.slice(2).filter((arg, i, all) => arg !== '--only' && all[i - 1] !== '--only' && !arg.startsWith('--only='))

console.log(`# quizbank benchmarks\n`)
// The machine may be shared: the load around the run says how much to trust the absolute times.
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ')
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString()}. Command: \`${process.argv.slice(1).join(' ')}\`. Load average (1, 5, 15 min) at start: ${load()}.`)
const started = performance.now()
let failed = false
for (const name of only) {
  const file = BENCHES[name as keyof typeof BENCHES]
  const t = performance.now()
  // --expose-gc for the memory figures; a large heap for the 1M corpus and the libraries at 1M.
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=12288', '--conditions=@quizbank/source', '--import', 'tsx', file, ...passOn], { stdio: 'inherit' })
  if (result.status !== 0) {
    failed = true
    console.log(`\n**${name} bench failed (exit ${result.status ?? result.signal}).**`)
  }
  process.stderr.write(`  (${name}: ${((performance.now() - t) / 1000).toFixed(0)} s)\n`)
}
console.log(`\nAll benches: ${((performance.now() - started) / 1000).toFixed(0)} s. Load average (1, 5, 15 min) at the end: ${load()}.`)
process.exitCode = failed ? 1 : 0
