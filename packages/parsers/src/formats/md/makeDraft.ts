import type { DraftQuestion } from '../../types.js'

/** Optional fields of a draft that an extractor may leave empty. */
type FoundField = 'answer' | 'hints' | 'choices' | 'section' | 'number' | 'markers' | 'id' | 'topic' | 'tags' | 'difficulty'

/** The fields a markdown extractor found for one question, lists read-only, any optional one undefined; empty ones are left out of the draft. */
export type DraftFields = Pick<DraftQuestion, 'prompt' | 'lines'> & {
  [K in FoundField]?: DraftQuestion[K] extends (infer E)[] | undefined ? readonly E[] | undefined : DraftQuestion[K] | undefined
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
