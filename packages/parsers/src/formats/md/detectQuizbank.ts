import type { SourceDocument } from '../../types.js'

const SET_KEY = /^(?:id|title|description|language|source)[ \t]*:/
// The keys only a quizbank set has; site generators (Jekyll, Hugo) use `title` and `description` too.
const OWN_KEY = /^(?:id|source)[ \t]*:/
const TOP_LEVEL_KEY = /^[A-Za-z_][\w-]*[ \t]*:/
const QUESTION_HEADING = /^ {0,3}###[ \t]+\S/

/**
 * Score a quizbank-format document: YAML front matter naming at least two
 * set keys (`id`, `title`, `description`, `language`, `source`), one of them
 * `id` or `source`, and no more other top-level keys than set keys, and at
 * least one `###` question heading → 1; the front matter alone → 0.6 (a set
 * with no questions yet); anything else → 0.
 *
 * WHY the extra conditions: a static-site generator's front matter
 * (`title`, `description`, `date`, `tags`, `draft`, …) names two set keys
 * too, but it is a blog post, not a quizbank set.
 *
 * @example
 *   detectQuizbank(doc) // 1
 */
export function detectQuizbank(doc: SourceDocument): number {
  const lines = doc.lines
  if (lines[0]?.trimEnd() !== '---') return 0
  let keys = 0
  let own = 0
  let other = 0
  let close = -1
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trimEnd() === '---' || line.trimEnd() === '...') {
      close = i
      break
    }
    if (SET_KEY.test(line)) {
      keys++
      if (OWN_KEY.test(line)) own++
    } else if (TOP_LEVEL_KEY.test(line)) other++
  }
  if (close === -1 || keys < 2 || own === 0 || other > keys) return 0
  for (let i = close + 1; i < lines.length; i++) if (QUESTION_HEADING.test(lines[i]!)) return 1
  return 0.6
}
