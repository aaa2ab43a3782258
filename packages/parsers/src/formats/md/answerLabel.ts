/**
 * Remove a printed answer label from the start of an answer's markdown:
 * `A:`, `Ans:`, `Answer:` or `Answer -`, bare or bold (`**Answer:**`).
 * A label alone on its paragraph goes with that paragraph.
 *
 * @example
 *   stripAnswerLabel('A: It toggles between relative and fixed.') // 'It toggles between relative and fixed.'
 *   stripAnswerLabel('**Answer:**\n\n```js\nx\n```') // '```js\nx\n```'
 *   stripAnswerLabel('A closure is a function.') // 'A closure is a function.'
 */
export function stripAnswerLabel(markdown: string): string {
  let i = 0
  const wrap = markdown.startsWith('**') || markdown.startsWith('__') ? markdown.slice(0, 2) : ''
  i += wrap.length
  let word = ''
  while (i < markdown.length && /[a-z]/i.test(markdown.charAt(i))) word += markdown.charAt(i++)
  const w = word.toLowerCase()
  if (w !== 'a' && w !== 'ans' && w !== 'answer') return markdown
  let closed = wrap === ''
  if (!closed && markdown.startsWith(wrap, i)) {
    i += 2
    closed = true
  }
  while (markdown.charAt(i) === ' ' || markdown.charAt(i) === '\t') i++
  const mark = markdown.charAt(i)
  // "A:" only with a colon: "A - " or "A." would also start ordinary sentences.
  if (!(mark === ':' || (w !== 'a' && (mark === '-' || mark === '–' || mark === '—')))) return markdown
  i++
  if (!closed && markdown.startsWith(wrap, i)) {
    i += 2
    closed = true
  }
  // "**Answer: B**" states the answer in bold; only a label that closes its bold is removed.
  if (!closed) return markdown
  const rest = markdown.slice(i)
  if (!(rest === '' || rest.startsWith(' ') || rest.startsWith('\t') || rest.startsWith('\n'))) return markdown
  return rest.trim()
}
