/**
 * Whether a line holds nothing but white space.
 *
 * @example
 *   isBlank(' \t') // true
 */
export function isBlank(line: string): boolean {
  return line.trim().length === 0
}

/**
 * Index of the first non-blank line at or after `from` (0-based), or -1.
 *
 * @example
 *   nextNonBlank(['a', '', 'b'], 1) // 2
 */
export function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = Math.max(0, from); i < lines.length; i++) if (!isBlank(lines[i] ?? '')) return i
  return -1
}

/**
 * Index of the last non-blank line at or before `from` (0-based), or -1.
 *
 * @example
 *   prevNonBlank(['a', '', 'b'], 1) // 0
 */
export function prevNonBlank(lines: readonly string[], from: number): number {
  for (let i = Math.min(lines.length - 1, from); i >= 0; i--) if (!isBlank(lines[i] ?? '')) return i
  return -1
}

/**
 * Number of words in a text (runs of non-space characters).
 *
 * @example
 *   wordCount(' Top  Flask questions ') // 3
 */
export function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (const ch of text) {
    const space = ch === ' ' || ch === '\t'
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/**
 * Leading white space of a line, in characters.
 *
 * @example
 *   indentOf('  - item') // 2
 */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length
}
