import { isHeadingLike } from './isHeadingLike.js'
import { wordCount } from '../../shared/textLines.js'

// Headings that introduce a list of links to other pages.
const LINK_HEADING = /\b(?:links?|resources|references|further reading|read more|related(?: posts| articles| reading)?|see also|sources|bibliography|recommended|you (?:may|might) also like)\b/i
// Site furniture: sharing and account buttons, counters, copyright, bylines.
const CHROME = [
  /^(?:share|tweet|pin it|subscribe|sign up|sign in|log ?in|log ?out|register|menu|home|search|skip to content|back to top|print|email|cookie)\b/i,
  /^(?:copyright|©|\(c\))/i,
  /\ball rights reserved\b/i,
  /^\d[\d,.]*k?\s+(?:views?|comments?|likes?|shares?|reads?)$/i,
  /^(?:posted|published|updated|written)\s+(?:on|by)\b/i,
  // A byline: "By Jane Doe | Updated March 2024 | 8 min read", "By Jane Doe".
  /^by \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?: ?[|·•,–—] .*)?$/u,
  /\b\d{1,3} min(?:ute)?s? read\b/i,
  /^(?:tags?|categories|category|filed under)\s*:/i,
  /^(?:previous|next)(?: post| article)?\s*[:»«]?$/i,
]
// How a page signs off after its last question.
const CLOSING_OPENERS = /^(?:in conclusion|to conclude|to sum up|in summary|to summari[sz]e|overall|all in all|good luck|best of luck|all the best|happy (?:coding|learning)|we hope|i hope|hope this|thanks? (?:you )?for reading|that's all|that’s all|still have questions|(?:have|got) (?:any )?(?:more |other |further )?questions|feel free to|contact us)\b/i
const CLOSING_BY_THESE = /^by \w+ing\b.{0,120}\bthese\b/i

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

/**
 * Whether a line is site furniture rather than content.
 *
 * @example
 *   isChromeLine('Share on Twitter') // true
 *   isChromeLine('3 Views') // true
 */
export function isChromeLine(line: string): boolean {
  const text = line.trim()
  return CHROME.some((re) => re.test(text))
}

/**
 * Whether a paragraph is a sign-off of the whole page ("By mastering these
 * …", "In conclusion …", "Best of luck …") rather than part of an answer.
 *
 * @example
 *   isClosingRemark('By familiarizing yourself with these questions you will do well.') // true
 *   isClosingRemark('By default, Flask uses SQLite.') // false
 */
export function isClosingRemark(line: string): boolean {
  const text = line.trim()
  return CLOSING_OPENERS.test(text) || CLOSING_BY_THESE.test(text)
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
  next?: string
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

// Sections of advice about interviewing placed between groups of questions.
const ASIDE_HEADING = /\b(?:tips|advice|how to (?:prepare|answer|ace|crack)|preparation|preparing for|mistakes to avoid)\b/i

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
  return isHeadingLike(line) && ASIDE_HEADING.test(line)
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
