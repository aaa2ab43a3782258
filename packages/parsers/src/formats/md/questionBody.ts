import type { List, RootContent } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { blockSource, stripAnswerLabel } from './blockSource.js'
import { isChromeBlock } from './chromeBlock.js'
import { detailsContent } from './detailsContent.js'
import { opensDetails } from './detailsContent.js'
import { inlineToText } from './inlineToText.js'
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
  return block.type === 'code' || (block.type === 'paragraph' && block.children.every((c) => c.type === 'inlineCode' || (c.type === 'text' && c.value.trim() === '')))
}

/**
 * The options of a lettered list (`- A: …`, `- B) …`, `- (c) …`, in
 * order from A) when the answer text states which one is correct
 * ("Answer: D", "**Answer: b**", "The answer is C"). Null when the list is
 * not lettered or no valid letter is stated: then it stays answer text.
 *
 * WHY: multiple-choice collections often print options as a plain list with
 * letters and reveal the letter in the answer, instead of a task list.
 *
 * @example
 *   letteredChoices(listOf('- A: `1`\n- B: `2`'), '#### Answer: B') // [{ text: '`1`', correct: false }, { text: '`2`', correct: true }]
 */
function letteredChoices(list: List, answer: string): { text: string; correct: boolean }[] | null {
  if (list.children.length < 2) return null
  const options: string[] = []
  for (const [k, item] of list.children.entries()) {
    const text = optionText(inlineToText(item.children), k)
    if (text === null) return null
    options.push(text)
  }
  const stated = statedLetter(answer)
  if (stated === null) return null
  const correct = stated.charCodeAt(0) - 97
  if (correct < 0 || correct >= options.length) return null
  return options.map((text, k) => ({ text, correct: k === correct }))
}

// A letter label, `A:`, `A)`, `A.` or `(A)`, then a space and the option's text.
const OPTION = /^(?:\((\p{L})\)|(\p{L})[:).]) (.*)$/su
// The word "answer" (not ending a longer word), then punctuation or "is", then a letter standing alone: "Answer: D", "**answer is c**".
const STATED = /(?<!\p{L})answer[ \t:*_#\-–—=(]*(?:is [ \t:*_#\-–—=(]*)?([a-z])(?![\p{L}\p{N}])/u

/** The option text after a letter label (`A:`, `A)`, `A.`, `(A)`) that is the k-th letter; null otherwise. */
function optionText(text: string, k: number): string | null {
  const label = OPTION.exec(text)
  const rest = label?.[3]?.trim() ?? ''
  return (label?.[1] ?? label?.[2])?.toLowerCase().charCodeAt(0) === 97 + k && rest !== '' ? rest : null
}

/** The letter an answer states after the word "answer" ("Answer: D", "answer is c"), lower-case. */
function statedLetter(text: string): string | null {
  return STATED.exec(text.toLowerCase())?.[1] ?? null
}

/** Most words of a list item that names the subject of a question rather than answering it. */
const MAX_SUBJECT_WORDS = 6

/**
 * The subject of a question whose prompt ends in a colon and names it in
 * the bullet list right below ("Difference between:" / "- Virtual machines
 * vs containers"): the items' texts, when every item is one short phrase
 * (no sentence, no question), else null. The caller joins them to the
 * prompt and leaves the list out of the answer.
 *
 * @example
 *   subjectList('Difference between:', listOf(['Images vs containers'])) // ['Images vs containers']
 *   subjectList('What is Docker?', listOf(['Images vs containers'])) // null
 */
export function subjectList(prompt: string, block: RootContent | undefined): string[] | null {
  if (!prompt.trimEnd().endsWith(':') || block?.type !== 'list' || (block as List).ordered === true) return null
  const items: string[] = []
  for (const item of block.children) {
    if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return null
    const text = inlineToText(item.children)
    if (text === '' || text.includes('\n') || /[.?!:;]$/.test(text) || text.split(/\s+/).length > MAX_SUBJECT_WORDS) return null
    items.push(text)
  }
  return items.length > 0 ? items : null
}
