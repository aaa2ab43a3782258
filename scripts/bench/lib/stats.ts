// Timing and memory helpers shared by the benches.

/** Median and 95th percentile of a list of samples. */
export function summarize(samples: readonly number[]): { median: number; p95: number; min: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
  return { median: at(0.5), p95: at(0.95), min: sorted[0] as number }
}

/**
 * Time `run` `times` times (after `warmup` untimed runs), in milliseconds.
 * Calls are timed one by one, so the samples give a p95, not just a mean.
 */
export function timeEach(run: (i: number) => unknown, times: number, warmup = Math.min(20, times)): number[] {
  let sink = 0
  for (let i = 0; i < warmup; i++) sink ^= run(i) === undefined ? 0 : 1
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const t = performance.now()
    sink ^= run(i) === undefined ? 0 : 1
    samples.push(performance.now() - t)
  }
  if (sink === 42) console.log('') // keep results alive
  return samples
}

/** Time one call, in milliseconds. */
export function timeOnce<T>(run: () => T): { ms: number; value: T } {
  const t = performance.now()
  const value = run()
  return { ms: performance.now() - t, value }
}

/** A full GC, when the process runs with --expose-gc (run.ts passes it); otherwise nothing. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc !== undefined) {
    gc()
    gc()
  }
}

/** Heap + off-heap bytes in use after a full GC (needs --expose-gc; otherwise without the GC). */
export function usedBytes(): number {
  collectGarbage()
  const m = process.memoryUsage()
  return m.heapUsed + m.external
}

/** `1.23 ms`, `45.6 µs`, `2.1 s`. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  if (ms >= 1) return `${ms.toFixed(2)} ms`
  return `${(ms * 1000).toFixed(1)} µs`
}

/** `12.3 MB`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`
}

/** `12.3×`. */
export function formatRatio(ratio: number): string {
  return ratio >= 100 ? `${ratio.toFixed(0)}×` : `${ratio.toFixed(1)}×`
}
