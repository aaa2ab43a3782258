import type { RootContent } from 'mdast'
import type { DraftQuestion, SourceDocument } from '../../types.js'
import { makeDraft } from './makeDraft.js'
import { questionBody } from './questionBody.js'
import { stripQuestionLabel } from './questionCues.js'

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ' }

/** Whether a block opens a `<details>` element. */
export function opensDetails(block: RootContent): boolean {
  return block.type === 'html' && block.value.trimStart().toLowerCase().startsWith('<details')
}

/**
 * A question written as `<details><summary>Question</summary>Answer</details>`,
 * starting at `blocks[start]`. The answer is the markdown between
 * `</summary>` and `</details>` (blank-line separated markdown blocks, or
 * HTML text inside the element). Returns the question (null when the
 * summary is empty) and the index after the element's last block; the
 * element ends at `</details>`, or before the next heading when unclosed.
 *
 * @example
 *   detailsQuestion(blocks, 4, doc, ['Basics']).question?.prompt // 'What is a view?'
 */
export function detailsQuestion(
  blocks: readonly RootContent[],
  start: number,
  doc: SourceDocument,
  section: readonly string[],
): { question: DraftQuestion | null; end: number } {
  let end = start
  while (end < blocks.length) {
    const block = blocks[end]!
    if (end > start && block.type === 'heading') break
    end++
    if (block.type === 'html' && block.value.toLowerCase().includes('</details>')) break
  }
  const opening = blocks[start]!
  const value = opening.type === 'html' ? opening.value : ''
  const lower = value.toLowerCase()
  const summaryOpen = lower.indexOf('<summary')
  const summaryStart = summaryOpen === -1 ? -1 : lower.indexOf('>', summaryOpen) + 1
  const summaryEnd = summaryStart <= 0 ? -1 : lower.indexOf('</summary>', summaryStart)
  const first = opening.position?.start.line ?? 0
  const last = blocks[end - 1]?.position?.end.line ?? first
  if (summaryEnd === -1) return { question: null, end }
  const { number, text: prompt } = stripQuestionLabel(htmlText(value.slice(summaryStart, summaryEnd)))
  if (prompt === '') return { question: null, end }
  const closing = end - 1 > start ? blocks[end - 1]! : undefined
  const middle = blocks.slice(start + 1, closing !== undefined && isClosing(closing) ? end - 1 : end)
  const body = questionBody(middle, doc)
  const inner = [htmlAnswer(value.slice(summaryEnd + '</summary>'.length)), body.answer]
  if (closing !== undefined && closing.type === 'html' && isClosing(closing)) inner.push(htmlAnswer(closing.value))
  return {
    question: makeDraft({
      prompt,
      answer: inner.filter((s) => s !== '').join('\n\n'),
      hints: body.hints,
      choices: body.choices,
      section,
      number,
      lines: { first, last },
    }),
    end,
  }
}

function isClosing(block: RootContent): boolean {
  return block.type === 'html' && block.value.toLowerCase().includes('</details>')
}

/** Text of HTML inside the element, up to `</details>`, dedented. */
function htmlAnswer(html: string): string {
  const cut = html.toLowerCase().indexOf('</details>')
  const text = cut === -1 ? html : html.slice(0, cut)
  return text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim()
}

/** Plain text of an HTML fragment: tags dropped, common entities and `**` emphasis removed. */
function htmlText(html: string): string {
  let out = ''
  let i = 0
  while (i < html.length) {
    const open = html.indexOf('<', i)
    if (open === -1) {
      out += html.slice(i)
      break
    }
    out += html.slice(i, open)
    const close = html.indexOf('>', open)
    if (close === -1) {
      out += html.slice(open)
      break
    }
    i = close + 1
  }
  for (const [entity, ch] of Object.entries(ENTITIES)) out = out.split(entity).join(ch)
  return out.split('**').join('').split('__').join('').replace(/\s+/g, ' ').trim()
}
