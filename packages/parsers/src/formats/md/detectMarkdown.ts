import { FENCE } from '../../shared/fencedLines.js'
import type { SourceDocument } from '../../types.js'
import { isDelimiterRow, TASK_ITEM } from './needsGfm.js'
import { endsWithQuestionMark, isBareQuestionLabel, isQuestionHeading, isQuestionLike } from '../../shared/questionCues.js'

const ATX = /^ {0,3}(#{1,6})[ \t]+(\S.*)$/
// A heading written as HTML, possibly in bold: `<h3>1. What is X?</h3>`, `**<h2>Basics</h2>**`.
const HTML_HEADING = /^ {0,3}(?:\*\*)?<h([2-6])(?:\s[^<>]*)?>([^<]+)/i
const ORDERED = /^ {0,3}\d{1,9}[.)][ \t]+(\S.*)$/
const BULLET = /^ {0,3}[-*+][ \t]+(\S.*)$/
const BREAK = /^ {0,3}(?:-[ \t]*){3,}$|^ {0,3}(?:\*[ \t]*){3,}$|^ {0,3}(?:_[ \t]*){3,}$/
const BOLD = /\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__/
const CODE = /`[^`\s][^`]*`/
const BOLD_LINE = /^ {0,3}(\*\*|__)(\S.*)$/

/** How much each kind of markdown syntax counts towards the score, and how many lines of it make it count. */
// One stray match is noise in scraped text: a kind counts when it recurs (one table or `<details>` is deliberate).
const KINDS = {
  headings: { weight: 0.35, minimum: 2 },
  // Headings (or bold lines) that ask: the document sets its questions as
  // headings, which only the markdown reading keeps apart from their answers.
  questionHeadings: { weight: 0.15, minimum: 3 },
  bold: { weight: 0.15, minimum: 2 },
  code: { weight: 0.15, minimum: 2 },
  breaks: { weight: 0.1, minimum: 2 },
  fences: { weight: 0.1, minimum: 2 },
  table: { weight: 0.35, minimum: 1 },
  details: { weight: 0.35, minimum: 1 },
  tasks: { weight: 0.25, minimum: 2 },
} as const

/**
 * Score how much a document is markdown written to hold questions (0..0.9).
 *
 * Scraped plain text can contain list-like lines (`  1. …?`) and code
 * comments that look like headings (`# Code before`), so list items alone
 * score low (0.1): the score comes from *kinds* of markdown syntax, each
 * counted once when used a few times: ATX headings set off by a blank line,
 * bold, inline code, thematic breaks, fences, question tables,
 * `<details>`, task lists. Question-shaped lines are question headings,
 * numbered items that read as questions, bullets ending with `?`, and bold
 * lines that read as question headings (`**What is X?**`). A document with no question-shaped lines or
 * headings at all scores at most 0.2. The ceiling stays under 1 so a
 * quizbank-format document (which is markdown too) wins.
 *
 * @example
 *   detectMarkdown(doc) // 0.85 for a sectioned question list with bold and code
 */
export function detectMarkdown(doc: SourceDocument): number {
  const seen = { headings: 0, questionHeadings: 0, bold: 0, code: 0, breaks: 0, fences: 0, table: 0, details: 0, tasks: 0 }
  let questions = 0
  let previousBlank = true
  for (const line of doc.lines) {
    const blank = line.trim() === ''
    if (blank) {
      previousBlank = true
      continue
    }
    const heading = ATX.exec(line) ?? HTML_HEADING.exec(line)
    if (heading !== null && previousBlank) {
      seen.headings++
      if (isQuestionHeading(heading[2]!) || isBareQuestionLabel(heading[2]!)) {
        questions++
        seen.questionHeadings++
      }
    }
    const ordered = ORDERED.exec(line)
    if (ordered !== null && isQuestionLike(ordered[1]!)) questions++
    const bold = BOLD_LINE.exec(line)
    if (bold !== null && isBoldQuestion(bold[2]!, bold[1]!)) {
      questions++
      seen.questionHeadings++
    }
    const bullet = BULLET.exec(line)
    if (bullet !== null && endsWithQuestionMark(bullet[1]!)) questions++
    if (TASK_ITEM.test(line)) seen.tasks++
    if (BREAK.test(line)) seen.breaks++
    if (FENCE.test(line)) seen.fences++
    if (isDelimiterRow(line)) seen.table++
    if (line.trimStart().toLowerCase().startsWith('<details')) seen.details++
    if ((line.includes('**') || line.includes('__')) && BOLD.test(line)) seen.bold++
    if (line.includes('`') && CODE.test(line)) seen.code++
    previousBlank = false
  }
  let score = 0
  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) if (seen[kind] >= KINDS[kind].minimum) score += KINDS[kind].weight
  if (questions === 0 && seen.table === 0 && seen.details === 0) return Math.min(0.2, score / 4)
  return Math.min(0.9, 0.1 + score)
}

/** Whether the rest of a line after an opening `**` is a bold question line (`**What is X?**`). */
function isBoldQuestion(rest: string, marker: string): boolean {
  const t = rest.trimEnd()
  return t.endsWith(marker) && t.length > marker.length && isQuestionHeading(t.slice(0, -marker.length))
}
