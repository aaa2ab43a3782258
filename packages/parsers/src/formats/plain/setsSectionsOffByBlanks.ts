import { isBlank, prevNonBlank } from '../../shared/textLines.js'

/** Shares that tell sections set off by blank lines (see {@link setsSectionsOffByBlanks}). */
const SECTIONS_OFF_BY_BLANKS = {
  /** Smallest share of section headings with a blank line (or the top of the page) above them. */
  minHeadingShare: 0.8,
  /** Largest share of body lines with a blank line above them. */
  maxBodyShare: 0.2,
} as const

/**
 * Whether an article sets its sections off with blank lines while keeping
 * each section's body together: (nearly) every section heading has a blank
 * line above it and few body lines do. In such an article an unnumbered
 * heading-like line after a blank line starts a section of its own ("Common
 * Mistakes to Avoid"), while one inside a body ("Example") is a
 * sub-heading. `headings` are the 0-based indices of the question
 * headings, in order; the bodies measured are those between two of them
 * (the last one runs into the page's closing sections).
 *
 * @example
 *   setsSectionsOffByBlanks(['Question 1: A', 'Body.', 'More.', '', 'Question 2: B', 'Body.'], [0, 4]) // true
 */
export function setsSectionsOffByBlanks(lines: readonly string[], headings: readonly number[]): boolean {
  const { minHeadingShare, maxBodyShare } = SECTIONS_OFF_BY_BLANKS
  if (headings.length < 2) return false
  const setOff = headings.filter((h) => h === 0 || isBlank(lines[h - 1] ?? '') || prevNonBlank(lines, h - 1) === -1).length
  let body = 0
  let spaced = 0
  for (let k = 0; k + 1 < headings.length; k++) {
    const from = (headings[k] ?? 0) + 1
    const to = headings[k + 1] ?? from
    for (let i = from; i < to; i++) {
      if (isBlank(lines[i] ?? '')) continue
      body++
      if (i > from && isBlank(lines[i - 1] ?? '')) spaced++
    }
  }
  return body > 0 && setOff / headings.length >= minHeadingShare && spaced / body <= maxBodyShare
}
