import { join } from 'node:path'
import * as z from 'zod'
import { DIFFICULTIES, QUESTION_ID_PATTERN } from '@quizbank/core'
import { readCheckedJson } from './readInputFile.js'

/**
 * `sources/<set-id>/reviewed.json`: what a person judged, keyed by question
 * id, for fields where the source says nothing and no rule is confident:
 * today the difficulty level (origin "reviewed").
 *
 *     { "acme/what-is-a-view": { "difficulty": "beginner" } }
 */
export const ReviewedSchema = z.record(
  z.string().regex(QUESTION_ID_PATTERN, 'a question id such as "acme/what-is-django"'),
  z.strictObject({ difficulty: z.enum(DIFFICULTIES) }),
)

export type Reviewed = z.infer<typeof ReviewedSchema>

/** Read a set's reviewed file, if any; problems come back as messages. */
export function loadReviewed(sourceDir: string, setId: string): { reviewed: Reviewed; errors: string[] } {
  const rel = `sources/${setId}/reviewed.json`
  const { value, errors } = readCheckedJson(join(sourceDir, '..', '..'), rel, ReviewedSchema, {})
  return { reviewed: value, errors }
}
