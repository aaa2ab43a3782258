import * as z from 'zod'
import { KEBAB_ID_PATTERN, SET_ID_PATTERN } from '../ids.js'
import { LicenseSchema } from './license.js'
import { QuestionSchema, type Question } from './question.js'

// BCP 47 in its common shapes (language, optional script, region, variants);
// full validation needs the IANA registry, which is too big for a browser.
const BCP47 = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-[a-z\d]{5,8})*$/


export const SourceAttributionSchema = z.strictObject({
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(200),
  url: z.url('an absolute URL such as "https://example.com/page"').max(2_000).optional(),
  retrieved: z.iso.date('a date as YYYY-MM-DD').meta({ description: 'When the raw document was retrieved, YYYY-MM-DD.' }),
  license: LicenseSchema,
})

/** A set's fields other than its questions, checked alone when its questions are checked one by one (see `validateQuestionSet`). */
export const QuestionSetFieldsSchema = z.strictObject({
  id: z.string().max(100).regex(SET_ID_PATTERN, 'expected a kebab-case set id'),
  title: z.string().min(1).max(500),
  description: z.string().min(1).max(5_000).optional(),
  subject: z.string().max(60).regex(KEBAB_ID_PATTERN, 'expected a kebab-case subject id such as "django"').meta({
    description: "The id of the subject taxonomy the questions' topics come from, e.g. \"django\".",
  }),
  language: z.string().regex(BCP47, 'expected a BCP 47 language tag such as "en" or "en-GB"'),
  source: SourceAttributionSchema,
  questions: z.array(z.unknown()),
})

/** A problem across a set's questions, found by {@link questionSetRules}. */
export interface QuestionSetRuleIssue {
  readonly path: (string | number)[]
  readonly message: string
  readonly input: unknown
}

/**
 * The rules that span a set's questions: ids unique within the set, and
 * every question's `source.set` the set's own id. Reads only `id` and
 * `source.set`, so it may run on questions that have other problems.
 */
export function questionSetRules(set: { id: string; questions: readonly { id: string; source: { set: string } }[] }, add: (issue: QuestionSetRuleIssue) => void): void {
  const firstSeen = new Map<string, number>()
  set.questions.forEach((q, i) => {
    const first = firstSeen.get(q.id)
    if (first === undefined) firstSeen.set(q.id, i)
    else add({ path: ['questions', i, 'id'], message: `an id unique within the set (questions[${first}] already uses it)`, input: q.id })
    if (q.source.set !== set.id) add({ path: ['questions', i, 'source', 'set'], message: `the set's own id "${set.id}"`, input: q.source.set })
  })
}

export const QuestionSetSchema = QuestionSetFieldsSchema.extend({ questions: z.array(QuestionSchema) })
  .superRefine((set, ctx) => questionSetRules(set, (issue) => ctx.addIssue({ code: 'custom', ...issue })))
  .meta({ id: 'QuestionSet', title: 'QuestionSet', description: 'A set of quizbank questions from one source.' })

/** Attribution of a set's raw source document. */
export type SourceAttribution = z.infer<typeof SourceAttributionSchema>
/** A set of questions from one source, with its attribution; `TTopic` as in {@link Question}. */
export type QuestionSet<TTopic extends string = string> = Omit<z.infer<typeof QuestionSetSchema>, 'questions'> & { questions: Question<TTopic>[] }
