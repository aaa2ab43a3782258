import type { Question } from '@quizbank/core'
import type { Lost } from '../types.js'

/** The reason every format but JSON gives for a question's license: it has no field for it. */
export const LICENSE_LOST = 'the format has no field for it: attribute the texts yourself (each question\'s license is in the JSON export)'

/** Question fields a format may not carry, in the order they are reported. */
export type LosableField = 'answer' | 'hints' | 'choices' | 'topic' | 'tags' | 'difficulty' | 'id' | 'license'

/**
 * One {@link Lost} entry per field of `question` that is set and that the
 * format cannot carry, each with the format's reason.
 *
 * @example
 *   lostParts(q, { hints: 'GIFT has no hints' }) // [{ id: q.id, field: 'hints', reason: 'GIFT has no hints' }] when q has hints
 */
export function lostParts(question: Question, reasons: Partial<Record<LosableField, string>>): Lost[] {
  const has: Record<LosableField, boolean> = {
    answer: question.answer !== undefined,
    hints: (question.hints?.length ?? 0) > 0,
    choices: (question.choices?.length ?? 0) > 0,
    topic: true,
    tags: question.tags.length > 0,
    difficulty: question.difficulty !== undefined,
    id: true,
    // Who may reuse the text, and the attribution it asks for, go missing with it: said, so the user can attribute.
    license: question.license !== undefined,
  }
  const out: Lost[] = []
  for (const [field, reason] of Object.entries(reasons) as [LosableField, string][]) {
    if (has[field]) out.push({ id: question.id, field, reason })
  }
  return out
}

/**
 * A {@link Lost} entry when a text of the question has white space around it
 * that a format trims away.
 *
 * @example
 *   trimmedAway(q, 'prompt', ' a ', 'GIFT') // [{ id, field: 'prompt', reason: 'GIFT trims the white space around it' }]
 */
export function trimmedAway(question: Question, field: string, text: string | undefined, format: string): Lost[] {
  return text !== undefined && text !== text.trim() ? [{ id: question.id, field, reason: `${format} trims the white space around it` }] : []
}
