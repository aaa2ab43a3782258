import { isHeadingLike } from './isHeadingLike.js'
import { asksOrDirects, endsWithQuestionMark } from '../../shared/questionCues.js'
import { parseAnswerLabel, parseQuestionLabel } from '../../shared/labels.js'
import { parseListItem, parseNumberedLine, type NumberedLine } from './numbering.js'
import { stripInlineMarks } from './stripInlineMarks.js'
import { isBlank, nextNonBlank, wordCount } from '../../shared/textLines.js'

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
 *   isAnswerLike('Flask is a web framework written in Python.') // true
 *   isAnswerLike('- It lets Python treat the folder as a package.') // true
 *   isAnswerLike('2. What is a view?') // false
 */
export function isAnswerLike(line: string): boolean {
  const text = line.trim()
  if ((text.length < 20 && !/[.!]$/.test(text)) || parseNumberedLine(line) !== undefined || parseQuestionLabel(line) !== undefined) return false
  if (isHeadingLike(line) || endsWithQuestionMark(text)) return false
  // A bullet that does not ask ("- It allows Python to …") is how many
  // pages write an answer; a bullet that asks is another question.
  const item = parseListItem(line)
  return item === undefined || parseAnswerLabel(line) !== undefined || (item.kind === 'bullet' && !asksOrDirects(item.text))
}

/** Options of {@link isStandaloneQuestion}. */
export interface StandaloneQuestionOptions {
  /**
   * The line is already set apart as a question (by a rule or a wide gap
   * above it, or capitals), so anything but another question may follow it
   * (a list, code, a banner), not only an answer paragraph. Default: false.
   */
  setApart?: boolean
}

/**
 * Whether a line is an unnumbered question on its own: a capitalised
 * sentence of a few words ending in `?`, with an answer paragraph after it.
 *
 * @example
 *   isStandaloneQuestion(['Is Flask good for beginners?', '', 'Yes, it is a good first framework.'], 0) // true
 */
export function isStandaloneQuestion(lines: readonly string[], index: number, options: StandaloneQuestionOptions = {}): boolean {
  const text = stripInlineMarks(lines[index] ?? '')
  if (text.length > 200 || wordCount(text) < 3 || !/^\p{Lu}/u.test(text) || !endsWithQuestionMark(text)) return false
  if (parseNumberedLine(text) !== undefined || parseListItem(text) !== undefined || parseAnswerLabel(text) !== undefined) return false
  const next = nextNonBlank(lines, index + 1)
  if (next === -1) return false
  const after = lines[next] ?? ''
  if (options.setApart === true) return !endsWithQuestionMark(after) && !isNumberedQuestion(after) && parseQuestionLabel(after) === undefined
  return isAnswerLike(after)
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
  return n !== undefined && (n.style === 'question' || asksOrDirects(n.text))
}
