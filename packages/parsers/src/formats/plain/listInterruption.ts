import { isBlank } from '../../shared/isBlank.js'
import { isHeadingLike } from './isHeadingLike.js'
import { isAdMarker } from '../../shared/furniture.js'
import { prevNonBlank } from '../../shared/textLines.js'

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
