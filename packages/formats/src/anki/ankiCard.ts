import type { Question } from '@quizbank/core'
import type { NotExported } from '../types.js'
import { toAnkiHtml } from './ankiHtml.js'

/** Letters that number choices on the card, as `<ol type="A">` shows them. */
export const CHOICE_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * The front of a question's Anki card, as field HTML: the prompt, and the
 * choices as a lettered list. Shared by the text import file and the deck
 * package, so both show a question the same way.
 *
 * @example
 *   ankiFront({ ...q, prompt: 'a < b?', choices: undefined }) // 'a &lt; b?'
 */
export function ankiFront(q: Question): string {
  const prompt = toAnkiHtml(q.prompt)
  if (q.choices === undefined) return prompt
  return `${prompt}<ol type="A">${q.choices.map((c) => `<li>${toAnkiHtml(c.text)}</li>`).join('')}</ol>`
}

/**
 * The back of a question's Anki card, as field HTML: the right letters of a
 * multiple-choice question, then the answer.
 *
 * @example
 *   ankiBack({ ...q, answer: 'Yes.', choices: undefined }) // 'Yes.'
 */
export function ankiBack(q: Question): string {
  const answer = q.answer === undefined ? '' : toAnkiHtml(q.answer)
  if (q.choices === undefined) return answer
  const letters = q.choices.flatMap((c, i) => (c.correct ? [CHOICE_LETTERS[i]] : [])).join(', ')
  return `<p>Correct: ${letters}</p>${answer}`
}

/**
 * Why a question cannot go on an Anki card at all, or undefined when it can:
 * the card letters its choices, A to Z. Shared by both Anki writers.
 *
 * @example
 *   unletterable({ ...q, choices: undefined }) // undefined
 */
export function unletterable(q: Question): NotExported | undefined {
  const count = q.choices?.length ?? 0
  return count > CHOICE_LETTERS.length ? { id: q.id, reason: `${count} choices: a card letters at most ${CHOICE_LETTERS.length}` } : undefined
}
