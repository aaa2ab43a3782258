import { parseAnswerLabel } from '../../shared/labels.js'
import { parseListItem } from './numbering.js'
import { stripInlineMarks } from './stripInlineMarks.js'
import { wordCount } from '../../shared/textLines.js'

/** Options of {@link isHeadingLike}. */
export interface HeadingLikeOptions {
  /** Most words a heading may have. Default: 10. */
  maxWords?: number
  /** Most characters a heading may have. Default: 80. */
  maxLength?: number
  /** Whether a trailing colon still counts as a heading ("Scalability:"). Default: false. */
  allowColon?: boolean
}

/**
 * Whether a line looks like a heading in plain text: short, starts with a
 * capital or a digit, and does not end like a sentence or a clause. Scraped
 * pages keep headings as bare lines, so shape is all there is to go on.
 *
 * @example
 *   isHeadingLike('Top interview questions') // true
 *   isHeadingLike('Yes, it is.') // false
 *   isHeadingLike('- a list item') // false
 */
export function isHeadingLike(line: string, options: HeadingLikeOptions = {}): boolean {
  const { maxWords = 10, maxLength = 80, allowColon = false } = options
  const text = stripInlineMarks(line)
  if (text.length === 0 || text.length > maxLength || wordCount(text) > maxWords) return false
  if (!/^[\p{Lu}\p{N}]/u.test(text) || !/\p{L}/u.test(text)) return false
  if (allowColon ? /[.!?,;]$/.test(text) : /[.!?,;:]$/.test(text)) return false
  return parseListItem(line) === undefined && parseAnswerLabel(line) === undefined
}
