import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as z from 'zod'
import { DIFFICULTIES } from '@quizbank/core'
import { validateWith } from '@quizbank/core/schema'

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
  const file = join(sourceDir, 'reviewed.json')
  if (!existsSync(file)) return { reviewed: {}, errors: [] }
  const rel = `sources/${setId}/reviewed.json`
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return { reviewed: {}, errors: [`${rel}: not valid JSON (${(error as Error).message}).`] }
  }
  const result = validateWith(ReviewedSchema, json, { file: rel })
  return result.ok ? { reviewed: result.value, errors: [] } : { reviewed: {}, errors: result.issues.map((i) => i.message) }
}
