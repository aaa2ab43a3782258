import type { DocumentMeta } from '../../types.js'
import { declaredCount } from '../../shared/declaredCount.js'
import { stripEnds } from '../../shared/stripEnds.js'
import { endsWithQuestionMark } from '../../shared/questionCues.js'
import { stripInlineMarks } from './stripInlineMarks.js'
import { isBlank, wordCount } from '../../shared/textLines.js'

/** Where a document's title is and what it says. */
export interface TitleInfo {
  /** 0-based line index. */
  index: number
  /** The title, cleaned of scraping leftovers (trailing slashes, bars). */
  text: string
}

// Characters scrapers leave at the end of a title (breadcrumb slashes, separators).
const TITLE_LEFTOVERS = ' \t/|:-–—'
/**
 * Words by which a page says it is about questions: what a question page
 * calls itself in its title ("Top 20 … Interview Questions", "Quiz", "Q&A"),
 * and what makes numbered topic headings over paragraphs read as questions
 * rather than tutorial steps (see findTopicRun).
 */
export const QUESTION_CUE = /\b(?:questions?|interviews?|quiz(?:zes)?|faqs?|q\s?&\s?a|top\s\d{1,4})\b/i

/**
 * Find a document's title among the lines before `end` (0-based,
 * exclusive): the first title-shaped line that names what the
 * page is ("… interview questions", "Top 20 …"); failing that, the first
 * non-blank line when it is title-shaped and not itself a question. Lines
 * above the title are site furniture.
 *
 * @example
 *   findTitle(['Home', 'Top 20 Interview Questions', 'Intro text.'], 3)
 *   // { index: 1, text: 'Top 20 Interview Questions' }
 */
export function findTitle(lines: readonly string[], end: number): TitleInfo | undefined {
  let first = -1
  for (let i = 0; i < Math.min(end, lines.length); i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    if (first === -1) first = i
    // Below the first line, a cue line ending in `?` is a question about
    // interviews, not the page's name.
    const asks = i !== first && endsWithQuestionMark(line)
    if (!asks && isTitleShaped(line) && wordCount(line) >= 2 && QUESTION_CUE.test(line)) return { index: i, text: cleanTitle(line) }
  }
  if (first === -1) return undefined
  const line = lines[first] ?? ''
  return isTitleShaped(line) && !endsWithQuestionMark(line) ? { index: first, text: cleanTitle(line) } : undefined
}

function isTitleShaped(line: string): boolean {
  const text = stripInlineMarks(line)
  return text.length <= 160 && wordCount(text) <= 20 && /\p{L}/u.test(text) && !/[.,;]$/.test(text)
}

/**
 * Whether a line names a collection of questions ("… interview questions",
 * "FAQ", "Quiz"): at the top of a page such a line is its title even when
 * it ends in `?`. "Questions" must end the phrase or be followed by a
 * phrase tail ("… questions for freshers", "… questions and answers");
 * a line where a verb follows ("How many questions are on the exam?") asks
 * something about questions and is itself a question.
 *
 * @example
 *   namesQuestionCollection('What are the top interview questions?') // true
 *   namesQuestionCollection('How long does the interview take?') // false
 *   namesQuestionCollection('How many questions are on the exam?') // false
 */
export function namesQuestionCollection(line: string): boolean {
  if (/\b(?:faqs?|quiz(?:zes)?|q\s?&\s?a)\b/i.test(line)) return true
  const words = line.toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter((w) => w !== '')
  const at = words.lastIndexOf('questions')
  return at !== -1 && (at === words.length - 1 || COLLECTION_TAIL.has(words[at + 1] ?? ''))
}

// Words that carry on the name of a question collection after "questions".
const COLLECTION_TAIL = new Set(['and', '&', 'for', 'in', 'on', 'about', 'with', 'to', 'you', 'every', 'asked', 'that', 'from', 'of'])

/**
 * Trim a title and drop scraping leftovers at its end (`/`, `|`, dashes).
 *
 * @example
 *   cleanTitle('Top 20 Questions You Must Know in 2025/') // 'Top 20 Questions You Must Know in 2025'
 */
export function cleanTitle(line: string): string {
  // A markdown heading marker on a page read as plain text is no part of the title.
  return stripEnds(stripInlineMarks(line.replace(/^\s*#{1,6}\s+/, '')), () => false, (c) => TITLE_LEFTOVERS.includes(c))
}

/**
 * Metadata of a plain-text document: its title, and the question count it
 * declares in the title or, failing that, in the lines before `end`.
 *
 * @example
 *   documentMeta(lines, { index: 0, text: 'Top 20 Questions' }, 5) // { title: 'Top 20 Questions', declaredCount: 20 }
 */
export function documentMeta(lines: readonly string[], title: TitleInfo | undefined, end: number): DocumentMeta {
  const meta: DocumentMeta = {}
  if (title !== undefined) meta.title = title.text
  let count = title === undefined ? undefined : declaredCount(title.text)
  for (let i = 0; count === undefined && i < Math.min(end, lines.length); i++) count = declaredCount(lines[i] ?? '')
  if (count !== undefined) meta.declaredCount = count
  return meta
}
