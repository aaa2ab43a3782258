import { join } from 'node:path'
import * as z from 'zod'
import { QUESTION_ID_PATTERN } from '@quizbank/core'
import { readCheckedJson } from './readInputFile.js'

/**
 * `sources/<set-id>/overrides.json`: reviewed editorial fixes, keyed by
 * question id, each with its reason:
 * - `prompt`: a repair where scraping damaged the printed prompt (`kind:
 *   "repair"`, the default), or a question written from a section title that
 *   a source printed instead of a question (`kind: "question-from-title"`;
 *   the record's `source.promptInferred` is then true);
 * - `answer`: a repair of a printed answer that scraping damaged (the
 *   record's `answerOrigin.kind` is then `source-repaired`);
 * - `damaged`: what the reviewer found damaged, replacing the parser's own
 *   guess (`[]` when the parser's flag was a false alarm).
 * The record keeps the printed texts in `flags.edited`, so every change is
 * visible and reversible.
 *
 *     { "acme/use-file": { "prompt": "What is the use of the `manage.py` file?", "reason": "…" } }
 */
export const OverridesSchema = z.record(
  z.string().regex(QUESTION_ID_PATTERN, 'a question id such as "acme/what-is-django"'),
  z.strictObject({
    prompt: z.string().trim().min(1).max(2_000).optional(),
    kind: z.enum(['repair', 'question-from-title']).optional().meta({ description: 'What the prompt override does; default "repair".' }),
    answer: z.string().trim().min(1).max(100_000).optional(),
    damaged: z.array(z.string().regex(/^[a-z]+(?:-[a-z]+)*$/)).optional(),
    reason: z.string().trim().min(10).max(1_000).meta({ description: 'Why the printed text is wrong and where the fix comes from.' }),
  }).refine((o) => o.prompt !== undefined || o.answer !== undefined || o.damaged !== undefined, { message: 'a "prompt", an "answer" or a "damaged" list' }),
)

export type Overrides = z.infer<typeof OverridesSchema>

/** Read a set's overrides file, if any; problems come back as messages. */
export function loadOverrides(sourceDir: string, setId: string): { overrides: Overrides; errors: string[] } {
  const rel = `sources/${setId}/overrides.json`
  const { value, errors } = readCheckedJson(join(sourceDir, '..', '..'), rel, OverridesSchema, {})
  return { overrides: value, errors }
}
