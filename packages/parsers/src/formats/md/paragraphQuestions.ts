import type { Paragraph, RootContent } from 'mdast'
import { inlineToText } from './inlineToText.js'
import { parseAnswerLabel } from '../../shared/labels.js'
import { endsWithQuestionMark, firstWord, isQuestionHeading, isQuestionLike, startsLikeQuestion } from '../../shared/questionCues.js'
import { splitLines, splitPromptNodes, trimLeadingSpace, type PromptParts } from './splitPromptNodes.js'

/** Longest plain paragraph that can be a question on its own, in characters. */
const MAX_QUESTION_PARAGRAPH = 300
// Openers of a rhetorical or page-level question that no interviewer asks ("Questions? Mail us").
const NOT_ASKING = new Set(['questions', 'question', 'need', 'want', 'looking', 'ready', 'got', 'interested'])

/**
 * The text of a paragraph that is one line and asks: it ends with `?` (or,
 * with `loose`, reads as a question without one, as an "Explain …" item
 * among `?` items does) and starts like a question. Null for any other
 * block.
 *
 * @example
 *   askingParagraph(paragraphOf('What is a pod?')) // 'What is a pod?'
 *   askingParagraph(paragraphOf('A pod is a group of containers.')) // null
 */
export function askingParagraph(block: RootContent | undefined, options: { loose?: boolean } = {}): string | null {
  if (block?.type !== 'paragraph') return null
  if ((block.position?.start.line ?? 0) !== (block.position?.end.line ?? -1)) return null
  if (block.children.some((c) => c.type !== 'text' && c.type !== 'inlineCode' && c.type !== 'emphasis' && c.type !== 'strong')) return null
  const text = inlineToText(block.children)
  if (text === '' || text.length > MAX_QUESTION_PARAGRAPH || NOT_ASKING.has(firstWord(text))) return null
  if (endsWithQuestionMark(text)) return startsLikeQuestion(text) || /^\p{Lu}/u.test(text) ? text : null
  // Without a `?`: a directive ("Explain …"), never a sentence that asks and answers itself.
  return options.loose === true && !text.includes('?') && isQuestionLike(text) && /^\p{Lu}/u.test(text) ? text : null
}

/** Whether a block opens with an answer label (see `parseAnswerLabel`), after any emoji or bullet: "✅ Answer (English):". */
export function opensWithAnswerLabel(block: RootContent | undefined): boolean {
  return block?.type === 'paragraph' && parseAnswerLabel(inlineToText(block.children).replace(/^[^\p{L}]+/u, '')) !== undefined
}

/**
 * Where a run of blocks prints questions as plain one-line paragraphs:
 * indices of the paragraphs that ask and are set apart as questions, not
 * asked in passing inside prose. A paragraph counts when
 * - an answer label opens the next block ("✅ Answer:"), or
 * - it stands in a row of two or more such paragraphs; in a row, an
 *   "Explain …" line without `?` counts too.
 *
 * @example
 *   questionParagraphs([q1, q2, q3]) // Set { 0, 1, 2 } for three one-line questions
 */
export function questionParagraphs(run: readonly RootContent[]): Set<number> {
  const found = new Set<number>()
  let row: number[] = []
  const flush = () => {
    const strict = row.filter((k) => askingParagraph(run[k]) !== null)
    if (row.length >= 2 && strict.length * 2 >= row.length) for (const k of row) found.add(k)
    row = []
  }
  for (let k = 0; k < run.length; k++) {
    const block = run[k]!
    if (block.type === 'thematicBreak' || askingParagraph(block, { loose: true }) === null) {
      flush()
      continue
    }
    if (askingParagraph(block) !== null && opensWithAnswerLabel(run[k + 1])) found.add(k)
    row.push(k)
  }
  flush()
  return found
}

/** A bold question line's prompt parts, and the number of a bold label printed before it (`**Q1.** What …?`). */
export interface BoldQuestion {
  parts: PromptParts
  number?: string
}

// A label on its own: `Q1.`, `1)`, `Q:`, `Question 3 -`, `#4`.
const LABEL_ONLY = /^(?:q(?:uestion)?[ \t]*)?#?(\d{1,4})[a-z]?[ \t]*[.):\-–—]?$|^q(?:uestion)?[ \t]*[.):\-–—]$/i

/**
 * The question a paragraph prints as a bold line of its own
 * (`**What is the box model?**`, `**Q: How do you center a div?**`,
 * `**1. What is SQL?**`) or after a bold label (`**Q1.** What is
 * Angular?`): the paragraph's first line is bold (further bold or italic
 * words on it are markers and hints), or a bold label followed by text,
 * and the question text reads as a question heading would (see
 * `isQuestionHeading`). Returns null for any other paragraph.
 *
 * WHY as strict as a heading: bold lines inside answers ("**Example:**",
 * "**Note**") must stay answer text.
 *
 * @example
 *   boldQuestion(paragraphOf('**What is the box model?**'))?.parts.prompt // 'What is the box model?'
 *   boldQuestion(paragraphOf('**Q1.** What is Angular?')) // { parts: { prompt: 'What is Angular?', … }, number: '1' }
 *   boldQuestion(paragraphOf('**Example:**')) // null
 */
export function boldQuestion(paragraph: Paragraph): BoldQuestion | null {
  const line = splitLines(paragraph.children)[0]!.nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''))
  const first = line[0]
  if (first?.type !== 'strong') return null
  const boldText = inlineToText(first.children)
  const label = LABEL_ONLY.exec(boldText)
  const rest = paragraph.children.slice(paragraph.children.indexOf(first) + 1)
  if (label !== null && boldText !== '' && (line.length > 1 || rest.length > 0)) {
    // The label may stand alone on its line, the question on the next
    // ("**Q:**" / "Your container keeps restarting. How do you …?").
    const parts = splitPromptNodes(line.length > 1 ? rest : trimLeadingSpace(rest))
    if (parts.prompt === '') return null
    // A `Q`/`Question` label says the text is a question, even a statement
    // ("The app is not reachable from the browser."); a bare number does not.
    if (!isQuestionHeading(parts.prompt) && !/^q/i.test(boldText)) return null
    return label[1] === undefined ? { parts } : { parts, number: label[1] }
  }
  if (!line.every((n) => n.type === 'strong' || n.type === 'emphasis')) return null
  if (!isQuestionHeading(boldText)) return null
  return { parts: splitPromptNodes(paragraph.children) }
}
