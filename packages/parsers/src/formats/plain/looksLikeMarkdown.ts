import { isBlank } from '../../shared/textLines.js'

/**
 * Whether a document is written in markdown rather than plain text: it has
 * ATX headings, code fences or several bold spans. The plain-text formats
 * step back for such documents, which the markdown format reads better.
 *
 * @example
 *   looksLikeMarkdown(['# Title', '', '## 1. Basics', '1. What is X?']) // true
 *   looksLikeMarkdown(['Title', '1. What is X?']) // false
 */
export function looksLikeMarkdown(lines: readonly string[]): boolean {
  let headings = 0
  let fences = 0
  let bold = 0
  for (const line of lines) {
    if (isBlank(line)) continue
    if (/^#{1,6}\s+\S/.test(line)) headings++
    else if (/^\s*(?:```|~~~)/.test(line)) fences++
    if (/\*\*\S[^*]*\*\*/.test(line)) bold++
  }
  return headings >= 2 || fences >= 2 || bold >= 4
}
