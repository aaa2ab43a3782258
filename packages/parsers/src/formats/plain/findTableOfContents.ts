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
  const keys: { index: number; key: string }[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    keys.push({ index: i, key: questionKey(line) ?? '' })
  }
  const lastSeen = new Map<string, number>()
  for (const [k, { key }] of keys.entries()) if (key !== '') lastSeen.set(key, k)
  // An entry is a keyed line printed again further down.
  const repeated = keys.map(({ key }, k) => key !== '' && (lastSeen.get(key) ?? k) > k)
  const toc = new Set<number>()
  for (const [k, { index }] of keys.entries()) {
    if (repeated[k] === true && (repeated[k - 1] === true || repeated[k + 1] === true)) toc.add(index)
  }
  return toc
}

// What a question line says, without its number or label, for comparison.
function questionKey(line: string): string | undefined {
  const text = parseQuestionHeading(line)?.title ?? parseNumberedLine(line)?.text ?? parseQuestionLabel(line)?.text
  if (text === undefined) return undefined
  const key = promptKey(text)
  return key.length >= 3 ? key : undefined
}
