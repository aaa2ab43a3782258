import { chromeKind, isRelatedHeading } from '../../shared/furniture.js'
import type { SkippedRange } from '../../types.js'
import { isListItem } from './lineShapes.js'
import { HEADLESS } from './settings.js'

/**
 * Find the site furniture at the end of a document: copyright and footer
 * lines, and a related-articles heading with its list of titles. Returns
 * the 0-based index where the furniture starts (`lines.length` when there
 * is none) and the skipped ranges (1-based).
 *
 * @example
 *   findTrailingChrome(['Answer text.', 'Related Posts', '- Other article', '© 2026 Site'])
 *   // { start: 1, skipped: [{ first: 2, last: 3, reason: 'related-links' }, { first: 4, last: 4, reason: 'chrome' }] }
 */
export function findTrailingChrome(lines: readonly string[]): { start: number; skipped: SkippedRange[] } {
  const { maxLinks } = HEADLESS
  const skipped: SkippedRange[] = []
  let start = lines.length
  for (;;) {
    let i = start - 1
    while (i >= 0 && (lines[i] ?? '').trim() === '') i--
    if (i < 0) break
    const line = lines[i] ?? ''
    const kind = chromeKind(line)
    if (kind !== null && kind !== 'tag-cloud') {
      skipped.unshift({ first: i + 1, last: i + 1, reason: 'chrome', detail: kind })
      start = i
      continue
    }
    const heading = relatedHeadingAbove(lines, i, maxLinks)
    if (heading >= 0) {
      skipped.unshift({ first: heading + 1, last: i + 1, reason: 'related-links', detail: (lines[heading] ?? '').trim() })
      start = heading
      continue
    }
    break
  }
  return { start, skipped }
}

// From a last line upwards: links (list items or title-like lines) under a related heading.
function relatedHeadingAbove(lines: readonly string[], last: number, maxLinks: number): number {
  for (let i = last; i >= 0 && i >= last - maxLinks; i--) {
    const t = (lines[i] ?? '').trim()
    if (t === '') continue
    if (isRelatedHeading(t)) return i < last ? i : -1
    const linkLike = isListItem(t) || (t.length <= 140 && !/[.!:]$/.test(t))
    if (!linkLike) return -1
  }
  return -1
}
