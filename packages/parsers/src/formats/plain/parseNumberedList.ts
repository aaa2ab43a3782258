import { isAdMarker } from '../../shared/furniture.js'
import { isBlank, prevNonBlank } from '../../shared/textLines.js'
import type { Diagnostic, DraftQuestion, FormatOutput, SourceDocument } from '../../types.js'
import { classifyLeading, classifyTrailing, nothingFound } from './classifyRegions.js'
import { findListRuns, isQuestionRun, type RunItem } from './findListRuns.js'
import { documentMeta, findTitle } from './findTitle.js'
import { isHeadingLike } from './isHeadingLike.js'
import { answerMarkdown } from './linesToMarkdown.js'
import { markDamage } from '../findDamage.js'
import { makeDraft } from '../md/makeDraft.js'
import { parseNumberedLine } from './numbering.js'
import { SkipCollector } from '../../shared/skipCollector.js'
import { stripInlineMarks } from './stripInlineMarks.js'

/**
 * Parse a page whose questions are bare list items (no answers): every
 * list whose items are mostly questions yields one question per item; a
 * heading-like line above a list becomes its section. Everything else is
 * accounted for as title, chrome, preamble or unrelated prose, so this
 * parser also serves as the fallback for documents nothing else fits.
 * Prompts are kept as printed; ones that lost inline code in scraping are
 * marked `damaged` with a `damaged-text` warning. Answers printed after the
 * list and numbered like its questions (an answer key) become their
 * answers; their lines are skipped as `answer-key`.
 *
 * @example
 *   parseNumberedList(doc).questions.map((q) => q.prompt) // ['What is Flask?', 'What is a view?']
 */
export function parseNumberedList(doc: SourceDocument): FormatOutput {
  const lines = doc.lines
  const skips = new SkipCollector(lines)
  const diagnostics: Diagnostic[] = []
  const runs = findListRuns(lines).filter(isQuestionRun)
  const first = runs[0]?.items[0]?.index ?? lines.length
  const title = findTitle(lines, first)
  if (runs.length === 0) {
    return nothingFound(lines, title, skips)
  }
  const questions: DraftQuestion[] = []
  let from = 0
  let section: string | undefined
  for (const [k, run] of runs.entries()) {
    const start = run.items[0]?.index ?? 0
    if (k > 0 && isInterruption(lines, from, start)) {
      // An ad or a cross-link inside the list: the list and its section go on.
      for (let i = from; i < start; i++) if (!isBlank(lines[i] ?? '')) skips.add(i, 'chrome', 'advertisement')
    } else {
      section = classifyLeading(lines, from, start, k === 0 ? title : undefined, skips, k === 0 ? 'preamble' : 'unrelated-prose')?.text
    }
    for (const item of run.items) {
      const q = toQuestion(item, section)
      markDamage(q, doc, diagnostics)
      questions.push(q)
    }
    from = (run.items[run.items.length - 1]?.last ?? start) + 1
  }
  const key = findAnswerKey(lines, from, questions)
  if (key === undefined) classifyTrailing(lines, from, lines.length, skips)
  else {
    classifyTrailing(lines, from, key.start, skips)
    for (const { question, label, answer } of key.entries) {
      if (answer.length > 0) question.answer = answerMarkdown(answer.map((i) => lines[i] ?? ''))
      skips.addRange(label, answer[answer.length - 1] ?? label, 'answer-key', `answer to question ${question.number ?? ''}, matched by its number`)
    }
  }
  return { questions, skipped: skips.ranges, diagnostics, meta: documentMeta(lines, title, first) }
}

/** Fewest answers an answer key must give, as a share of the questions. */
const MIN_KEY_SHARE = 0.6
/** Share of an answer key's labels that must have text under them. */
const MIN_ANSWERED_LABELS = 0.8

/**
 * Answers printed after the list, numbered like the questions ("1.
 * Bias-variance trade-off" and the lines under it answer question 1): label
 * lines whose numbers are question numbers in increasing order, each
 * answer running to the next label. Found only when such labels answer at
 * least `MIN_KEY_SHARE` of the questions (and two or more), so that a
 * stray numbered list after the questions is not taken for answers.
 */
function findAnswerKey(lines: readonly string[], from: number, questions: readonly DraftQuestion[]): { start: number; entries: { question: DraftQuestion; label: number; answer: number[] }[] } | undefined {
  const byNumber = new Map(questions.filter((q) => q.number !== undefined).map((q) => [Number(q.number), q]))
  const labels: { index: number; question: DraftQuestion }[] = []
  let last = 0
  for (let i = from; i < lines.length; i++) {
    const n = Number(parseNumberedLine(lines[i] ?? '')?.number ?? Number.NaN)
    const q = byNumber.get(n)
    if (q === undefined || n <= last || /^\s/.test(lines[i] ?? '')) continue
    labels.push({ index: i, question: q })
    last = n
  }
  if (labels.length < 2 || labels.length < questions.length * MIN_KEY_SHARE) return undefined
  const entries = labels.map((l, k) => {
    const end = labels[k + 1]?.index ?? lines.length
    const answer: number[] = []
    for (let i = l.index + 1; i < end; i++) if (!isBlank(lines[i] ?? '')) answer.push(i)
    return { question: l.question, label: l.index, answer }
  })
  // Answers have text under their labels; a list of steps after the questions does not.
  if (entries.filter((e) => e.answer.length > 0).length < entries.length * MIN_ANSWERED_LABELS) return undefined
  return { start: labels[0]!.index, entries }
}

// Parenthesised or italic lines under an item are hints to the expected
// answer; other indented lines continue the prompt.
const HINT = /^(?:\((.+)\)|\*([^*].*)\*|_([^_].*)_)$/

function toQuestion(item: RunItem, section: string | undefined): DraftQuestion {
  const prompt = [item.text]
  const hints: string[] = []
  for (const line of item.continuation) {
    const hint = HINT.exec(line)
    if (hint === null) prompt.push(line)
    else hints.push((hint[1] ?? hint[2] ?? hint[3] ?? '').trim())
  }
  return makeDraft({ prompt: stripInlineMarks(prompt.join(' ')), hints, section: section === undefined ? [] : [section], number: item.number, lines: { first: item.index + 1, last: item.last + 1 } })
}

/**
 * Whether the lines between two runs of a list (`from..to`, 0-based, `to`
 * exclusive) only interrupt it: they hold an ad or cross-link marker and
 * no heading of their own right above the next run, so the list — and its
 * section — carries on after them.
 *
 * @example
 *   isInterruption(['8) Why?', 'ADVERTISEMENT', '9) How?'], 1, 2) // true
 *   isInterruption(['8) Why?', 'DOM and Browser', '9) How?'], 1, 2) // false
 */
function isInterruption(lines: readonly string[], from: number, to: number): boolean {
  if (!lines.slice(from, to).some(isAdMarker)) return false
  const last = prevNonBlank(lines, to - 1)
  return last < from || isAdMarker(lines[last] ?? '') || !isHeadingLike(lines[last] ?? '')
}
