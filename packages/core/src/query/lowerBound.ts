/**
 * First index in `sorted[from..to)` whose value is ≥ `value` (`to` when
 * none is): the one binary search over ascending postings and pools.
 *
 * @example
 *   lowerBound(new Uint32Array([2, 4, 4, 9]), 4) // 1
 */
export function lowerBound(sorted: Uint32Array, value: number, from = 0, to = sorted.length): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as number) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
