import type { SourceDocument } from '../../types.js'

const SET_KEY = /^(?:id|title|description|language|source)[ \t]*:/
const QUESTION_HEADING = /^ {0,3}###[ \t]+\S/

/**
 * Score a quizbank-format document: YAML front matter naming at least two
 * set keys (`id`, `title`, `description`, `language`, `source`) and at least
 * one `###` question heading → 1; the front matter alone → 0.6 (a set with
 * no questions yet); anything else → 0.
 *
 * @example
 *   detectQuizbank(doc) // 1
 */
export function detectQuizbank(doc: SourceDocument): number {
  const lines = doc.lines
  if (lines[0]?.trimEnd() !== '---') return 0
  let keys = 0
  let close = -1
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trimEnd() === '---' || line.trimEnd() === '...') {
      close = i
      break
    }
    if (SET_KEY.test(line)) keys++
  }
  if (close === -1 || keys < 2) return 0
  for (let i = close + 1; i < lines.length; i++) if (QUESTION_HEADING.test(lines[i]!)) return 1
  return 0.6
}
