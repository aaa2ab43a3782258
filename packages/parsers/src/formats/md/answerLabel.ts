import { parseAnswerLabel } from '../../shared/labels.js'

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
