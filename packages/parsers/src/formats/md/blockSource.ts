import type { Nodes } from 'mdast'
import type { SkippedRange, SkipReason, SourceDocument } from '../../types.js'
import { parseAnswerLabel } from '../../shared/labels.js'

// A block-quote marker at the start of a line.
const QUOTE = /^ {0,3}> ?/

/**
 * The markdown a block was written as, taken from the input by its
 * position, with the indentation of its container (a list item) removed
 * from continuation lines so it reads as top-level markdown.
 *
 * @example
 *   blockSource(listItem.children[1], doc) // '```python\nprint(1)\n```'
 */
export function blockSource(node: Nodes, doc: SourceDocument): string {
  const text = nodeSource(node, doc)
  const indent = (node.position?.start.column ?? 1) - 1
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : dedent(line, indent)))
    .join('\n')
    .trimEnd()
}

/** The input text from the start of a node to the end of `last` (the node itself by default), as printed; empty without positions. */
export function nodeSource(node: Nodes | undefined, doc: SourceDocument, last: Nodes | undefined = node): string {
  const from = node?.position?.start.offset
  const to = last?.position?.end.offset
  return from === undefined || to === undefined ? '' : doc.text.slice(from, to)
}

/** The lines a node spans, skipped for a reason. */
export function skippedRange(node: { position?: Nodes['position'] }, reason: SkipReason): SkippedRange {
  const first = node.position?.start.line ?? 0
  return { first, last: node.position?.end.line ?? first, reason }
}

/** Remove up to `columns` columns of leading white space (tabs to the next multiple of 4). */
function dedent(line: string, columns: number): string {
  let width = 0
  let i = 0
  while (i < line.length && width < columns) {
    const ch = line.charCodeAt(i)
    if (ch === 32) width++
    else if (ch === 9) width += 4 - (width % 4)
    else break
    i++
  }
  return line.slice(i)
}

/**
 * The markdown of a block that opens a question's answer, without its
 * answer label (see `stripAnswerLabel`). A block quote printed right under
 * a question ("> It returns `object`.") is the answer's typography, not a
 * quotation: its `>` markers are removed.
 *
 * @example
 *   answerSource(blockquote, doc) // 'Declarations move to the top.' for `> Answer: Declarations move to the top.`
 */
export function answerSource(node: Nodes, doc: SourceDocument): string {
  const lines = blockSource(node, doc).split('\n')
  return stripAnswerLabel((node.type === 'blockquote' ? lines.map((l) => l.replace(QUOTE, '')) : lines).join('\n'))
}

/**
 * Remove a printed answer label (`A:`, `Ans:`, `Answer:` or `Answer -`,
 * bare or bold, see `parseAnswerLabel`) from the start of an answer's
 * markdown. A label alone on its paragraph goes with that paragraph.
 *
 * @example
 *   stripAnswerLabel('A: It toggles between relative and fixed.') // 'It toggles between relative and fixed.'
 *   stripAnswerLabel('**Answer:**\n\n```js\nx\n```') // '```js\nx\n```'
 *   stripAnswerLabel('A closure is a function.') // 'A closure is a function.'
 */
export function stripAnswerLabel(markdown: string): string {
  const end = markdown.indexOf('\n')
  const first = end === -1 ? markdown : markdown.slice(0, end)
  // An indented first line keeps its label (at four spaces it is code). "A:" only with a colon:
  // "A - " would also start ordinary sentences.
  const label = /^\s|^(?:\*\*|__)?A\s[-–—]/.test(first) ? undefined : parseAnswerLabel(first)
  if (label === undefined) return markdown
  // "**Answer: B**" states the answer in bold; only a label that closes its bold is removed.
  const wrap = first.slice(0, 2)
  if ((wrap === '**' || wrap === '__') && first.indexOf(wrap, 2) + 2 > first.length - label.text.length) return markdown
  return `${label.text}${end === -1 ? '' : markdown.slice(end)}`.trim()
}
