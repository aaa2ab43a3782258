import { isChromeLine, isClosingRemark } from '../../shared/furniture.js'
import { isLinkHeading, isLinkTitle } from './cues.js'
import type { FormatOutput, SkipReason } from '../../types.js'
import { documentMeta, type TitleInfo } from './findTitle.js'
import { isHeadingLike } from './isHeadingLike.js'
import type { SkipCollector } from '../../shared/skipCollector.js'
import { isBlank, nextNonBlank, prevNonBlank } from '../../shared/textLines.js'

/** A heading found just above questions: its text becomes their section. */
export interface FoundHeading {
  index: number
  text: string
}

/**
 * Skip the lines before the first question (`from..to`, 0-based, `to`
 * exclusive): furniture above the title is `chrome`, the title is `title`,
 * prose after it `prose` (default `preamble`), and a heading-like line right above the first
 * question is a `heading` that is returned as the questions' section.
 * Between two questions there is no title and the prose is `unrelated-prose`.
 *
 * @example
 *   classifyLeading(lines, 0, firstQuestion, findTitle(lines, firstQuestion), skips) // { index: 11, text: 'Top questions' }
 *   classifyLeading(['An answer.', 'Odd remark.', 'Advanced', '3. What?'], 1, 3, undefined, skips, 'unrelated-prose')
 *   // { index: 2, text: 'Advanced' }; line 2 is unrelated-prose
 */
export function classifyLeading(lines: readonly string[], from: number, to: number, title: TitleInfo | undefined, skips: SkipCollector, prose: SkipReason = 'preamble'): FoundHeading | undefined {
  const last = prevNonBlank(lines, to - 1)
  const heading = last >= from && last !== title?.index && isHeadingLike(lines[last] ?? '') ? { index: last, text: (lines[last] ?? '').trim() } : undefined
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    if (i === heading?.index) skips.add(i, 'heading')
    else if (title !== undefined && i === title.index) skips.add(i, 'title')
    else if ((title !== undefined && i < title.index) || isChromeLine(line)) skips.add(i, 'chrome')
    else skips.add(i, prose)
  }
  return heading
}

/**
 * Skip the lines after the last question (`from..to`, 0-based, `to`
 * exclusive): a links heading and the short title lines under it are
 * `related-links`, furniture `chrome`, everything else `unrelated-prose`.
 *
 * @example
 *   classifyTrailing(['External Link', 'Official docs', 'Good luck!'], 0, 3, skips)
 *   // related-links 1-2, unrelated-prose 3 (closing remark)
 */
export function classifyTrailing(lines: readonly string[], from: number, to: number, skips: SkipCollector): void {
  let inLinks = false
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    // "Symbolic Links" over a sentence is a topic, not a list of links.
    if (isLinkHeading(line) && isLinkTitle(lines[nextNonBlank(lines, i + 1)] ?? '')) {
      inLinks = true
      skips.add(i, 'related-links')
    } else if (inLinks && isLinkTitle(line)) skips.add(i, 'related-links')
    else {
      inLinks = false
      if (isChromeLine(line)) skips.add(i, 'chrome')
      else skips.add(i, 'unrelated-prose', isClosingRemark(line) ? 'closing remark' : undefined)
    }
  }
}

/**
 * The output of a document in which no question was found: every line
 * skipped, the title as `title`, furniture as `chrome`, the rest as
 * `unrelated-prose`, and the document's metadata.
 *
 * @example
 *   nothingFound(['Notes', 'Fixed a bug.'], { index: 0, text: 'Notes' }, skips).skipped
 *   // title 1, unrelated-prose 2
 */
export function nothingFound(lines: readonly string[], title: TitleInfo | undefined, skips: SkipCollector): FormatOutput {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    if (i === title?.index) skips.add(i, 'title')
    else skips.add(i, isChromeLine(line) ? 'chrome' : 'unrelated-prose')
  }
  return { questions: [], skipped: skips.ranges, meta: documentMeta(lines, title, lines.length) }
}
