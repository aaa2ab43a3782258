// Parsing benchmark, in one run:
//  (a) parseText against bare `unified().use(remarkParse).parse` on the same
//      bytes: large sectioned markdown documents of ~2 MiB and just under
//      parseText's 5 MiB cap (parseText forced to `markdown`, and with
//      detection);
//  (b) linearity: parseText on doubling sizes 64 KiB → 4 MiB, then the cap,
//      for every document style the corpus seeds have (sectioned markdown,
//      plain-text question-answer, headless answers), with the time ratio
//      between consecutive sizes (≈ 2 per doubling when linear); bare remark
//      up to 1 MiB beside the markdown series for contrast.
//
// Run: npx tsx --conditions=@quizbank/source scripts/bench/parse.bench.ts [--runs=3] [--max-ms=20000]
// Below 2 MiB a timing is the median of at least `runs` runs (more, up to 50,
// until they total 300 ms; after a warm-up below 512 KiB, where one-off costs
// would show); from 2 MiB on it is one run, so the default run takes about
// two minutes. No assertion is made on the times
// (machines differ); the output is markdown tables.
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { DEFAULT_MAX_BYTES, parseText, type FormatName } from '@quizbank/parsers'
import { DOC_STYLES, markdownDocument, prefix, seedText, utf8Bytes, type DocStyle } from './lib/parseDocs.js'
import { markdownTable } from './lib/table.js'

const { values } = parseArgs({ strict: false, options: { runs: { type: 'string', default: '3' }, 'max-ms': { type: 'string', default: '20000' } } })
const RUNS = Math.max(1, Number(values.runs))
/** A series stops before a size projected (from the last one) to take longer than this for one parse. */
const MAX_MS = Number(values['max-ms'])
const KiB = 1024
const MiB = 1024 * KiB
/** The largest measured size: just under the cap, so the size guard never rejects it. */
const CAP_SIZE = DEFAULT_MAX_BYTES - 64 * KiB
/** Above this ratio per doubling, a series is reported as superlinear. */
const SUPERLINEAR = 2.3

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}

/** Fast parses repeat until they have taken this long, so a GC pause in one run does not decide a ratio. */
const MIN_TOTAL_MS = 300

/** Median wall time in ms: see the header for how many runs each size gets. */
function time(fn: () => unknown, size: number): number {
  if (size < 512 * KiB) fn()
  const runs = size >= 2 * MiB ? 1 : RUNS
  const times: number[] = []
  let total = 0
  while (times.length < runs || (size < 2 * MiB && total < MIN_TOTAL_MS && times.length < 50)) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
    total += times.at(-1) as number
  }
  return median(times)
}

const remark = unified().use(remarkParse).freeze()
const bare = (text: string) => remark.parse(text)
const forced = (format: FormatName) => (text: string) => parseText(text, { format })
const auto = (text: string) => parseText(text)
const mbps = (size: number, ms: number) => (size / 1e6 / (ms / 1000)).toFixed(2)
const fmtSize = (size: number) => (size >= MiB ? `${(size / MiB).toFixed(2)} MiB` : `${(size / KiB).toFixed(0)} KiB`)
const fmtMs = (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`)
const ratio = (now: number | undefined, before: number | undefined) => (now === undefined || before === undefined ? '—' : `${(now / before).toFixed(2)}×`)

// Warm every path up on the seeds, so the first measured size does not pay for the JIT.
for (let i = 0; i < 3; i++) {
  for (const style of DOC_STYLES) forced(style.format)(style.build(1))
  bare(seedText('consolidated-sectioned'))
  auto(seedText('consolidated-sectioned'))
}

const started = performance.now()
console.log(`\n## Parsing\n\nNode ${process.version}, ${availableParallelism()} CPUs. Times: median of ${RUNS} runs or more (until they total ${MIN_TOTAL_MS} ms) below 2 MiB, after a warm-up below 512 KiB; one run from 2 MiB on.\n`)

console.log('### (a) parseText vs bare remark-parse on large sectioned markdown\n')
console.log('The same bytes through `parseText(text, { format: "markdown" })` (every stage but format detection: decode, normalise, size guard, remark on safe-boundary chunks, question extraction, line accounting), through `parseText(text)` (format detection too), and through `unified().use(remarkParse).parse(text)` alone (an mdast tree, no questions).\n')
const markdown = markdownDocument(DEFAULT_MAX_BYTES)
const rowsA: string[][] = []
for (const target of [2 * MiB, CAP_SIZE]) {
  const text = prefix(markdown, target)
  const size = utf8Bytes(text)
  let questions = 0
  const tForced = time(() => (questions = forced('markdown')(text).questions.length), size)
  let detected = ''
  const tAuto = time(() => (detected = auto(text).format), size)
  const tBare = time(() => bare(text), size)
  rowsA.push([
    fmtSize(size),
    String(questions),
    `${fmtMs(tForced)} (${mbps(size, tForced)} MB/s)`,
    `${fmtMs(tAuto)} (${mbps(size, tAuto)} MB/s, detected ${detected})`,
    `${fmtMs(tBare)} (${mbps(size, tBare)} MB/s)`,
    `${(tBare / tForced).toFixed(1)}×`,
  ])
}
console.log(markdownTable(['document', 'questions', 'parseText (markdown)', 'parseText (auto)', 'bare remark-parse', 'bare ÷ parseText (markdown)'], rowsA))

console.log('\n### (b) Linearity: doubling sizes, per document style\n')
console.log(`Each style's document is its seed's question body repeated with variations (scripts/bench/lib/parseDocs.ts), cut at a blank line or line end. "time ratio" is the time over the previous row's; linear growth gives about the size ratio (2.00 per doubling; less at small sizes, where fixed costs weigh). A series stops early when its next size is projected to take over ${(MAX_MS / 1000).toFixed(0)} s.\n`)
const verdicts: string[] = []
for (const style of DOC_STYLES) verdicts.push(linearity(style))
console.log(`\nVerdict (superlinear when the time grows more than ${SUPERLINEAR}× per doubling on average from 256 KiB on):\n`)
for (const v of verdicts) console.log(`- ${v}`)
process.stderr.write(`  (parse bench measured in ${((performance.now() - started) / 1000).toFixed(0)} s)\n`)

/** Print one style's doubling table; return its one-line verdict. */
function linearity(style: DocStyle): string {
  const withBare = style.format === 'markdown'
  const full = style.build(DEFAULT_MAX_BYTES)
  const sizes: number[] = []
  for (let size = 64 * KiB; size <= 4 * MiB; size *= 2) sizes.push(size)
  sizes.push(CAP_SIZE)
  const rows: string[][] = []
  const doublingRatios: number[] = []
  let previous: { size: number; ms: number; bare: number | undefined } | undefined
  let stoppedAt: number | undefined
  const points: { target: number; size: number; ms: number }[] = []
  for (const target of sizes) {
    if (previous !== undefined && previous.ms * (target / previous.size) * 1.25 > MAX_MS) {
      stoppedAt = target
      break
    }
    const text = prefix(full, target)
    const size = utf8Bytes(text)
    const parse = forced(style.format)
    let questions = 0
    const ms = time(() => (questions = parse(text).questions.length), size)
    // Bare remark is superlinear; beyond 1 MiB it takes tens of seconds, and (a) has it.
    const tBare = withBare && target <= MiB ? time(() => bare(text), size) : undefined
    const sizeRatio = previous === undefined ? undefined : size / previous.size
    if (previous !== undefined && target <= 4 * MiB && target >= 256 * KiB) doublingRatios.push(ms / previous.ms)
    const row = [fmtSize(size), String(questions), fmtMs(ms), mbps(size, ms), ratio(ms, previous?.ms), sizeRatio === undefined ? '—' : `${sizeRatio.toFixed(2)}×`]
    if (withBare) row.push(tBare === undefined ? '—' : fmtMs(tBare), ratio(tBare, previous?.bare))
    rows.push(row)
    previous = { size, ms, bare: tBare }
    points.push({ target, size, ms })
  }
  const header = ['size', 'questions', `parseText (${style.format})`, 'MB/s', 'time ratio', 'size ratio']
  if (withBare) header.push('bare remark-parse', 'time ratio')
  console.log(`#### ${style.label} (\`format: '${style.format}'\`)\n`)
  console.log(markdownTable(header, rows))
  if (stoppedAt !== undefined) console.log(`\nStopped before ${fmtSize(stoppedAt)}: projected over ${(MAX_MS / 1000).toFixed(0)} s for one parse.`)
  console.log('')
  // One doubling can be off by a GC pause; the growth over the whole range decides.
  const from = points.find((p) => p.target === 256 * KiB)
  const to = points.filter((p) => p.target <= 4 * MiB).at(-1)
  const exponent = from === undefined || to === undefined || to === from ? Number.NaN : Math.log(to.ms / from.ms) / Math.log(to.size / from.size)
  const perDoubling = 2 ** exponent
  const doublings = doublingRatios.map((r) => `${r.toFixed(2)}×`).join(', ')
  const verdict = perDoubling > SUPERLINEAR ? 'SUPERLINEAR' : 'linear'
  return `${style.label}: ${verdict}: ${perDoubling.toFixed(2)}× per doubling on average from 256 KiB to ${to === undefined ? '?' : fmtSize(to.size)} (time ∝ size^${exponent.toFixed(2)}); each doubling: ${doublings}`
}
