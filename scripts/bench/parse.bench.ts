// Markdown parsing benchmark, in one run:
//  (a) throughput on large sectioned question documents (~2 MiB and ~5 MiB,
//      under parseText's default 5 MiB cap): parseText forced to `markdown`,
//      parseText with detection, and bare `unified().use(remarkParse).parse`
//      on the same text;
//  (b) linearity: parseText(markdown) on doubling sizes 64 KiB → 4 MiB, with
//      the time ratio between consecutive sizes (≈ 2 when linear), and bare
//      remark up to 1 MiB for contrast.
//
// Run: npx tsx --conditions=@quizbank/source scripts/bench/parse.bench.ts [--runs=3]
// Timings are medians of `runs` runs after a warm-up; no assertion is made
// on them anywhere (machines differ); the output is a markdown table.
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { DEFAULT_MAX_BYTES, parseText } from '@quizbank/parsers'

const runsArg = process.argv.find((a) => a.startsWith('--runs='))
const RUNS = Math.max(1, Number(runsArg?.slice('--runs='.length) ?? 3))
const KiB = 1024
const MiB = 1024 * KiB

const seed = readFileSync(new URL('../../packages/corpus/sources/consolidated-sectioned/source.txt', import.meta.url), 'utf8')
const bytes = (s: string) => new TextEncoder().encode(s).length

/**
 * A long question document made of the seed's sections, repeated with
 * variations so no two copies are identical: section headings carry the
 * copy number, and every question gains a varying tail.
 */
function questionStream(targetBytes: number): string {
  const body = seed.slice(seed.indexOf('\n## '))
  const tails = ['', ' in a large project', ' for a beginner', ' under load', ' with an example', ' in production']
  const parts: string[] = ['# Benchmark question bank\n']
  let size = 0
  for (let copy = 1; size < targetBytes; copy++) {
    const part = body
      .replace(/^(#{2,3} .*)$/gm, `$1 (set ${copy})`)
      .replace(/^\d{1,3}\. .*$/gm, (line) => {
        const tail = tails[(copy + line.length) % tails.length]!
        const end = line.charAt(line.length - 1)
        return end === '?' || end === '.' ? `${line.slice(0, -1)}${tail}${end}` : `${line}${tail}`
      })
    parts.push(part)
    size += bytes(part)
  }
  return parts.join('\n')
}

/** The longest prefix of `text` that ends at a blank line and fits in `maxBytes`. */
function prefix(text: string, maxBytes: number): string {
  let cut = Math.min(text.length, maxBytes)
  while (cut > 0 && bytes(text.slice(0, cut)) > maxBytes) cut = Math.floor(cut * 0.99)
  const blank = text.lastIndexOf('\n\n', cut)
  return text.slice(0, blank > 0 ? blank + 1 : cut)
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/** Median wall time in ms of `runs` calls, after one warm-up call. */
function time(fn: () => unknown, runs = RUNS): number {
  fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  return median(times)
}

const remark = unified().use(remarkParse).freeze()
const bare = (text: string) => remark.parse(text)
const forced = (text: string) => parseText(text, { format: 'markdown' })
const auto = (text: string) => parseText(text)
const mbps = (size: number, ms: number) => (size / 1e6 / (ms / 1000)).toFixed(2)
const fmtSize = (size: number) => (size >= MiB ? `${(size / MiB).toFixed(2)} MiB` : `${(size / KiB).toFixed(0)} KiB`)

// Warm up every path on the seed so the first measured size is not paying for JIT.
for (let i = 0; i < 3; i++) {
  bare(seed)
  forced(seed)
  auto(seed)
}

const stream = questionStream(DEFAULT_MAX_BYTES)
console.log(`# Markdown parse benchmark\n\nNode ${process.version}, ${availableParallelism()} CPUs, median of ${RUNS} runs after a warm-up.\n`)

console.log('## (a) Throughput on large question documents\n')
console.log('| document | questions | parseText (markdown) | parseText (auto) | bare remark-parse | bare ÷ parseText (markdown) |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const target of [2 * MiB, DEFAULT_MAX_BYTES - 64 * KiB]) {
  const text = prefix(stream, target)
  const size = bytes(text)
  const result = forced(text)
  const tForced = time(() => forced(text))
  const tAuto = time(() => auto(text))
  const autoFormat = auto(text).format
  const tBare = time(() => bare(text))
  console.log(
    `| ${fmtSize(size)} | ${result.questions.length} | ${tForced.toFixed(0)} ms (${mbps(size, tForced)} MB/s) | ${tAuto.toFixed(0)} ms (${mbps(size, tAuto)} MB/s, detected ${autoFormat}) | ${tBare.toFixed(0)} ms (${mbps(size, tBare)} MB/s) | ${(tBare / tForced).toFixed(1)}× |`,
  )
}

console.log('\n## (b) Linearity: doubling sizes\n')
console.log('| size | parseText (markdown) | MB/s | ratio to previous size | bare remark-parse | ratio to previous size |')
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |')
let previous: { forced: number; bare: number | undefined } | undefined
for (let size = 64 * KiB; size <= 4 * MiB; size *= 2) {
  const text = prefix(stream, size)
  const actual = bytes(text)
  const tForced = time(() => forced(text))
  // Bare remark is superlinear; beyond 1 MiB it takes minutes, and (a) has it.
  const tBare = size <= MiB ? time(() => bare(text)) : undefined
  const ratio = (now: number | undefined, before: number | undefined) => (now === undefined || before === undefined ? '—' : `${(now / before).toFixed(2)}×`)
  console.log(
    `| ${fmtSize(actual)} | ${tForced.toFixed(1)} ms | ${mbps(actual, tForced)} | ${ratio(tForced, previous?.forced)} | ${tBare === undefined ? '—' : `${tBare.toFixed(1)} ms`} | ${ratio(tBare, previous?.bare)} |`,
  )
  previous = { forced: tForced, bare: tBare }
}
