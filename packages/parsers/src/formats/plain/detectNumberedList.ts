import type { SourceDocument } from '../../types.js'
import { findListRuns, isQuestionRun } from './findListRuns.js'
import { findTableOfContents } from './findTableOfContents.js'
import { looksLikeMarkdown } from './looksLikeMarkdown.js'

/**
 * Score how well a document fits the bare question-list style: lists
 * (numbered, or bulleted with `?`) whose items are mostly questions, with
 * no answers between the items. Lists of full sentences without a single
 * `?` count half: they are as often tips or steps. Markdown documents score lower: the
 * markdown format reads them better.
 *
 * @example
 *   detectNumberedList(doc) // 0.9 for a page holding a 25-item list of questions
 */
export function detectNumberedList(doc: SourceDocument): number {
  let questions = 0
  // A contents list of questions asked again below is no list of questions.
  const contents = findTableOfContents(doc.lines)
  for (const found of findListRuns(doc.lines)) {
    const run = { ...found, items: found.items.filter((it) => !contents.has(it.index)) }
    if (run.items.length < 2 || !isQuestionRun(run)) continue
    // A run of sentences without one question mark ("1. Explain the
    // trade-offs.") reads as well as a list of tips or steps as of
    // questions, so it counts half.
    const sentences = run.items.every((it) => /[.!]$/.test(it.text)) && !run.items.some((it) => it.text.includes('?'))
    questions += sentences ? run.items.length / 2 : run.items.length
  }
  if (questions === 0) return 0
  const score = 0.5 + 0.4 * Math.min(1, questions / 8)
  return looksLikeMarkdown(doc.lines) ? score * 0.4 : score
}
