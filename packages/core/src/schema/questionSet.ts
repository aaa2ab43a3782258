import * as z from 'zod'
import { SET_ID_PATTERN } from '../ids.js'
import { QuestionSchema } from './question.js'

// BCP 47 in its common shapes (language, optional script, region, variants);
// full validation needs the IANA registry, which is too big for a browser.
const BCP47 = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-[a-z\d]{5,8})*$/

// SPDX ids are letters, digits, dots, dashes and pluses ("CC-BY-4.0", "MIT").
const SPDX = /^[A-Za-z\d][A-Za-z\d.+-]*$/

export const SourceAttributionSchema = z.strictObject({
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(200),
  url: z.url('an absolute URL such as "https://example.com/page"').max(2_000).optional(),
  retrieved: z.iso.date('a date as YYYY-MM-DD').meta({ description: 'When the raw document was retrieved, YYYY-MM-DD.' }),
  license: z.string().max(100).regex(SPDX, 'expected an SPDX id or "unknown"').meta({ description: 'An SPDX license id, or "unknown" when the document does not say.' }),
})

export const QuestionSetSchema = z
  .strictObject({
    id: z.string().max(100).regex(SET_ID_PATTERN, 'expected a kebab-case set id'),
    title: z.string().min(1).max(500),
    description: z.string().min(1).max(5_000).optional(),
    language: z.string().regex(BCP47, 'expected a BCP 47 language tag such as "en" or "en-GB"'),
    source: SourceAttributionSchema,
    questions: z.array(QuestionSchema),
  })
  .superRefine((set, ctx) => {
    const firstSeen = new Map<string, number>()
    set.questions.forEach((q, i) => {
      const first = firstSeen.get(q.id)
      if (first === undefined) firstSeen.set(q.id, i)
      else
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `an id unique within the set (questions[${first}] already uses it)`,
          input: q.id,
        })
      if (q.source.set !== set.id)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'source', 'set'],
          message: `the set's own id "${set.id}"`,
          input: q.source.set,
        })
    })
  })
  .meta({ id: 'QuestionSet', title: 'QuestionSet', description: 'A set of quizbank questions from one source.' })

/** Attribution of a set's raw source document. */
export type SourceAttribution = z.infer<typeof SourceAttributionSchema>
/** A set of questions from one source, with its attribution. */
export type QuestionSet = z.infer<typeof QuestionSetSchema>
