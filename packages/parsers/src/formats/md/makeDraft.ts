import type { DraftQuestion, LineRange } from '../../types.js'

/** The fields a markdown extractor found for one question; empty ones are left out of the draft. */
export interface DraftFields {
  prompt: string
  answer?: string | undefined
  hints?: readonly string[] | undefined
  choices?: readonly { text: string; correct: boolean }[] | undefined
  section?: readonly string[] | undefined
  number?: string | undefined
  lines: LineRange
  markers?: readonly string[] | undefined
  id?: string | undefined
  topic?: string | undefined
  tags?: readonly string[] | undefined
  difficulty?: DraftQuestion['difficulty']
}

/**
 * Build a draft question with its keys in one fixed order and without
 * empty optional fields, so output (and fixture JSON) is deterministic.
 *
 * @example
 *   makeDraft({ prompt: 'What is a view?', lines: { first: 3, last: 3 }, hints: [] })
 *   // { prompt: 'What is a view?', lines: { first: 3, last: 3 }, promptInferred: false }
 */
export function makeDraft(f: DraftFields): DraftQuestion {
  // Keys are added in display order; `lines` and `promptInferred` go after the content fields.
  const out: Partial<DraftQuestion> = { prompt: f.prompt }
  if (f.answer !== undefined && f.answer.trim() !== '') out.answer = f.answer
  if (f.hints !== undefined && f.hints.length > 0) out.hints = [...f.hints]
  if (f.choices !== undefined && f.choices.length > 0) out.choices = f.choices.map((c) => ({ text: c.text, correct: c.correct }))
  if (f.section !== undefined && f.section.length > 0) out.section = [...f.section]
  if (f.number !== undefined) out.number = f.number
  out.lines = { first: f.lines.first, last: f.lines.last }
  out.promptInferred = false
  if (f.markers !== undefined && f.markers.length > 0) out.markers = [...f.markers]
  if (f.id !== undefined) out.id = f.id
  if (f.topic !== undefined) out.topic = f.topic
  if (f.tags !== undefined && f.tags.length > 0) out.tags = [...f.tags]
  if (f.difficulty !== undefined) out.difficulty = f.difficulty
  return out as DraftQuestion
}
