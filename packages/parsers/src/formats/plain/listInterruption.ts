import { isBlank } from '../../shared/isBlank.js'
import { isHeadingLike } from './isHeadingLike.js'
import { prevNonBlank } from '../../shared/textLines.js'

// A line that marks an advertisement or a cross-link dropped into a page
// ("ADVERTISEMENT", "Sponsored", "Also read: …", "See also: …").
const AD_MARKER =
  /^(?:advertisements?|ads?|sponsored(?: content| links?| post)?|promoted|promotion|(?:also read|read also|see also|recommended(?: reading| for you)?|related(?: posts?| articles?| reading)?|you (?:may|might) also like|must read|don'?t miss)\b.*)$/i

/** Options of {@link isAdMarker}. */
export interface AdMarkerOptions {
  /** Longest line that can be a marker. Default: 120. */
  maxLength?: number
}

/**
 * Whether a line marks an advertisement or a cross-link placed between
 * list items ("ADVERTISEMENT", "Sponsored", "Also read: 50 Pandas
 * Questions").
 *
 * @example
 *   isAdMarker('ADVERTISEMENT') // true
 *   isAdMarker('Also read: Top 50 Pandas Interview Questions') // true
 *   isAdMarker('Advanced Topics') // false
 */
export function isAdMarker(line: string, options: AdMarkerOptions = {}): boolean {
  const text = line.trim()
  return text.length <= (options.maxLength ?? 120) && AD_MARKER.test(text)
}

/**
 * Whether the lines between two runs of a list (`from..to`, 0-based, `to`
 * exclusive) only interrupt it: they hold an ad or cross-link marker and
 * no heading of their own right above the next run, so the list — and its
 * section — carries on after them.
 *
 * @example
 *   isInterruption(['8) Why?', 'ADVERTISEMENT', '9) How?'], 1, 2) // true
 *   isInterruption(['8) Why?', 'DOM and Browser', '9) How?'], 1, 2) // false
 */
export function isInterruption(lines: readonly string[], from: number, to: number): boolean {
  let marker = false
  for (let i = from; i < to; i++) if (!isBlank(lines[i] ?? '') && isAdMarker(lines[i] ?? '')) marker = true
  if (!marker) return false
  const last = prevNonBlank(lines, to - 1)
  return last < from || isAdMarker(lines[last] ?? '') || !isHeadingLike(lines[last] ?? '')
}
