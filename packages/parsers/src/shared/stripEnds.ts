/**
 * Remove characters from both ends of a word: those `isLeading` accepts at
 * the start and those `isTrailing` accepts at the end. A loop rather than a
 * `[…]+$` regex, which backtracks quadratically on long runs.
 *
 * @example
 *   stripEnds('"urls.py",', (c) => c === '"', (c) => /[",]/.test(c)) // 'urls.py'
 */
export function stripEnds(word: string, isLeading: (c: string) => boolean, isTrailing: (c: string) => boolean): string {
  let start = 0
  let end = word.length
  while (start < end && isLeading(word[start] ?? '')) start++
  while (end > start && isTrailing(word[end - 1] ?? '')) end--
  return word.slice(start, end)
}
