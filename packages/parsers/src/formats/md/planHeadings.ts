import type { RootContent } from 'mdast'
import { isContentsTable } from './contentsLinks.js'
import { detailsRole } from './detailsContent.js'
import { inlineToText } from './inlineToText.js'
import { classifyList } from './listQuestions.js'
import { hasQuestionLabel, isAnswerHeading, isBareQuestionLabel, isQuestionHeading } from '../../shared/questionCues.js'
import { hasQuestionColumn } from './tableQuestions.js'

/** What one top-level heading is, and the section path it sets. */
export interface HeadingPlan {
  /** Index of the heading among the root's children. */
  index: number
  depth: number
  /** Heading text as printed, emphasis markers removed. */
  text: string
  /**
   * - `title`: the document's title (the one shallowest heading, first);
   * - `section`: a section heading; its text joins the section path;
   * - `question`: the heading is a question's prompt, the blocks under it
   *   (up to `bodyEnd`) its hints, choices and answer;
   * - `answer`: a sub-heading inside a question's answer.
   */
  kind: 'title' | 'section' | 'question' | 'answer'
  /** Section path: a section's own path (itself last); a question's enclosing path. */
  path: string[]
  /**
   * A section whose own text held no questions and ended with a thematic
   * break after prose (a conclusion, notes): it is not an ancestor in the
   * paths of later sub-headings, and its prose is `non-question-section`.
   */
  closed: boolean
  /** Index after the last block that belongs to this heading's own text (question body or section intro). */
  bodyEnd: number
  /** Index of the next heading at the same or a shallower depth (where the section's span ends). */
  spanEnd: number
}

/**
 * Decide what every top-level heading is and which section path applies
 * under it.
 *
 * Rules (general cues, no wording of any particular document):
 * - Title: the first heading, when it is the only heading at the
 *   shallowest depth used, does not read as a question, and is a `#` or
 *   has deeper headings after it.
 * - Question heading: starts with a question label (`Q4:`), is a bare
 *   label (`Question 6`) over the paragraph that asks, or reads as a
 *   question (`isQuestionHeading`) and holds no question list, question
 *   table or `<details>` itself (a heading such as "What should you know
 *   about views?" over a list of questions is a section). Its body runs to the next heading that is not deeper, reads
 *   as a question, or holds questions; deeper headings before that are
 *   part of its answer.
 * - Section path: the texts of the open section headings, outermost first,
 *   without the title and without closed sections (see `closed`): text
 *   that follows a conclusion-like section under a deeper heading does not
 *   belong to that section.
 *
 * @example
 *   planHeadings(root.children).get(12)?.path // ['2. Models', '2A. Fields']
 */
export function planHeadings(blocks: readonly RootContent[]): Map<number, HeadingPlan> {
  const headings = blocks.flatMap((node, index) => (node.type === 'heading' ? [{ index, node }] : []))
  const plans = new Map<number, HeadingPlan>()
  if (headings.length === 0) return plans
  const minDepth = headings.reduce((m, h) => Math.min(m, h.node.depth), 6)
  const entries = headings.map((h, i): HeadingPlan => {
    const next = headings[i + 1]?.index ?? blocks.length
    return { index: h.index, depth: h.node.depth, text: inlineToText(h.node.children), kind: 'section', path: [], closed: false, bodyEnd: next, spanEnd: blocks.length }
  })
  // A heading's span ends at the first later heading that is not deeper: the one that takes it off a stack of open headings.
  const open: HeadingPlan[] = []
  for (const p of entries) {
    while (open.length > 0 && open[open.length - 1]!.depth >= p.depth) open.pop()!.spanEnd = p.index
    open.push(p)
  }
  const ownBody = (p: HeadingPlan) => blocks.slice(p.index + 1, p.bodyEnd)
  const holdsQuestions = entries.map((p) => ownBody(p).some(isQuestionContainer))
  const first = entries[0]!
  const alone = entries.filter((e) => e.depth === minDepth).length === 1
  // A lone `##` with nothing under it is a section name ("## Questions"), not a title.
  if (first.depth === minDepth && alone && (first.depth === 1 || entries.length > 1) && !isQuestionHeading(first.text)) first.kind = 'title'

  const runQuestion = numberedQuestionRuns(entries, holdsQuestions)
  const stack: HeadingPlan[] = []
  for (let i = 0; i < entries.length; i++) {
    const p = entries[i]!
    if (p.kind === 'title') continue
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= p.depth) stack.pop()
    const enclosing = stack.filter((s) => !s.closed).map((s) => s.text)
    // A bare label ("Question 6") over a paragraph: the paragraph is the question.
    const labelled = isBareQuestionLabel(p.text) && blocks[p.index + 1]?.type === 'paragraph' && !holdsQuestions[i]
    if (labelled || runQuestion[i] === true || hasQuestionLabel(p.text) || (isQuestionHeading(p.text) && !holdsQuestions[i])) {
      p.kind = 'question'
      p.path = enclosing
      let j = i + 1
      // Deeper headings are the answer's sub-headings; so is an "Answer"
      // heading at any level ("## Question 3" … "## Answer").
      while (j < entries.length && ((entries[j]!.depth > p.depth && !isQuestionHeading(entries[j]!.text)) || isAnswerHeading(entries[j]!.text)) && !holdsQuestions[j]) {
        entries[j]!.kind = 'answer'
        j++
      }
      p.bodyEnd = entries[j]?.index ?? blocks.length
      i = j - 1
      continue
    }
    p.path = [...enclosing, p.text]
    p.closed = !holdsQuestions[i] && endsWithBreakAfterProse(ownBody(p))
    stack.push(p)
  }
  for (const p of entries) plans.set(p.index, p)
  return plans
}

// A heading numbered as an item of a list: `1. …`, `12) …`, `#3 …`.
const NUMBERED_HEADING = /^#?\d{1,4}[.)]?\s+\S/

/** Fewest numbered headings at one level that make a run of questions. */
const MIN_RUN = 3

/**
 * Which headings are questions because they are numbered at the same level
 * as headings that ask: when at least half of the numbered headings of a
 * level (three or more) read as questions and hold no questions
 * themselves, the others of that level are questions set as topics ("5.
 * Ways to handle imbalanced data", "6. Bias-Variance Trade-off", "2.
 * Difference between:"). Indexed like `entries`.
 */
function numberedQuestionRuns(entries: readonly HeadingPlan[], holdsQuestions: readonly boolean[]): boolean[] {
  const numbered = entries.map((e, i) => NUMBERED_HEADING.test(e.text) && holdsQuestions[i] !== true)
  const runDepths = [1, 2, 3, 4, 5, 6].filter((depth) => {
    const level = entries.filter((e, i) => numbered[i] === true && e.depth === depth)
    return level.length >= MIN_RUN && level.filter((e) => isQuestionHeading(e.text)).length * 2 >= level.length
  })
  return entries.map((e, i) => numbered[i] === true && runDepths.includes(e.depth))
}

/** Whether a block holds questions of its own: a question list, a question table (not a table of contents), a `<details>` question. */
export function isQuestionContainer(block: RootContent): boolean {
  if (block.type === 'list') {
    const kind = classifyList(block)
    return kind === 'questions' || kind === 'bullet-questions'
  }
  if (block.type === 'table') return hasQuestionColumn(block) && !isContentsTable(block)
  // A `<details>` labelled "Answer" holds the answer of a question, not questions.
  return detailsRole(block) === 'question'
}

function endsWithBreakAfterProse(body: readonly RootContent[]): boolean {
  const firstProse = body.findIndex((b) => b.type !== 'thematicBreak')
  return firstProse !== -1 && body.slice(firstProse + 1).some((b) => b.type === 'thematicBreak')
}
