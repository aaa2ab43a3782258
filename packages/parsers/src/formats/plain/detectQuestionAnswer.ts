import { fencedLines } from '../../shared/fencedLines.js'
import type { SourceDocument } from '../../types.js'
import { asksOrDirects, endsWithQuestionMark } from '../../shared/questionCues.js'
import { parseQuestionLabel } from '../../shared/labels.js'
import { findTableOfContents } from './findTableOfContents.js'
import { looksLikeMarkdown } from './looksLikeMarkdown.js'
import { isAnswerLike, isFollowedByAnswerLabel, isNumberedQuestion, isStandaloneQuestion, parseQuestionLine } from './questionStarts.js'
import { isBlank, nextNonBlank } from '../../shared/textLines.js'

/**
 * Score how well a document fits the question-answer style, from structure
 * alone: question lines followed by labelled answers (strongest), numbered
 * questions each followed by an answer paragraph, or lone `?` lines each
 * followed by one.
 *
 * @example
 *   detectQuestionAnswer(doc) // 0.95 for a page of `N. …?` + `Answer: …` pairs
 */
export function detectQuestionAnswer(doc: SourceDocument): number {
  const lines = doc.lines
  let nonBlank = 0
  let labelled = 0
  let numbered = 0
  let numberedAnswered = 0
  let standalone = 0
  const contents = new Set([...findTableOfContents(lines), ...fencedLines(lines)])
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line) || contents.has(i)) continue
    nonBlank++
    const next = nextNonBlank(lines, i + 1)
    const answered = next !== -1 && isAnswerLike(lines[next] ?? '')
    if (isFollowedByAnswerLabel(lines, i) || (parseQuestionLabel(line) !== undefined && answered)) labelled++
    // A `Question K: Title` line with a title after it heads an article
    // section, so only numbered lines that read as questions count here.
    else if (isNumberedQuestion(line) && asksOrDirects(parseQuestionLine(line)?.text ?? '')) {
      numbered++
      if (answered) numberedAnswered++
    } else if (endsWithQuestionMark(line) && isStandaloneQuestion(lines, i)) standalone++
  }
  let score = 0
  if (labelled >= 2) score = 0.7 + 0.25 * Math.min(1, labelled / 6)
  else if (numberedAnswered >= 2) score = 0.4 + 0.4 * (numberedAnswered / numbered)
  if (standalone >= 3) score = Math.max(score, Math.min(0.75, 0.3 + (0.9 * 2 * standalone) / nonBlank))
  return looksLikeMarkdown(lines) ? score * 0.5 : score
}
