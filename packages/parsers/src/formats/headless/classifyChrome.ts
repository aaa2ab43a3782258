import { chromeKind, isRelatedHeading } from '../../shared/furniture.js'
import { SkipCollector } from '../../shared/skipCollector.js'
import { prevNonBlank } from '../../shared/textLines.js'
import type { SkippedRange } from '../../types.js'
import { isListItem } from './lineShapes.js'
import { HEADLESS } from './settings.js'

/**
 * Account for the lines before the first answer block (0-based `end`,
 * exclusive): site furniture is `chrome`, the title is `title` (the known
 * one, `titleLine` (1-based) when a title declares a count, or else the
 * first short line that does not end like a sentence), lines
 * above the title are `chrome` (navigation), prose below it is `preamble`.
 * Neighbouring furniture of different kinds is one range naming each kind.
 *
 * @example
 *   classifyLeading(['3 Views', 'Top 5 SQL Questions', 'Intro text.'], 3)
 *   // { skipped: [{ first: 1, last: 1, reason: 'chrome', detail: 'counter' }, { first: 2, last: 2, reason: 'title' }, { first: 3, last: 3, reason: 'preamble' }], title: 'Top 5 SQL Questions' }
 */
export function classifyLeading(lines: readonly string[], end: number, titleLine?: number): { skipped: SkippedRange[]; title?: string } {
  if (titleLine === undefined) {
    const found = lines.slice(0, end).findIndex((line) => looksLikeTitle(line.trim()))
    if (found >= 0) titleLine = found + 1
  }
  const skips = new SkipCollector(lines, true)
  for (let i = 0; i < end; i++) {
    const t = (lines[i] ?? '').trim()
    if (t === '') continue
    const kind = chromeKind(t)
    if (i + 1 === titleLine) skips.add(i, 'title')
    else if (kind !== null) skips.add(i, 'chrome', kind)
    else if (titleLine !== undefined && i + 1 < titleLine) skips.add(i, 'chrome', 'navigation')
    else skips.add(i, 'preamble')
  }
  const title = titleLine === undefined ? undefined : (lines[titleLine - 1] ?? '').trim()
  return title === undefined ? { skipped: skips.ranges } : { skipped: skips.ranges, title }
}

function looksLikeTitle(t: string): boolean {
  const words = t.split(/\s+/).length
  return words >= 2 && words <= 20 && !/[.!,;:]$/.test(t) && chromeKind(t) === null
}

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
  // Upwards from the end: each step moves `start` up past what it skipped.
  for (;;) {
    const i = prevNonBlank(lines, start - 1)
    if (i < 0) break
    const kind = chromeKind(lines[i] ?? '')
    if (kind !== null && kind !== 'tag-cloud') {
      skipped.push({ first: i + 1, last: i + 1, reason: 'chrome', detail: kind })
      start = i
      continue
    }
    const heading = relatedHeadingAbove(lines, i, maxLinks)
    if (heading < 0) break
    skipped.push({ first: heading + 1, last: i + 1, reason: 'related-links', detail: (lines[heading] ?? '').trim() })
    start = heading
  }
  // Pushed bottom-up (unshift would copy the array per line); the caller reads them top-down.
  return { start, skipped: skipped.reverse() }
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
