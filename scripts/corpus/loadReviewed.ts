import { join } from 'node:path'
import * as z from 'zod'
import { DIFFICULTIES, KEBAB_ID_PATTERN, QUESTION_ID_PATTERN } from '@quizbank/core'
import { readCheckedJson } from './readInputFile.js'

/**
 * `sources/<set-id>/reviewed.json`: what a person judged, keyed by question
 * id, for fields where the source says nothing and no rule is confident:
 * the difficulty level (origin "reviewed"), and, in a set whose
 * `source.json` says `"clusters": "reviewed"`, the near-duplicate cluster
 * (a name shared with the questions, of any set of the subject, that a good
 * answer to this one would answer).
 *
 *     { "acme/what-is-a-view": { "difficulty": "beginner", "cluster": "what-is-a-view" } }
 */
export const ReviewedSchema = z.record(
  z.string().regex(QUESTION_ID_PATTERN, 'a question id such as "acme/what-is-django"'),
  z
    .strictObject({
      difficulty: z.enum(DIFFICULTIES).optional(),
      cluster: z.string().regex(KEBAB_ID_PATTERN, 'a kebab-case cluster name such as "asgi-vs-wsgi"').optional(),
    })
    .refine((entry) => entry.difficulty !== undefined || entry.cluster !== undefined, 'expected "difficulty", "cluster" or both'),
)

export type Reviewed = z.infer<typeof ReviewedSchema>

/** Read a set's reviewed file, if any; problems come back as messages. */
export function loadReviewed(sourceDir: string, setId: string): { reviewed: Reviewed; errors: string[] } {
  const rel = `sources/${setId}/reviewed.json`
  const { value, errors } = readCheckedJson(join(sourceDir, '..', '..'), rel, ReviewedSchema, {})
  return { reviewed: value, errors }
}
