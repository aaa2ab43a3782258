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

/** The option text after a letter label (`A:`, `A)`, `A.`, `(A)`) that is the k-th letter; null otherwise. */
function optionText(text: string, k: number): string | null {
  let t = text
  const paren = t.startsWith('(')
  if (paren) t = t.slice(1)
  const letter = t.charAt(0).toLowerCase()
  if (letter.charCodeAt(0) !== 97 + k) return null
  const mark = t.charAt(1)
  if (paren ? mark !== ')' : mark !== ':' && mark !== ')' && mark !== '.') return null
  const rest = t.slice(2)
  if (!rest.startsWith(' ')) return null
  return rest.trim() === '' ? null : rest.trim()
}

/** The letter an answer states after the word "answer" ("Answer: D", "answer is c"), lower-case. */
function statedLetter(text: string): string | null {
  const lower = text.toLowerCase()
  const skip = (i: number) => {
    while (i < lower.length && ' \t:*_#-–—=('.includes(lower.charAt(i))) i++
    return i
  }
  let from = 0
  for (;;) {
    const at = lower.indexOf('answer', from)
    if (at === -1) return null
    from = at + 6
    if (at > 0 && /\p{L}/u.test(lower.charAt(at - 1))) continue
    let i = skip(from)
    if (lower.startsWith('is ', i)) i = skip(i + 3)
    const letter = lower.charAt(i)
    const next = lower.charAt(i + 1)
    if (/^[a-z]$/.test(letter) && !/[\p{L}\p{N}]/u.test(next)) return letter
  }
}
