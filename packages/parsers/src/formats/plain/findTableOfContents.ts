import { isBlank } from '../../shared/textLines.js'
import { promptKey } from '../../shared/promptKey.js'
import { parseQuestionLabel } from '../../shared/labels.js'
import { parseNumberedLine } from './numbering.js'
import { parseQuestionHeading } from './parseQuestionHeading.js'

/**
 * Find the entries of a table of contents that lists the questions before
 * they are asked: question-shaped lines (`Question 3: …`, `3. …?`, `Q3 - …`)
 * whose text is printed again as a later question, sitting next to another
 * such line (a contents list has several entries together). Returns their
 * 0-based indices; a parser skips them instead of reading empty questions.
 *
 * @example
 *   findTableOfContents(['Question 1: What is X?', 'Question 2: What is Y?', '', 'Question 1: What is X?', 'X is …', 'Question 2: What is Y?', 'Y is …'])
 *   // Set {0, 1}
 */
export function findTableOfContents(lines: readonly string[]): Set<number> {
  const keys = lines.flatMap((line, index) => (isBlank(line) ? [] : [{ index, key: questionKey(line) ?? '' }]))
  // Where each key is printed last (later entries overwrite earlier ones).
  const lastSeen = new Map(keys.map(({ key }, k) => [key, k]))
  // An entry is a keyed line printed again further down.
  const repeated = keys.map(({ key }, k) => key !== '' && (lastSeen.get(key) ?? k) > k)
  const entries = keys.filter((_, k) => repeated[k] === true && (repeated[k - 1] === true || repeated[k + 1] === true))
  return new Set(entries.map(({ index }) => index))
}

// What a question line says, without its number or label, for comparison.
function questionKey(line: string): string | undefined {
  const text = parseQuestionHeading(line)?.title ?? parseNumberedLine(line)?.text ?? parseQuestionLabel(line)?.text
  if (text === undefined) return undefined
  const key = promptKey(text)
  return key.length >= 3 ? key : undefined
}
