import { fencedLines } from '../../shared/fencedLines.js'
import type { Diagnostic, DraftQuestion, FormatOutput, SourceDocument } from '../../types.js'
import { classifyLeading, classifyTrailing, nothingFound } from './classifyRegions.js'
import { isChromeLine, isClosingRemark } from '../../shared/furniture.js'
import { isAsideHeading, isClosingHeading, isFaqHeading } from './cues.js'
import { findTableOfContents } from './findTableOfContents.js'
import { documentMeta, findTitle, namesQuestionCollection } from './findTitle.js'
import { isCodeLine } from './isCodeLine.js'
import { isHeadingLike } from './isHeadingLike.js'
import { asksOrDirects, endsWithQuestionMark } from '../../shared/questionCues.js'
import { parseAnswerLabel, parseQuestionLabel } from '../../shared/labels.js'
import { answerMarkdown } from './linesToMarkdown.js'
import { markDamage } from '../findDamage.js'
import { makeDraft } from '../md/makeDraft.js'
import { parseNumberedLine } from './numbering.js'
import { isFollowedByAnswerLabel, isNumberedQuestion, isStandaloneQuestion, parseQuestionLine } from './questionStarts.js'
import { SkipCollector } from '../../shared/skipCollector.js'
import { indentOf, isBlank, nextNonBlank, prevNonBlank, wordCount } from '../../shared/textLines.js'
import { stripInlineMarks } from './stripInlineMarks.js'

interface OpenQuestion {
  index: number
  prompt: string
  number?: string
  section?: string
  /** 0-based indices of the answer's non-blank lines. */
  answer: number[]
  /** Text of the first answer line with its label removed. */
  labelText?: string
  /** Where the text after the answer begins, when a heading ended it early. */
  closedAt?: number
  /** Whether that heading opens another section of questions (not a conclusion or links). */
  closedBySection?: boolean
  /** An unnumbered question found on its own (no number, no label). */
  standalone?: boolean
}

/** How a question starts; `labelText` is then an answer printed on the question's own line ("Topic : answer"). */
type Start = Pick<OpenQuestion, 'prompt' | 'number' | 'standalone' | 'labelText'>

/**
 * Parse a question-and-answer page: question lines (`1. …?`, `Q3)`,
 * `Question 2:`, `Q:`, or a lone line ending in `?`), each followed by its
 * answer (`Answer:`/`Ans:`/`A:` labelled or not) up to the next question.
 * Short heading-like lines inside an answer ("Example", "Note") stay in it;
 * one that opens a new part of the page (a question under it, a heading
 * naming questions, a conclusion, FAQ, links or advice heading) ends the
 * answer, and above a question it becomes the section of the questions
 * that follow. Unnumbered questions after a numbered list count under such
 * a heading (a FAQ at the end of the page).
 *
 * @example
 *   parseQuestionAnswer(doc).questions[0] // { prompt: 'What is Flask?', answer: 'Flask is …', number: '1', … }
 */
export function parseQuestionAnswer(doc: SourceDocument): FormatOutput {
  const lines = doc.lines
  const skips = new SkipCollector(lines)
  const diagnostics: Diagnostic[] = []
  // Questions listed in a table of contents are asked again below; the
  // entries are read as the text before the first question.
  // Neither a contents entry nor a line of fenced code starts a question.
  const contents = new Set([...findTableOfContents(lines), ...fencedLines(lines)])
  const numberedQuestions = lines.filter((l, i) => isNumberedQuestion(l) && !contents.has(i)).length
  const top = nextNonBlank(lines, 0)
  // Whether a line starts a question: the first question, or one right under a heading.
  const opensQuestion = (j: number): boolean => {
    const line = lines[j] ?? ''
    if (parseAnswerLabel(line) !== undefined || contents.has(j)) return false
    if (isFollowedByAnswerLabel(lines, j) || parseQuestionLabel(line) !== undefined || isNumberedQuestion(line)) return true
    // A title that names the page's questions ("… interview questions?") asks nothing.
    return isStandaloneQuestion(lines, j) && !(j === top && namesQuestionCollection(line))
  }
  // The title is looked for above the first question-shaped line, so that
  // it can never be taken from inside a question.
  const firstQuestion = lines.findIndex((_, i) => opensQuestion(i))
  const title = findTitle(lines, firstQuestion === -1 ? lines.length : firstQuestion)

  const built: OpenQuestion[] = []
  let cur: OpenQuestion | undefined
  let section: string | undefined
  let lastNumber = 0
  let nested = false
  let seenNumbered = false
  // The last numbered line of the current answer that was not a question.
  let answerList: { style: string; number: number } | undefined

  const startAt = (i: number): Start | undefined => {
    const line = lines[i] ?? ''
    if (parseAnswerLabel(line) !== undefined || contents.has(i)) return undefined
    const labelled = isFollowedByAnswerLabel(lines, i)
    const numbered = parseQuestionLine(line)
    if (numbered !== undefined) {
      const n = Number(numbered.number)
      const questionLike = numbered.style === 'question' || asksOrDirects(numbered.text)
      const restart = n <= lastNumber && isHeadingLike(lines[prevNonBlank(lines, i - 1)] ?? '')
      const style = numberingStyle(line)
      const nextOfCur = cur?.number !== undefined && Number(cur.number) === n - 1 && style === numberingStyle(lines[cur.index] ?? '')
      // The next item of a numbered list inside the current answer ("#7)"
      // after "#1)" … "#6)"), even one that asks, belongs to that answer.
      const inAnswerList = answerList !== undefined && answerList.style === style && answerList.number === n - 1 && !nextOfCur
      const accept = !inAnswerList && (labelled || (questionLike && (n > lastNumber || restart || cur === undefined) && (!nested || endsWithQuestionMark(numbered.text))))
      if (accept) return { prompt: numbered.text, number: numbered.number }
      const topic = nextOfCur && cur !== undefined ? asTopic(lines, i, numbered.text, cur) : undefined
      if (topic !== undefined) return { ...topic, number: numbered.number }
      if (cur !== undefined) {
        nested = true
        answerList = { style, number: n }
      }
      return undefined
    }
    const label = parseQuestionLabel(line)
    if (label !== undefined) return { prompt: label.text }
    if (labelled) return { prompt: line.trim() }
    // In a numbered document an unnumbered question counts before the
    // numbering starts (an introductory pair), under a section heading that
    // ended the previous answer (a FAQ after the list), and after another
    // such question; inside an answer it is a rhetorical question.
    // A question set off from the answer above by a rule or by more than
    // one blank line, or printed in capitals, is no rhetorical question.
    const setApart = isSetOff(lines, i) || isCapitalised(line)
    const outside = numberedQuestions < 2 || !seenNumbered || cur?.closedBySection === true || cur?.standalone === true || setApart
    if (outside && isStandaloneQuestion(lines, i, { setApart })) return { prompt: line.trim(), standalone: true }
    return undefined
  }

  // A heading-like line inside an answer is one of its sub-headings
  // ("Example", "Note", "Key points") unless it heads a new part of the
  // page: a question follows it, it names a set of questions, or it is a
  // conclusion, FAQ, links or advice heading, or site furniture ("Share this").
  const endsAnswer = (i: number): { section: boolean } | undefined => {
    const line = lines[i] ?? ''
    if (!isHeadingLike(line, { allowColon: true }) || isCodeLine(line) || contents.has(i)) return undefined
    if (isChromeLine(line)) return { section: false }
    if (!isHeadingLike(line)) return undefined
    const next = nextNonBlank(lines, i + 1)
    if (isAsideHeading(line) || isClosingHeading(line, { next: lines[next], faq: false })) return { section: false }
    if (isFaqHeading(line) || namesQuestionCollection(line)) return { section: true }
    return next !== -1 && opensQuestion(next) ? { section: true } : undefined
  }

  let gapStart = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line) || (i === title?.index && cur === undefined)) continue
    const start = startAt(i)
    if (start !== undefined) {
      const heading = classifyLeading(lines, gapStart, i, cur === undefined ? title : undefined, skips, cur === undefined ? 'preamble' : 'unrelated-prose')
      if (heading !== undefined) section = heading.text
      cur = { ...start, index: i, answer: start.labelText === undefined ? [] : [i] }
      if (section !== undefined) cur.section = section
      built.push(cur)
      if (start.number !== undefined) {
        seenNumbered = true
        lastNumber = Number(start.number)
      }
      nested = false
      answerList = undefined
      gapStart = i + 1
      continue
    }
    if (cur === undefined || cur.closedAt !== undefined) continue
    const label = cur.answer.length === 0 ? parseAnswerLabel(line) : undefined
    const end = label === undefined && cur.answer.length > 0 ? endsAnswer(i) : undefined
    if (end !== undefined) {
      cur.closedAt = i
      cur.closedBySection = end.section
      gapStart = i
      continue
    }
    if (label !== undefined) cur.labelText = label.text
    else if (parseNumberedLine(line) === undefined) nested = false
    cur.answer.push(i)
    gapStart = i + 1
  }

  if (cur === undefined) {
    return nothingFound(lines, title, skips)
  }
  // The page's sign-off after the last answer is not part of that answer.
  const lastLine = cur.answer[cur.answer.length - 1]
  if (cur.closedAt === undefined && cur.answer.length >= 2 && lastLine !== undefined && isClosingRemark(lines[lastLine] ?? '')) {
    cur.answer.pop()
    cur.closedAt = lastLine
  }
  classifyTrailing(lines, cur.closedAt ?? gapStart, lines.length, skips)

  // A rule line that closes an answer separates it from the next question.
  for (const q of built) {
    while (q.answer.length > 1 && isRule(lines[q.answer[q.answer.length - 1] ?? -1] ?? '')) skips.add(q.answer.pop() ?? -1, 'separator')
  }
  const questions = built.map((q) => toDraft(q, lines))
  for (const q of questions) markDamage(q, doc, diagnostics)
  const first = built[0]?.index ?? lines.length
  return { questions, skipped: skips.ranges, diagnostics, meta: documentMeta(lines, title, first) }
}

function toDraft(q: OpenQuestion, lines: readonly string[]): DraftQuestion {
  const last = q.answer[q.answer.length - 1] ?? q.index
  const raw = lines.slice(q.answer[0] ?? last + 1, last + 1)
  if (q.labelText !== undefined && raw.length > 0) raw[0] = q.labelText
  const section = q.section === undefined ? [] : [q.section]
  return makeDraft({ prompt: stripInlineMarks(q.prompt), answer: answerMarkdown(raw), section, number: q.number, lines: { first: q.index + 1, last: last + 1 } })
}

/** Most words of a numbered topic line that stands in a question's place ("8.Overloading and overriding"). */
const MAX_TOPIC_WORDS = 8
// Longest topic of a "Topic : answer" line.
const MAX_TOPIC_CHARS = 60

/**
 * A numbered line that does not read as a question but continues the
 * numbering of the question above it (`7.` after `6.`, same numbering
 * style, no deeper indent) as a topic set in a question's place
 * ("8.Overloading and overriding", "19.C#"), or a topic with its answer on
 * the same line ("11.Abstraction : Abstraction means …"). Numbered steps
 * inside an answer start again at 1 or sit deeper, so they never continue it.
 *
 * @example
 *   asTopic(['6.What is X?', '-It is Y.', '7.Overloading'], 2, 'Overloading', question6) // { prompt: 'Overloading' }
 */
function asTopic(lines: readonly string[], i: number, text: string, cur: OpenQuestion): Start | undefined {
  if (indentOf(lines[i] ?? '') > indentOf(lines[cur.index] ?? '')) return undefined
  // "Topic : answer": a short topic, a spaced or unspaced colon, white space,
  // the answer. Split by hand: the equivalent regex backtracks polynomially
  // on long runs of white space (recheck).
  const colon = text.indexOf(':')
  const head = text.slice(0, colon).trim()
  const after = text.slice(colon + 1)
  const answer = after.trimStart()
  const split = colon >= 1 && colon <= MAX_TOPIC_CHARS && answer !== after && head !== ''
  if (split && wordCount(head) <= 5 && wordCount(answer) >= 4) return { prompt: head, labelText: answer.trim() }
  if (wordCount(text) > MAX_TOPIC_WORDS || /[.;,]$/.test(text)) return undefined
  return { prompt: text }
}

/**
 * How a numbered line prints its number: the mark before it (`#`, `Q`,
 * `(`) and the punctuation after it, e.g. `.`, `)`, `#)`, `Q)`.
 *
 * @example
 *   numberingStyle('#7) Which tests first?') // '#)'
 */
function numberingStyle(line: string): string {
  const m = /^\s*(#|\(|q(?:uestion)?\.?\s?)?\d+\s?([.):\-–—]?)/i.exec(line)
  return m === null ? '' : `${(m[1] ?? '').trim().charAt(0).toLowerCase()}${m[2] ?? ''}`
}

/** Whether a line is set off from the text above it by a rule (`=====`, `-----`) or by two blank lines or more. */
function isSetOff(lines: readonly string[], i: number): boolean {
  const prev = prevNonBlank(lines, i - 1)
  return prev === -1 || i - prev > 2 || isRule(lines[prev] ?? '')
}

/** Whether a line is a rule drawn with one repeated character (`=====`, `-----`, `*****`). */
function isRule(line: string): boolean {
  return /^\s*([=\-*_~#])\1{2,}\s*$/.test(line)
}

/** Whether a line is written in capitals (three words or more, no lower-case letter). */
function isCapitalised(line: string): boolean {
  const text = stripInlineMarks(line)
  return wordCount(text) >= 3 && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}
