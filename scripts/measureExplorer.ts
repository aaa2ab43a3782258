// First render of the explorer's list, measured in Debian's Chromium: the
// built site served by a plain static server, each load in a fresh browser
// context (cold cache), read from the page's own `quizbank:first-render`
// performance mark (time since navigation start). Also run with Chromium's
// CPU throttling at 4×, a rough stand-in for a mid-range phone.
//
//   npx tsx scripts/measureExplorer.ts [--runs 15]
import { availableParallelism, loadavg } from 'node:os'
import { buildSite } from '../apps/explorer/e2e/buildSite.ts'
import { launchChromium } from '../apps/explorer/e2e/launchChromium.ts'
import { serveStatic } from '../apps/explorer/e2e/serveStatic.ts'

const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt === -1 ? 15 : Number(process.argv[runsAt + 1])
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 500) throw new Error(`--runs: expected a whole number from 1 to 500, received "${process.argv[runsAt + 1]}"`)

const load = loadavg().map((l) => l.toFixed(2)).join(', ')
const dir = await buildSite()
const site = await serveStatic(dir, '/explorer/')
const browser = await launchChromium()

async function firstRender(cpuSlowdown: number): Promise<{ mark: number; items: number }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  }
  await page.goto(`${site.url}#/`)
  await page.waitForFunction(() => performance.getEntriesByName('quizbank:first-render').length > 0)
  const result = await page.evaluate(() => ({ mark: performance.getEntriesByName('quizbank:first-render')[0]?.startTime ?? NaN, items: document.querySelectorAll('.results li').length }))
  await context.close()
  return result
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
console.log(`explorer first render of the list (${RUNS} cold loads each; ${availableParallelism()} CPUs, load ${load} before)`)
console.log('| CPU | median ms | p90 ms | min ms | max ms | questions listed |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const slowdown of [1, 4]) {
  await firstRender(slowdown) // warm the server and the browser process, not measured
  const results = []
  for (let i = 0; i < RUNS; i++) results.push(await firstRender(slowdown))
  const ms = results.map((r) => r.mark).sort((a, b) => a - b)
  console.log(`| ${slowdown === 1 ? 'unthrottled' : `${slowdown}× slowdown`} | ${quantile(ms, 0.5).toFixed(0)} | ${quantile(ms, 0.9).toFixed(0)} | ${ms[0]?.toFixed(0)} | ${ms.at(-1)?.toFixed(0)} | ${results[0]?.items} |`)
}
console.log(`load after: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`)
await browser.close()
await site.close()
