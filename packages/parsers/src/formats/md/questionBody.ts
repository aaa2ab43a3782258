import type { RootContent } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { blocksSource } from './blockSource.js'
import { hintBlock } from './hintBlock.js'
import { classifyList, listChoices } from './listQuestions.js'

/** The parts of the blocks under a question heading (or inside `<details>`). */
export interface QuestionBody {
  hints: string[]
  choices?: { text: string; correct: boolean }[]
  /** Markdown of the answer blocks, separated by blank lines. */
  answer: string
  /** The blocks that belong to the question (hints, choices, answer), in order. */
  content: RootContent[]
  /** Thematic breaks after the content: separators, not answer. */
  trailingBreaks: RootContent[]
}

/**
 * Split the blocks under a question into hints (leading italic,
 * parenthetical or `Hint:` paragraphs and `> Hint:` quotes), choices (a
 * task list before the answer) and the answer (everything else). Thematic
 * breaks at the end are separators between questions.
 *
 * @example
 *   questionBody(blocks, doc).answer // 'A view takes a request and returns a response.'
 */
export function questionBody(blocks: readonly RootContent[], doc: SourceDocument): QuestionBody {
  let end = blocks.length
  while (end > 0 && blocks[end - 1]!.type === 'thematicBreak') end--
  const content = blocks.slice(0, end)
  const hints: string[] = []
  let choices: { text: string; correct: boolean }[] | undefined
  const answer: RootContent[] = []
  for (const block of content) {
    const hint = answer.length === 0 ? hintBlock(block) : null
    if (hint !== null) {
      if (hint !== '') hints.push(hint)
    } else if (block.type === 'list' && choices === undefined && answer.length === 0 && classifyList(block) === 'choices') choices = listChoices(block)
    else answer.push(block)
  }
  const body: QuestionBody = { hints, answer: blocksSource(answer, doc), content, trailingBreaks: blocks.slice(end) }
  if (choices !== undefined && choices.length > 0) body.choices = choices
  return body
}
