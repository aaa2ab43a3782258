import type { Question } from '@quizbank/core'
import { joinLines } from '../shared/joinLines.js'
import { LICENSE_LOST, lostParts } from '../shared/lostParts.js'
import { questionsOf } from '../shared/questionsOf.js'
import type { ExportInput, ExportResult, Lost, NotExported } from '../types.js'

/** Letters of Aiken choices: "a single-letter character" (Moodle docs, "Aiken format"). */
export const AIKEN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * Write the multiple-choice questions that Aiken can hold (Moodle docs,
 * "Aiken format"): the question on one line, each choice on its own line as
 * `A. text`, then `ANSWER: A`; a blank line between questions. Aiken has one
 * right answer per question and no room for anything else, so:
 * open questions, questions with several right choices and questions with
 * more than 26 choices are listed in `notExported` with the reason; line
 * breaks inside a prompt or choice become spaces, and answer, hints, topic,
 * tags, difficulty and id are listed in `lost` — never dropped silently.
 *
 * @example
 *   toAiken(set).notExported // [{ id: 'acme/what-is-orm', reason: 'an open question: Aiken holds multiple-choice questions only' }, …]
 */
export function toAiken(input: ExportInput): ExportResult {
  const blocks: string[] = []
  const notExported: NotExported[] = []
  const lost: Lost[] = []
  for (const q of questionsOf(input)) {
    const why = notAiken(q)
    if (why !== undefined) {
      notExported.push({ id: q.id, reason: why })
      continue
    }
    const choices = q.choices ?? []
    const right = choices.findIndex((c) => c.correct)
    blocks.push([oneLine(q.prompt), ...choices.map((c, i) => `${AIKEN_LETTERS[i]}. ${oneLine(c.text)}`), `ANSWER: ${AIKEN_LETTERS[right]}`].join('\n'))
    lost.push(
      ...lostParts(q, {
        answer: 'Aiken has no explanation, only the right letter',
        hints: 'Aiken has no hints',
        topic: 'Aiken has no categories',
        tags: 'Aiken has no tags',
        difficulty: 'Aiken has no difficulty',
        id: 'Aiken has no question names',
        license: LICENSE_LOST,
      }),
    )
    if ([q.prompt, ...choices.map((c) => c.text)].some((t) => /[\r\n]/.test(t.trim()))) lost.push({ id: q.id, field: 'text', reason: 'Aiken keeps a question and each choice on one line: line breaks became spaces' })
  }
  return { text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`, exported: blocks.length, notExported, lost }
}

function notAiken(q: Question): string | undefined {
  const choices = q.choices ?? []
  if (choices.length === 0) return 'an open question: Aiken holds multiple-choice questions only'
  const right = choices.filter((c) => c.correct).length
  if (right !== 1) return `${right} right choices: Aiken names exactly one right answer`
  if (choices.length > AIKEN_LETTERS.length) return `${choices.length} choices: Aiken letters at most ${AIKEN_LETTERS.length}`
  return undefined
}

function oneLine(text: string): string {
  return joinLines(text.trim())
}
