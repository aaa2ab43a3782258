import type { RootContent } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { detailsEnd, opensDetails, readDetails, type DetailsElement } from './detailsElement.js'
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
      if (b.type === 'heading') {
        const paragraph: RootContent = { type: 'paragraph', children: b.children }
        if (b.position !== undefined) paragraph.position = b.position
        out[j] = paragraph
      }
    }
    k = end - 1
  }
  return out
}
