import type { RootContent } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { stripAnswerLabel } from './answerLabel.js'
import { blockSource } from './blockSource.js'
import { isChromeBlock } from './chromeBlock.js'
import { detailsContent } from './detailsContent.js'
import { opensDetails } from './detailsElement.js'
import { letteredChoices } from './letteredChoices.js'
import { hintBlock } from './splitPromptNodes.js'
import { classifyList, listChoices } from './listQuestions.js'

/** The parts of the blocks under a question heading (or inside `<details>`). */
export interface QuestionBody {
  hints: string[]
  choices?: { text: string; correct: boolean }[]
  /** Markdown of the answer blocks, separated by blank lines. */
  answer: string
  /** The blocks that belong to the question (hints, choices, answer), in order. */
  content: RootContent[]
  /** Thematic breaks and site furniture (back-to-top links) after the content: not answer. */
  trailingBreaks: RootContent[]
}

/** Options of {@link questionBody}. */
export interface QuestionBodyOptions {
  /** The answer has already begun (text on the prompt's own lines), so no block is read as a hint or choices. Default `false`. */
  answerStarted?: boolean
}

/**
 * Split the blocks under a question into hints (leading italic,
 * parenthetical or `Hint:` paragraphs and `> Hint:` quotes), choices (a
 * task list before the answer, or after nothing but the question's code),
 * or a lettered list (`- A: …`) whose letter the answer states), and the
 * answer (everything else). A `<details>` element labelled
 * "Answer" (or "Hint") is unwrapped into the answer (or hints). Thematic
 * breaks and back-to-top links at the end are separators between
 * questions, not answer. A leading `A:` / `Answer:` label is removed.
 *
 * @example
 *   questionBody(blocks, doc).answer // 'A view takes a request and returns a response.'
 */
export function questionBody(blocks: readonly RootContent[], doc: SourceDocument, options: QuestionBodyOptions = {}): QuestionBody {
  let end = blocks.length
  while (end > 0 && (blocks[end - 1]!.type === 'thematicBreak' || isChromeBlock(blocks[end - 1]!))) end--
  const content = blocks.slice(0, end)
  const hints: string[] = []
  let choices: { text: string; correct: boolean }[] | undefined
  const answer: { block: RootContent | null; text: string }[] = []
  // Code (or an inline-code line) printed with the question before its options, as in "What does this print?".
  let onlyCode = !options.answerStarted
  for (let k = 0; k < content.length; k++) {
    const block = content[k]!
    const details = opensDetails(block) ? detailsContent(content, k, doc) : null
    if (details !== null && details.role !== 'question') {
      hints.push(...details.hints)
      if (details.answer !== '') answer.push({ block: null, text: details.answer })
      k = details.end - 1
      continue
    }
    const hint = answer.length === 0 && !options.answerStarted ? hintBlock(block) : null
    if (hint !== null) {
      if (hint !== '') hints.push(hint)
    } else if (block.type === 'list' && choices === undefined && (answer.length === 0 || onlyCode) && !options.answerStarted && classifyList(block) === 'choices') choices = listChoices(block)
    else {
      if (!isCode(block)) onlyCode = false
      const text = blockSource(block, doc)
      answer.push({ block, text: answer.length === 0 && !options.answerStarted ? stripAnswerLabel(text) : text })
    }
  }
  // Lettered options ("- A: …") whose correct letter the rest of the answer states.
  for (let k = 0; k < answer.length && choices === undefined; k++) {
    const block = answer[k]!.block
    if (block?.type !== 'list') continue
    const rest = answer.slice(k + 1).map((a) => a.text)
    choices = letteredChoices(block, rest.join('\n\n')) ?? undefined
    if (choices !== undefined) answer.splice(k, 1)
  }
  const body: QuestionBody = {
    hints,
    answer: answer
      .map((a) => a.text)
      .filter((a) => a.trim() !== '')
      .join('\n\n'),
    content,
    trailingBreaks: blocks.slice(end),
  }
  if (choices !== undefined && choices.length > 0) body.choices = choices
  return body
}

function isCode(block: RootContent): boolean {
  if (block.type === 'code') return true
  return block.type === 'paragraph' && block.children.every((c) => c.type === 'inlineCode' || (c.type === 'text' && c.value.trim() === ''))
}
