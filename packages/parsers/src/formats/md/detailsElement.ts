import type { RootContent } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { nodeSource } from './blockSource.js'
import { htmlText, tagName } from './htmlText.js'

/** Inline tags that only wrap or space an element's content (`<br><b>` after a summary, `</p>` before `</details>`). */
const WRAPPER_TAGS = new Set(['b', 'strong', 'i', 'em', 'p', 'br', 'div', 'span', 'hr', 'center'])

/**
 * Words of a summary that labels the hidden content instead of asking
 * ("Answer", "Show solution", "Click to expand"). Generic English only.
 */
const LABEL_WORDS = new Set(['answer', 'answers', 'solution', 'solutions', 'explanation', 'expand', 'reveal', 'show', 'hide', 'click', 'toggle', 'view', 'see', 'output', 'result', 'here', 'to', 'the', 'me', 'code', 'example'])
const HINT_WORDS = new Set(['hint', 'hints', 'tip', 'clue'])

/** A `<details>` element found among top-level blocks. */
export interface DetailsElement {
  /** Summary text: tags dropped, `<code>` as backticks, entities decoded. Empty when there is none. */
  summary: string
  /** What the summary is: a question, a label for an answer ("Answer"), or a label for a hint. */
  role: 'question' | 'answer' | 'hint'
  /** Markdown blocks between the opening and the closing block. */
  middle: RootContent[]
  /** Text inside the opening block after `</summary>`, and inside the closing block before `</details>`, wrapper tags removed. */
  openingRest: string
  closingRest: string
  /** Index after the element's last block. */
  end: number
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
 * Read the `<details>` element opening at `blocks[start]`.
 *
 * @example
 *   readDetails(blocks, 3, doc).summary // 'What is a view?'
 */
export function readDetails(blocks: readonly RootContent[], start: number, doc: SourceDocument): DetailsElement {
  const end = detailsEnd(blocks, start, doc)
  const opening = blocks[start]!
  const { summary, rest } = readSummary(opening.type === 'html' ? opening.value : '')
  const closingIndex = end - 1 > start && closesDetails(blocks[end - 1]!, doc) ? end - 1 : -1
  const closing = closingIndex === -1 ? undefined : blocks[closingIndex]
  return {
    summary,
    role: summaryRole(summary),
    middle: blocks.slice(start + 1, closingIndex === -1 ? end : closingIndex),
    openingRest: unwrap(beforeClose(rest)),
    closingRest: closing === undefined ? '' : unwrap(beforeClose(nodeSource(closing, doc))),
    end,
  }
}

/**
 * What the summary of a `<details>` opening block is (see `DetailsElement.role`);
 * null for any other block.
 *
 * @example
 *   detailsRole(htmlOf('<details><summary>Answer</summary>')) // 'answer'
 */
export function detailsRole(block: RootContent): DetailsElement['role'] | null {
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
function summaryRole(summary: string): DetailsElement['role'] {
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
  if (block.type === 'code') return false
  return nodeSource(block, doc).toLowerCase().includes('</details>')
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
