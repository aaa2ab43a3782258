import type { SourceDocument } from '../../types.js'
import { findTableOfContents } from './findTableOfContents.js'
import { findTopicRun } from './findTopicRun.js'
import { endsWithQuestionMark } from '../../shared/questionCues.js'
import { looksLikeMarkdown } from './looksLikeMarkdown.js'
import { parseQuestionHeading } from './parseQuestionHeading.js'
import { nextNonBlank } from '../../shared/textLines.js'

/**
 * Score how well a document fits the long-form article style: several
 * `Question K: Title` headings with increasing K, better still under
 * section numbers (`5. Question 1: …`) and with titles rather than
 * questions after them (a page of `Question 1: What is …?` lines is a
 * question-answer page). Headings with nothing under them (a bare list, a
 * table of contents) do not count. Without such headings, a "Top N"
 * article of topics numbered 1..N (see findTopicRun) scores high when the
 * page declares N, lower when the run was found without a count.
 *
 * @example
 *   detectArticle(doc) // 0.95 for an article with `N. Question K: Title` sections
 */
export function detectArticle(doc: SourceDocument): number {
  let headings = 0
  let numbered = 0
  let titled = 0
  let last = 0
  const contents = findTableOfContents(doc.lines)
  for (const [i, line] of doc.lines.entries()) {
    const h = parseQuestionHeading(line)
    if (h === undefined || h.from <= last || contents.has(i)) continue
    // A heading straight above another one has no section under it: such
    // lines are a bare list of questions, not an article.
    const next = nextNonBlank(doc.lines, i + 1)
    if (next !== -1 && parseQuestionHeading(doc.lines[next] ?? '') !== undefined) continue
    last = h.to
    headings++
    if (h.sectionNumber !== undefined) numbered++
    if (!endsWithQuestionMark(h.title)) titled++
  }
  // Without such headings, declared "Top N" topics are as sure as numbered
  // `Question K` sections; an undeclared run still beats reading the page
  // as headless answers. One heading alone is no article.
  const run = headings === 0 ? findTopicRun(doc.lines) : undefined
  const topicScore = run === undefined ? 0 : run.declared ? 0.85 : 0.65
  // Several titled sections with bodies are the article's shape even
  // without section numbers; they outweigh a short list of tips inside it.
  const score = headings < 2 ? topicScore : Math.min(0.95, 0.3 + (0.35 * numbered) / headings + (0.3 * titled) / headings + 0.15 * Math.min(1, titled / 4))
  return looksLikeMarkdown(doc.lines) ? score * 0.5 : score
}
