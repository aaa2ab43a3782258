import type { List } from 'mdast'
import { inlineToText } from './inlineToText.js'

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
export function letteredChoices(list: List, answer: string): { text: string; correct: boolean }[] | null {
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
