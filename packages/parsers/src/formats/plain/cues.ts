import { isAsideSection } from '../../shared/asideSection.js'
import { isHeadingLike } from './isHeadingLike.js'
import { wordCount } from '../../shared/textLines.js'

// Headings that introduce a list of links to other pages.
const LINK_HEADING = /\b(?:links?|resources|references|further reading|read more|related(?: posts| articles| reading)?|see also|sources|bibliography|recommended|you (?:may|might) also like)\b/i

/**
 * Whether a line is a heading that introduces links to other pages.
 *
 * @example
 *   isLinkHeading('External Link') // true
 *   isLinkHeading('Flask models') // false
 */
export function isLinkHeading(line: string): boolean {
  return isHeadingLike(line, { allowColon: true }) && LINK_HEADING.test(line)
}

// Headings of the sections a page closes with. "FAQ" sections come last on
// articles too, but on a question-answer page they hold questions, so they
// are told apart (see isFaqHeading).
const CONCLUSION_HEADING = /^(?:conclusion|conclusions|in conclusion|final thoughts|summary|wrapping up|wrap-up|key takeaways|takeaways|further reading|next steps|about the authors?)\b/i
const FAQ_HEADING = /^(?:faqs?|frequently asked questions)\b/i

/** Options of {@link isClosingHeading}. */
export interface ClosingHeadingOptions {
  /**
   * The next non-blank line, when known. A links heading ("Useful Links")
   * only counts when a link title or address follows it, because topic
   * headings contain the same words ("Symbolic Links", "Hard Links").
   * Default: undefined (the heading is judged on its own).
   */
  next?: string | undefined
  /** Whether a FAQ heading counts as closing. Default: true. */
  faq?: boolean
}

/**
 * Whether a line is the heading of a closing section (conclusion, summary,
 * FAQ, further reading, links): after the last question such a heading ends
 * that question's answer.
 *
 * @example
 *   isClosingHeading('Conclusion') // true
 *   isClosingHeading('Further Reading and Resources') // true
 *   isClosingHeading('Symbolic Links', { next: 'A symbolic link points to a path.' }) // false
 */
export function isClosingHeading(line: string, options: ClosingHeadingOptions = {}): boolean {
  const { next, faq = true } = options
  if (!isHeadingLike(line, { maxWords: 12, maxLength: 120, allowColon: true })) return false
  const text = line.trim()
  if (CONCLUSION_HEADING.test(text) || (faq && FAQ_HEADING.test(text))) return true
  return isLinkHeading(line) && (next === undefined || isLinkTitle(next))
}

/**
 * Whether a line heads a section of interview advice ("Interview Tips",
 * "Common Mistakes to Avoid", "How to Prepare"): such a section sits
 * between questions without belonging to the answer above it.
 *
 * @example
 *   isAsideHeading('Interview Tips') // true
 *   isAsideHeading('Example') // false
 */
export function isAsideHeading(line: string): boolean {
  return isHeadingLike(line) && isAsideSection(line)
}

/**
 * Whether a line heads a FAQ section ("FAQs", "Frequently Asked Questions").
 *
 * @example
 *   isFaqHeading('Frequently asked questions') // true
 *   isFaqHeading('Conclusion') // false
 */
export function isFaqHeading(line: string): boolean {
  return isHeadingLike(line, { maxWords: 12, maxLength: 120, allowColon: true }) && FAQ_HEADING.test(line.trim())
}

/**
 * Whether a line can sit under a links heading: a page title or an
 * address, not a sentence.
 *
 * @example
 *   isLinkTitle('Official Flask documentation') // true
 *   isLinkTitle('A symbolic link points to a path, while a hard link points to an inode.') // false
 */
export function isLinkTitle(line: string): boolean {
  const text = line.trim()
  return /^https?:\/\//.test(text) || (wordCount(text) <= 14 && !/[.!:;,]$/.test(text))
}
