import type { Diagnostic, DraftQuestion, FormatOutput, SourceDocument } from '../../types.js'
import { classifyLeading, nothingFound } from './classifyRegions.js'
import { isClosingRemark } from '../../shared/furniture.js'
import { isAsideHeading, isClosingHeading } from './cues.js'
import { findTableOfContents } from './findTableOfContents.js'
import { documentMeta, findTitle } from './findTitle.js'
import { findTopicRun } from './findTopicRun.js'
import { isHeadingLike } from './isHeadingLike.js'
import { parseNumberedLine } from './numbering.js'
import { parseQuestionHeading, type QuestionHeading } from './parseQuestionHeading.js'
import { parseTopicArticle, sectionDraft } from './parseTopicArticle.js'
import { SkipCollector } from '../../shared/skipCollector.js'
import { isBlank, nextNonBlank, prevNonBlank } from '../../shared/textLines.js'

interface Section {
  /** 0-based index of the heading line. */
  index: number
  /** 0-based index after the section's last line. */
  end: number
  text: string
  question?: QuestionHeading
}

/**
 * Parse a long-form article whose questions are `Question K: Title`
 * sections (optionally numbered among other sections: `5. Question 1: …`).
 * Other numbered sections (introduction, tips, conclusion, reading lists)
 * are `non-question-section`; a range section (`Question 16 to 20: …`)
 * yields one question per titled sub-topic. Prompts are the printed titles;
 * answers are the section bodies as markdown, with scraping damage to
 * bullets and inline code repaired. An article with no such heading whose
 * sections are topics numbered 1..N ("Top 5 …": `#1. Generics`) is read
 * by parseTopicArticle.
 *
 * @example
 *   parseArticle(doc).questions[0] // { prompt: 'Explaining the Architecture', number: '1', section: ['5. Question 1: …'], … }
 */
export function parseArticle(doc: SourceDocument): FormatOutput {
  const lines = doc.lines
  const skips = new SkipCollector(lines)
  const diagnostics: Diagnostic[] = []
  const sections = findSections(lines)
  const firstQuestion = sections.find((s) => s.question !== undefined)
  const title = findTitle(lines, sections[0]?.index ?? lines.length)
  if (firstQuestion === undefined) {
    // A "Top N" article numbers its topics without the word "Question".
    const run = findTopicRun(lines)
    if (run !== undefined) return parseTopicArticle(doc, run, findTitle(lines, run.headings[0]?.index ?? lines.length))
    return nothingFound(lines, title, skips)
  }
  const first = sections[0]?.index ?? lines.length
  classifyLeading(lines, 0, first, title, skips)
  const questions: DraftQuestion[] = []
  for (const section of sections) {
    const last = prevNonBlank(lines, section.end - 1)
    const q = section.question
    if (q === undefined) skips.addRange(section.index, last, 'non-question-section', section.text)
    else if (q.from === q.to) questions.push(sectionDraft(lines, section.text, q.title, String(q.from), section.index, last))
    else questions.push(...splitRange(doc, section, q, last, skips, diagnostics))
  }
  return { questions, skipped: skips.ranges, diagnostics, meta: documentMeta(lines, title, first) }
}

function findSections(lines: readonly string[]): Section[] {
  const heads: Omit<Section, 'end'>[] = []
  // Numbered sections only count when questions are numbered among them;
  // otherwise a numbered list in a body would be taken for headings.
  const numberedDoc = lines.some((l) => parseQuestionHeading(l)?.sectionNumber !== undefined)
  // A contents list repeats the headings before the sections start; its
  // entries stay in the text before the first section.
  const contents = findTableOfContents(lines)
  const questions = questionHeadings(lines, contents)
  // Without section numbers, other sections can only be told from a
  // question's sub-headings by the blank lines that set sections off.
  const spaced = !numberedDoc && setsSectionsOffByBlanks(lines, [...questions.keys()])
  let expected = 1
  let lastQuestion = 0
  let inRange = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line) || contents.has(i)) continue
    const q = questions.get(i)
    if (q !== undefined) {
      heads.push({ index: i, text: line.trim(), question: q })
      lastQuestion = q.to
      inRange = q.to > q.from
      if (q.sectionNumber !== undefined) expected = Number(q.sectionNumber) + 1
      continue
    }
    const next = nextNonBlank(lines, i + 1)
    const n = numberedDoc ? parseNumberedLine(line) : undefined
    if (n?.style === 'plain' && Number(n.number) === expected && isHeadingLike(n.text, { maxWords: 16, maxLength: 150, allowColon: true })) {
      heads.push({ index: i, text: line.trim() })
      expected++
    } else if (lastQuestion > 0 && isClosingHeading(line, { next: lines[next] })) heads.push({ index: i, text: line.trim() })
    // After the first question an advice heading, or in an article that
    // sets sections off with blanks a heading after a blank line, starts a
    // section of its own; not inside a range section, whose headings are
    // its sub-topics.
    else if (lastQuestion > 0 && !inRange && next !== -1 && !isHeadingLike(lines[next] ?? '') && (isAsideHeading(line) || (spaced && isBlank(lines[i - 1] ?? '') && isHeadingLike(line)))) {
      heads.push({ index: i, text: line.trim() })
    }
  }
  return heads.map((h, k) => ({ ...h, end: heads[k + 1]?.index ?? lines.length }))
}

// The question headings a reading in order takes (each numbered past the
// last), by 0-based line index.
function questionHeadings(lines: readonly string[], contents: ReadonlySet<number>): Map<number, QuestionHeading> {
  const found = new Map<number, QuestionHeading>()
  let last = 0
  for (const [i, line] of lines.entries()) {
    const q = contents.has(i) ? undefined : parseQuestionHeading(line)
    if (q === undefined || q.from <= last) continue
    found.set(i, q)
    last = q.to
  }
  return found
}

function splitRange(doc: SourceDocument, section: Section, heading: QuestionHeading, last: number, skips: SkipCollector, diagnostics: Diagnostic[]): DraftQuestion[] {
  const lines = doc.lines
  const expected = heading.to - heading.from + 1
  const titles = findSubtopics(lines, section.index + 1, last + 1)
  const warn = (code: string, message: string) =>
    diagnostics.push({ severity: 'warning', code, message: `${doc.name}:${section.index + 1}: section announces ${message}`, lines: { first: section.index + 1, last: last + 1 } })
  if (titles.length === 0) {
    warn('range-unsplit', `questions ${heading.from}–${heading.to} but no titled sub-topics were found; kept as one question`)
    return [sectionDraft(lines, section.text, heading.title, `${heading.from}-${heading.to}`, section.index, last)]
  }
  if (titles.length !== expected) warn('range-mismatch', `${expected} questions (${heading.from}–${heading.to}) but has ${titles.length} titled sub-topics; numbered from ${heading.from}`)
  skips.add(section.index, 'heading')
  const firstTitle = titles[0] ?? last
  for (let i = section.index + 1; i < firstTitle; i++) if (!isBlank(lines[i] ?? '')) skips.add(i, 'preamble', 'introduction of a question range')
  // A last paragraph that signs off the whole range is not part of the last sub-topic.
  let end = last
  const lastTitle = titles[titles.length - 1] ?? last
  if (last > lastTitle + 1 && isClosingRemark(lines[last] ?? '')) {
    skips.add(last, 'unrelated-prose', 'closing remark of a question range')
    end = prevNonBlank(lines, last - 1)
  }
  return titles.map((t, k) => {
    const stop = k + 1 < titles.length ? prevNonBlank(lines, (titles[k + 1] ?? 0) - 1) : end
    return sectionDraft(lines, section.text, lines[t] ?? '', String(heading.from + k), t, stop)
  })
}

/**
 * Find the titled sub-topics of a section body (`from..to`, 0-based, `to`
 * exclusive): short capitalised lines without end punctuation, each after
 * a finished sentence (or at the top) and before a paragraph. Returns their
 * 0-based indices.
 *
 * @example
 *   findSubtopics(['Query Optimization', 'Use select_related to join.', 'Custom Tags', 'Tags extend templates.'], 0, 4) // [0, 2]
 */
function findSubtopics(lines: readonly string[], from: number, to: number): number[] {
  const found: number[] = []
  let prev: string | undefined
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    const next = nextNonBlank(lines, i + 1)
    const afterSentence = prev === undefined || /[.!?:"”’)]$/.test(prev.trim())
    if (afterSentence && next !== -1 && next < to && isHeadingLike(line) && isParagraph(lines[next] ?? '')) found.push(i)
    prev = line
  }
  return found
}

function isParagraph(line: string): boolean {
  const text = line.trim()
  return !isHeadingLike(text) && (text.length > 80 || /[.!?]$/.test(text))
}

/** Shares that tell sections set off by blank lines (see {@link setsSectionsOffByBlanks}). */
const SECTIONS_OFF_BY_BLANKS = {
  /** Smallest share of section headings with a blank line (or the top of the page) above them. */
  minHeadingShare: 0.8,
  /** Largest share of body lines with a blank line above them. */
  maxBodyShare: 0.2,
} as const

/**
 * Whether an article sets its sections off with blank lines while keeping
 * each section's body together: (nearly) every section heading has a blank
 * line above it and few body lines do. In such an article an unnumbered
 * heading-like line after a blank line starts a section of its own ("Common
 * Mistakes to Avoid"), while one inside a body ("Example") is a
 * sub-heading. `headings` are the 0-based indices of the question
 * headings, in order; the bodies measured are those between two of them
 * (the last one runs into the page's closing sections).
 *
 * @example
 *   setsSectionsOffByBlanks(['Question 1: A', 'Body.', 'More.', '', 'Question 2: B', 'Body.'], [0, 4]) // true
 */
function setsSectionsOffByBlanks(lines: readonly string[], headings: readonly number[]): boolean {
  const { minHeadingShare, maxBodyShare } = SECTIONS_OFF_BY_BLANKS
  if (headings.length < 2) return false
  const setOff = headings.filter((h) => h === 0 || isBlank(lines[h - 1] ?? '') || prevNonBlank(lines, h - 1) === -1).length
  let body = 0
  let spaced = 0
  for (let k = 0; k + 1 < headings.length; k++) {
    const from = (headings[k] ?? 0) + 1
    const to = headings[k + 1] ?? from
    for (let i = from; i < to; i++) {
      if (isBlank(lines[i] ?? '')) continue
      body++
      if (i > from && isBlank(lines[i - 1] ?? '')) spaced++
    }
  }
  return body > 0 && setOff / headings.length >= minHeadingShare && spaced / body <= maxBodyShare
}
