// One pathological case in its own process: prints an IsolatedRun as JSON.
// Started by runIsolated; not meant to be run by hand.
// A name `file#export` runs that module's export instead of a named case: a
// test's own probe, e.g. one that would hang if its fix were reverted.
import { pathToFileURL } from 'node:url'
import { CASES, type PathologicalCase } from './cases.js'

const [name = '', sizeText = ''] = process.argv.slice(2)
const [file, exported] = name.split('#')
const found =
  exported === undefined
    ? CASES.find((c) => c.name === name)
    : ({ prepare: (size: number) => size, run: (await import(pathToFileURL(file as string).href))[exported] } as unknown as PathologicalCase)
if (found === undefined) throw new Error(`no pathological case named ${JSON.stringify(name)}`)
const input = found.prepare(Number(sizeText))
// The fastest of a few runs (at least 5, or until 500 ms are spent): a single
// run of a few milliseconds is mostly timer and JIT noise. QUIZBANK_REPS=1
// times one run (for inputs that take seconds, e.g. before a fix).
const minReps = Math.min(Number(process.env.QUIZBANK_REPS ?? 5), found.reps ?? Infinity)
let status: 'ok' | 'error' = 'ok'
let outcome = ''
let ms = Infinity
let result: unknown
for (let rep = 0, spent = 0; rep < minReps || (minReps > 1 && spent < 500 && rep < 20); rep++) {
  const started = performance.now()
  try {
    result = found.run(input)
  } catch (error) {
    status = 'error'
    const e = error as { code?: string; name?: string; message?: string }
    outcome = `${e.code ?? e.name ?? 'Error'}: ${String(e.message)}`.slice(0, 300)
  }
  const took = performance.now() - started
  ms = Math.min(ms, took)
  spent += took
}
// Described once, from the last run (every run gives the same result).
if (status === 'ok') outcome = found.describe === undefined ? String(result) : found.describe(result)
console.log(JSON.stringify({ status, outcome, ms, peakMiB: process.resourceUsage().maxRSS / 1024 }))
