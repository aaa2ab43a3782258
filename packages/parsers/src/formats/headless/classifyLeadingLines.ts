import { prevNonBlank } from '../../shared/textLines.js'
import type { SkippedRange, SkipReason } from '../../types.js'
import { chromeKind } from '../../shared/furniture.js'

/**
 * Account for the lines before the first answer block (0-based `end`,
 * exclusive): site furniture is `chrome`, the title is `title` (the known
 * one, `titleLine` (1-based) when a title declares a count, or else the
 * first short line that does not end like a sentence), lines
 * above the title are `chrome` (navigation), prose below it is `preamble`.
 *
 * @example
 *   classifyLeadingLines(['3 Views', 'Top 5 SQL Questions', 'Intro text.'], 3)
 *   // [{ first: 1, last: 1, reason: 'chrome', detail: 'counter' }, { first: 2, last: 2, reason: 'title' }, { first: 3, last: 3, reason: 'preamble' }]
 */
export function classifyLeadingLines(lines: readonly string[], end: number, titleLine?: number): { skipped: SkippedRange[]; title?: string } {
  if (titleLine === undefined) {
    for (let i = 0; i < end; i++) {
      const t = (lines[i] ?? '').trim()
      if (t !== '' && chromeKind(t) === null && looksLikeTitle(t)) {
        titleLine = i + 1
        break
      }
    }
  }
  const skipped: { first: number; last: number; reason: SkipReason; detail?: string }[] = []
  for (let i = 0; i < end; i++) {
    const t = (lines[i] ?? '').trim()
    if (t === '') continue
    const kind = chromeKind(t)
    let reason: SkipReason
    let detail: string | undefined
    if (i + 1 === titleLine) reason = 'title'
    else if (kind !== null) {
      reason = 'chrome'
      detail = kind
    } else if (titleLine !== undefined && i + 1 < titleLine) {
      reason = 'chrome'
      detail = 'navigation'
    } else reason = 'preamble'
    const prev = skipped[skipped.length - 1]
    if (prev !== undefined && prev.reason === reason && reason !== 'title' && prev.last >= prevNonBlank(lines, i - 1) + 1) {
      prev.last = i + 1
      if (detail !== undefined && prev.detail !== undefined && !prev.detail.split(', ').includes(detail)) prev.detail += `, ${detail}`
    } else skipped.push(detail === undefined ? { first: i + 1, last: i + 1, reason } : { first: i + 1, last: i + 1, reason, detail })
  }
  const title = titleLine === undefined ? undefined : (lines[titleLine - 1] ?? '').trim()
  return title === undefined ? { skipped } : { skipped, title }
}

function looksLikeTitle(t: string): boolean {
  const words = t.split(/\s+/).length
  return words >= 2 && words <= 20 && !/[.!,;:]$/.test(t)
}
