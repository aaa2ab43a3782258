import type { SourceDocument } from '../../types.js'
import { parseAnswerLabel } from '../../shared/labels.js'
import { isListItem } from './lineShapes.js'
import { rankCandidates } from './rankCandidates.js'
import { HEADLESS } from './settings.js'

/**
 * Score how well a document fits the headless-answers style: many strong
 * definitional openings for its length, while printed questions (lines
 * ending in `?` followed by text), `Answer:` labels, numbered headings and
 * markdown syntax are rare. Each of those, when common, divides the score,
 * because their presence means the questions were NOT lost and another
 * format reads the document better.
 *
 * @example
 *   detectHeadless(doc) // 0.9 for a stream of definitions, < 0.2 for a Q/A list
 */
export function detectHeadless(doc: SourceDocument): number {
  const { linesPerBlock, strongScore, minOpenings } = HEADLESS
  const lines = doc.lines.slice(0, HEADLESS.sampleLines)
  const content = lines.map((l) => l.trim()).filter((l) => l !== '')
  if (content.length < minOpenings * 2) return 0
  const strong = rankCandidates(lines).ranked.filter((c) => c.score >= strongScore).length
  if (strong < minOpenings) return 0
  const density = Math.min(1, (strong * linesPerBlock) / content.length)
  const questions = printedQuestions(lines)
  const labels = content.filter((l) => parseAnswerLabel(l) !== undefined).length
  // Numbered questions or "Question K:" headings mean the questions are
  // printed; other numbered lines ("1. get()") are sub-items of answers.
  const numberedLines = content.filter((l) => /^(?:#{1,6}\s*)?(?:q(?:uestion)?\s*)?\d{1,3}\s*[.):-]\s*\S/i.test(l))
  const numberedQuestions = numberedLines.filter((l) => l.endsWith('?') || /\bq(?:uestion)?\s*\d/i.test(l)).length
  const numbered = numberedLines.length - numberedQuestions
  // Bold needs its closing `**`: `**kwargs` alone is Python, not markdown.
  const markdown = content.filter((l) => /^(?:#{1,6}\s|```|>\s|\|)|\*\*[^*\s][^*]*\*\*/.test(l)).length
  let score = 0.35 + 0.6 * density
  score *= penalty(questions / strong, 0.3)
  score *= penalty(labels / strong, 0.1)
  score *= penalty(numberedQuestions / strong, 0.15, 3)
  score *= penalty(numbered / strong, 0.6)
  score *= penalty(markdown / content.length, 0.03, 10)
  return Math.round(Math.max(0, Math.min(0.95, score)) * 1000) / 1000
}

// 1 up to `allowed`, then falling linearly to a floor of 0.05.
function penalty(ratio: number, allowed: number, slope = 1.5): number {
  return ratio <= allowed ? 1 : Math.max(0.05, 1 - (ratio - allowed) * slope)
}

// A printed question: a line ending in "?" followed by a non-question line.
function printedQuestions(lines: readonly string[]): number {
  let n = 0
  let pending = false
  for (const raw of lines) {
    const t = raw.trim()
    if (t === '') continue
    const isQuestion = t.endsWith('?') && t.split(/\s+/).length <= 30
    if (pending && !isQuestion) n++
    pending = isQuestion && !isListItem(t)
  }
  return n
}
