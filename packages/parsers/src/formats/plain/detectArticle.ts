import type { SourceDocument } from '../../types.js'
import { endsWithQuestionMark } from './isQuestionLike.js'
import { looksLikeMarkdown } from './looksLikeMarkdown.js'
import { parseQuestionHeading } from './parseQuestionHeading.js'

/**
 * Score how well a document fits the long-form article style: several
 * `Question K: Title` headings with increasing K, better still under
 * section numbers (`5. Question 1: …`) and with titles rather than
 * questions after them (a page of `Question 1: What is …?` lines is a
 * question-answer page).
 *
 * @example
 *   detectArticle(doc) // 0.95 for an article with `N. Question K: Title` sections
 */
export function detectArticle(doc: SourceDocument): number {
  let headings = 0
  let numbered = 0
  let titled = 0
  let last = 0
  for (const line of doc.lines) {
    const h = parseQuestionHeading(line)
    if (h === undefined || h.from <= last) continue
    last = h.to
    headings++
    if (h.sectionNumber !== undefined) numbered++
    if (!endsWithQuestionMark(h.title)) titled++
  }
  if (headings < 2) return 0
  const score = Math.min(0.95, 0.3 + (0.35 * numbered) / headings + (0.3 * titled) / headings)
  return looksLikeMarkdown(doc.lines) ? score * 0.5 : score
}
