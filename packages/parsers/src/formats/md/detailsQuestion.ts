import type { RootContent } from 'mdast'
import type { DraftQuestion, SourceDocument } from '../../types.js'
import { readDetails } from './detailsElement.js'
import { makeDraft } from './makeDraft.js'
import { questionBody } from './questionBody.js'
import { stripQuestionLabel } from '../../shared/questionCues.js'

/**
 * A question written as `<details><summary>Question</summary>Answer</details>`,
 * starting at `blocks[start]`. The answer is the markdown between
 * `</summary>` and `</details>` (blank-line separated markdown blocks, or
 * HTML text inside the element, wrapper tags such as `<br><b>` removed).
 * Returns the question (null when the summary is empty or only labels the
 * content, as in `<summary>Answer</summary>`: see `detailsAnswer`) and the
 * index after the element's last block (see `detailsEnd`).
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
  const element = readDetails(blocks, start, doc)
  const first = blocks[start]!.position?.start.line ?? 0
  const last = blocks[element.end - 1]?.position?.end.line ?? first
  if (element.role !== 'question') return { question: null, end: element.end }
  const { number, text: prompt } = stripQuestionLabel(element.summary)
  if (prompt === '') return { question: null, end: element.end }
  const body = questionBody(element.middle, doc)
  const inner = [element.openingRest, body.answer, element.closingRest]
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
    end: element.end,
  }
}

/**
 * The content of a `<details>` element whose summary only labels it
 * (`<summary>Answer</summary>`, `<summary>Hint</summary>`): the answer or
 * hint of the question printed before it. Null when the summary asks a
 * question of its own.
 *
 * @example
 *   detailsAnswer(blocks, 5, doc) // { answer: 'A join of a table with itself.', hints: [], end: 8 }
 */
export function detailsAnswer(blocks: readonly RootContent[], start: number, doc: SourceDocument): { answer: string; hints: string[]; end: number } | null {
  const element = readDetails(blocks, start, doc)
  if (element.role === 'question') return null
  const body = questionBody(element.middle, doc)
  const text = [element.openingRest, body.answer, element.closingRest].filter((s) => s !== '').join('\n\n')
  if (element.role === 'hint') return { answer: '', hints: [...body.hints, ...(text === '' ? [] : [text])], end: element.end }
  return { answer: text, hints: body.hints, end: element.end }
}
