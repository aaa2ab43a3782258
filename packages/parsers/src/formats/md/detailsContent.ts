import type { RootContent } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { nodeSource } from './blockSource.js'
import { htmlText, tagName } from './htmlText.js'
import { questionBody } from './questionBody.js'
import { stripQuestionLabel } from '../../shared/questionCues.js'

/** Inline tags that only wrap or space an element's content (`<br><b>` after a summary, `</p>` before `</details>`). */
const WRAPPER_TAGS = new Set(['b', 'strong', 'i', 'em', 'p', 'br', 'div', 'span', 'hr', 'center'])

/**
 * Words of a summary that labels the hidden content instead of asking
 * ("Answer", "Show solution", "Click to expand"). Generic English only.
 */
const LABEL_WORDS = new Set(['answer', 'answers', 'solution', 'solutions', 'explanation', 'expand', 'reveal', 'show', 'hide', 'click', 'toggle', 'view', 'see', 'output', 'result', 'here', 'to', 'the', 'me', 'code', 'example'])
const HINT_WORDS = new Set(['hint', 'hints', 'tip', 'clue'])

/** What a `<details>` summary is: a question, a label for an answer ("Answer"), or a label for a hint. */
type DetailsRole = 'question' | 'answer' | 'hint'

/** What a `<details>` element holds, read as a question or as the answer or hint of the question before it. */
export interface DetailsContent {
  /** `question` when the summary asks; `answer` or `hint` when it only labels the content (`<summary>Answer</summary>`). */
  role: DetailsRole
  /** The summary without a question label (`Q3.`), and the label's number. */
  prompt: string
  number?: string | undefined
  /** The markdown between `</summary>` and `</details>`; empty for a hint, whose text joins `hints`. */
  answer: string
  hints: string[]
  choices?: { text: string; correct: boolean }[] | undefined
  /** Index after the element's last block. */
  end: number
}

/**
 * Read the `<details>` element starting at `blocks[start]`
 * (`<details><summary>Question</summary>Answer</details>`). The answer is
 * the markdown between `</summary>` and `</details>` (blank-line separated
 * markdown blocks, or HTML text inside the element, wrapper tags such as
 * `<br><b>` removed), split like a question's body (see `questionBody`).
 * A summary that only labels the content ("Answer", "Hint") gives no
 * prompt: the content is the answer (or hint) of the question printed
 * before it.
 *
 * @example
 *   detailsContent(blocks, 4, doc).prompt // 'What is a view?'
 *   detailsContent(blocks, 5, doc) // { role: 'answer', prompt: '', answer: 'A join of a table with itself.', hints: [], end: 8 }
 */
export function detailsContent(blocks: readonly RootContent[], start: number, doc: SourceDocument): DetailsContent {
  const end = detailsEnd(blocks, start, doc)
  const opening = blocks[start]!
  const { summary, rest } = readSummary(opening.type === 'html' ? opening.value : '')
  // The closing block's text before `</details>` joins the answer; an unclosed element has none.
  const closing = end - 1 > start && closesDetails(blocks[end - 1]!, doc) ? blocks[end - 1] : undefined
  const body = questionBody(blocks.slice(start + 1, closing === undefined ? end : end - 1), doc)
  const closingRest = closing === undefined ? '' : unwrap(beforeClose(nodeSource(closing, doc)))
  const text = [unwrap(beforeClose(rest)), body.answer, closingRest].filter((s) => s !== '').join('\n\n')
  const role = summaryRole(summary)
  if (role === 'hint') return { role, prompt: '', answer: '', hints: [...body.hints, ...(text === '' ? [] : [text])], end }
  if (role === 'answer') return { role, prompt: '', answer: text, hints: body.hints, end }
  const { number, text: prompt } = stripQuestionLabel(summary)
  return { role, prompt, number, answer: text, hints: body.hints, choices: body.choices, end }
}

/**
 * The top-level blocks with every heading inside a closed `<details>`
 * element turned into a paragraph of the same text and position.
 *
 * WHY: a heading inside `<details>` ("#### Answer: D" in a collapsed
 * answer) is part of the element's content, not a section or a question
 * of the document; as a paragraph it stays in the answer (answers are
 * taken from the source text, so its `####` is kept) and no longer ends
 * the question before it.
 *
 * @example
 *   demoteDetailsHeadings(root.children, doc).some((b) => b.type === 'heading') // false for a doc of details only
 */
export function demoteDetailsHeadings(blocks: readonly RootContent[], doc: SourceDocument): RootContent[] {
  const out = [...blocks]
  for (let k = 0; k < out.length; k++) {
    if (!opensDetails(out[k]!)) continue
    const end = detailsEnd(out, k, doc)
    for (let j = k + 1; j < end; j++) {
      const b = out[j]!
      if (b.type === 'heading') out[j] = { type: 'paragraph', children: b.children, ...(b.position && { position: b.position }) }
    }
    k = end - 1
  }
  return out
}

/** Whether a block opens a `<details>` element. */
export function opensDetails(block: RootContent): boolean {
  return block.type === 'html' && block.value.trimStart().toLowerCase().startsWith('<details')
}

/**
 * Index after the last block of the `<details>` element opening at
 * `blocks[start]`: the first block (the opening one included) whose text
 * holds `</details>` before the next `<details>`; an unclosed element ends
 * before the next heading.
 *
 * @example
 *   detailsEnd(blocks, 3, doc) // 7
 */
export function detailsEnd(blocks: readonly RootContent[], start: number, doc: SourceDocument): number {
  for (let k = start; k < blocks.length; k++) {
    if (k > start && opensDetails(blocks[k]!)) break
    if (closesDetails(blocks[k]!, doc)) return k + 1
  }
  let end = start + 1
  while (end < blocks.length && blocks[end]!.type !== 'heading' && !opensDetails(blocks[end]!)) end++
  return end
}

/**
 * What the summary of a `<details>` opening block is (see `DetailsContent.role`);
 * null for any other block.
 *
 * @example
 *   detailsRole(htmlOf('<details><summary>Answer</summary>')) // 'answer'
 */
export function detailsRole(block: RootContent): DetailsRole | null {
  if (!opensDetails(block) || block.type !== 'html') return null
  return summaryRole(readSummary(block.value).summary)
}

/** The summary text of an opening block's HTML and the HTML after it. */
function readSummary(value: string): { summary: string; rest: string } {
  const lower = value.toLowerCase()
  const summaryOpen = lower.indexOf('<summary')
  const summaryStart = summaryOpen === -1 ? -1 : lower.indexOf('>', summaryOpen) + 1
  const summaryEnd = summaryStart <= 0 ? -1 : lower.indexOf('</summary>', summaryStart)
  if (summaryEnd === -1) return { summary: '', rest: value.slice(value.indexOf('>') + 1) }
  return { summary: htmlText(value.slice(summaryStart, summaryEnd)), rest: value.slice(summaryEnd + '</summary>'.length) }
}

/** Whether a summary labels an answer or a hint rather than asking: a few label words and no `?`. */
function summaryRole(summary: string): DetailsRole {
  if (summary.includes('?')) return 'question'
  const words = summary
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
  if (words.length === 0 || words.length > 4) return 'question'
  if (words.some((w) => HINT_WORDS.has(w)) && words.every((w) => HINT_WORDS.has(w) || LABEL_WORDS.has(w))) return 'hint'
  return words.every((w) => LABEL_WORDS.has(w)) && words.some((w) => w !== 'to' && w !== 'the' && w !== 'me' && w !== 'here') ? 'answer' : 'question'
}

function closesDetails(block: RootContent, doc: SourceDocument): boolean {
  return block.type !== 'code' && nodeSource(block, doc).toLowerCase().includes('</details>')
}

function beforeClose(html: string): string {
  const cut = html.toLowerCase().indexOf('</details>')
  return cut === -1 ? html : html.slice(0, cut)
}

/**
 * Remove wrapper tags (`<br>`, `<b>`, `<p>`, …) and white space from both
 * ends of a fragment, and trim its lines.
 *
 * @example
 *   unwrap('<br><b>\n  Text\n</b>') // 'Text'
 */
export function unwrap(html: string): string {
  let text = html
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim()
  // A side that stops once never starts again (only the other end is cut),
  // so each side is given up for good, and the tag alone is lower-cased:
  // linear on a long run of `<br>`.
  let head = true
  let tail = true
  while (head || tail) {
    const close: number = head && text.startsWith('<') ? text.indexOf('>') : -1
    head = close !== -1 && WRAPPER_TAGS.has(tagName(text.slice(1, close).toLowerCase()))
    if (head) text = text.slice(close + 1).trim()
    const open: number = tail && text.endsWith('>') ? text.lastIndexOf('<') : -1
    tail = open !== -1 && WRAPPER_TAGS.has(tagName(text.slice(open + 1, -1).toLowerCase()))
    if (tail) text = text.slice(0, open).trim()
  }
  return text
}
