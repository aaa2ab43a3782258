import type { RootContent } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { readDetails, type DetailsElement } from './detailsElement.js'
import { questionBody } from './questionBody.js'
import { stripQuestionLabel } from '../../shared/questionCues.js'

/** What a `<details>` element holds, read as a question or as the answer or hint of the question before it. */
export interface DetailsContent {
  /** `question` when the summary asks; `answer` or `hint` when it only labels the content (`<summary>Answer</summary>`). */
  role: DetailsElement['role']
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
  const element = readDetails(blocks, start, doc)
  const body = questionBody(element.middle, doc)
  const text = [element.openingRest, body.answer, element.closingRest].filter((s) => s !== '').join('\n\n')
  const { role, end } = element
  if (role === 'hint') return { role, prompt: '', answer: '', hints: [...body.hints, ...(text === '' ? [] : [text])], end }
  if (role === 'answer') return { role, prompt: '', answer: text, hints: body.hints, end }
  const { number, text: prompt } = stripQuestionLabel(element.summary)
  return { role, prompt, number, answer: text, hints: body.hints, choices: body.choices, end }
}
