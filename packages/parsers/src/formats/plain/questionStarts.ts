import { isBlank } from '../../shared/isBlank.js'
import { isHeadingLike } from './isHeadingLike.js'
import { endsWithQuestionMark, isQuestionLike } from './isQuestionLike.js'
import { parseAnswerLabel, parseQuestionLabel } from './labels.js'
import { parseListItem, parseNumberedLine, type NumberedLine } from './numbering.js'
import { stripInlineMarks } from './stripInlineMarks.js'
import { nextNonBlank, wordCount } from './textLines.js'

/** Longest line that can still be a question, in characters. */
export const MAX_QUESTION_LENGTH = 300

/**
 * Whether the next non-blank line after `index` is an answer label
 * (`Answer:`, `A:` …): the strongest sign that `index` is a question.
 *
 * @example
 *   isFollowedByAnswerLabel(['1. What?', '', 'Answer: That.'], 0) // true
 */
export function isFollowedByAnswerLabel(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? ''
  if (isBlank(line) || line.length > MAX_QUESTION_LENGTH || parseAnswerLabel(line) !== undefined) return false
  const next = nextNonBlank(lines, index + 1)
  return next !== -1 && parseAnswerLabel(lines[next] ?? '') !== undefined
}

/**
 * Whether a line can open an answer paragraph: text that is not a list
 * item, a heading, a label or another question.
 *
 * @example
 *   isAnswerLike('Django is a web framework written in Python.') // true
 *   isAnswerLike('2. What is a view?') // false
 */
export function isAnswerLike(line: string): boolean {
  const text = line.trim()
  if ((text.length < 20 && !/[.!]$/.test(text)) || parseNumberedLine(line) !== undefined || parseQuestionLabel(line) !== undefined) return false
  if (isHeadingLike(line) || endsWithQuestionMark(text)) return false
  return parseListItem(line) === undefined || parseAnswerLabel(line) !== undefined
}

/**
 * Whether a line is an unnumbered question on its own: a capitalised
 * sentence of a few words ending in `?`, with an answer paragraph after it.
 *
 * @example
 *   isStandaloneQuestion(['Is Django good for beginners?', '', 'Yes, it is a good first framework.'], 0) // true
 */
export function isStandaloneQuestion(lines: readonly string[], index: number): boolean {
  const text = stripInlineMarks(lines[index] ?? '')
  if (text.length > 200 || wordCount(text) < 3 || !/^\p{Lu}/u.test(text) || !endsWithQuestionMark(text)) return false
  if (parseNumberedLine(text) !== undefined || parseListItem(text) !== undefined || parseAnswerLabel(text) !== undefined) return false
  const next = nextNonBlank(lines, index + 1)
  return next !== -1 && isAnswerLike(lines[next] ?? '')
}

/**
 * Parse a numbered question line, also when the page printed the whole
 * line in bold or italics (`**1. What is X?**`, a common way to set
 * questions off from answers).
 *
 * @example
 *   parseQuestionLine('**3. What is ORM?**') // { number: '3', text: 'What is ORM?', style: 'plain' }
 */
export function parseQuestionLine(line: string): NumberedLine | undefined {
  const plain = parseNumberedLine(line)
  if (plain !== undefined || !/^\s*[*_]/.test(line)) return plain
  return parseNumberedLine(stripInlineMarks(line))
}

/**
 * Whether a numbered line reads as a question (or carries a `Q` prefix).
 *
 * @example
 *   isNumberedQuestion('3. Explain middleware.') // true
 *   isNumberedQuestion('2. Install the package.') // false
 */
export function isNumberedQuestion(line: string): boolean {
  const n = parseQuestionLine(line)
  return n !== undefined && (n.style === 'question' || isQuestionLike(n.text))
}
