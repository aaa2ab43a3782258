import { join } from 'node:path'
import * as z from 'zod'
import { DIFFICULTIES } from '@quizbank/core'
import { validateWith } from '@quizbank/core/schema'
import { readInputJson } from './readInputFile.js'

/**
 * `sources/<set-id>/reviewed.json`: what a person judged, keyed by question
 * id, for fields where the source says nothing and no rule is confident:
 * today the difficulty level (origin "reviewed").
 *
 *     { "acme/what-is-a-view": { "difficulty": "beginner" } }
 */
export const ReviewedSchema = z.record(
  z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a question id such as "acme/what-is-django"'),
  z.strictObject({ difficulty: z.enum(DIFFICULTIES) }),
)

export type Reviewed = z.infer<typeof ReviewedSchema>

/** Read a set's reviewed file, if any; problems come back as messages. */
export function loadReviewed(sourceDir: string, setId: string): { reviewed: Reviewed; errors: string[] } {
  const rel = `sources/${setId}/reviewed.json`
  const { value: json, error } = readInputJson(join(sourceDir, '..', '..'), rel)
  if (error !== undefined) return { reviewed: {}, errors: [error] }
  if (json === undefined) return { reviewed: {}, errors: [] }
  const result = validateWith(ReviewedSchema, json, { file: rel })
  return result.ok ? { reviewed: result.value, errors: [] } : { reviewed: {}, errors: result.issues.map((i) => i.message) }
}
