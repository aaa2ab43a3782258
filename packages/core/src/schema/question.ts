import * as z from 'zod'
import { DIFFICULTIES } from '../difficulties.js'
import { KEBAB_ID_PATTERN, QUESTION_ID_PATTERN, SET_ID_PATTERN } from '../ids.js'
import { LicenseSchema } from './license.js'

// Limits keep one bad record from exhausting memory in a browser and make
// "huge string" input fail with a message instead of a slow page.
const MAX_PROMPT = 2_000
const MAX_ANSWER = 100_000
const MAX_SHORT = 500

const nonBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, { message: 'a non-blank string' })

const kebab = KEBAB_ID_PATTERN
// Bounded so that building an index stays fast and one record cannot hold a
// corpus's worth of tags; real questions carry a handful.
const MAX_TAGS = 100

export const DifficultySchema = z.enum(DIFFICULTIES)

export const TopicSchema = z.string().max(60).regex(kebab, 'expected a kebab-case topic id such as "static-files"').meta({
  description: "A kebab-case topic id of the set's subject taxonomy (checked against it when one is given to validation).",
})

export const DifficultyInfoSchema = z.strictObject({
  level: DifficultySchema,
  origin: z.enum(['source', 'rule', 'reviewed']).meta({
    description: '"source": the document stated it; "rule": a documented enrichment rule inferred it; "reviewed": a person judged it (where neither applies).',
  }),
  rule: z.string().min(1).max(MAX_SHORT).optional().meta({ description: 'Which rule inferred it, when origin is "rule".' }),
})

export const ChoiceSchema = z.strictObject({
  text: nonBlank(MAX_SHORT * 4),
  correct: z.boolean(),
})

export const QuestionSourceSchema = z.strictObject({
  set: z.string().regex(SET_ID_PATTERN, 'expected a kebab-case set id'),
  lines: z
    .tuple([z.int().min(1), z.int().min(1)])
    .refine(([a, b]) => a <= b, { message: 'a first line that is not after the last line' })
    .meta({ description: 'First and last line (1-based, inclusive) in the raw source document.' }),
  section: z.array(nonBlank(MAX_SHORT)).optional().meta({ description: 'Heading path as printed, outermost first.' }),
  number: z.string().min(1).max(20).optional().meta({ description: "The question's own number as printed." }),
  promptInferred: z.boolean().meta({ description: 'True when the document printed no question and a rule wrote the prompt.' }),
})

export const AnswerOriginSchema = z
  .strictObject({
    kind: z.enum(['source', 'source-repaired', 'cluster', 'authored']).meta({
      description:
        '"source": printed in the document; "source-repaired": a reviewed repair of scraping damage (the printed text stays in flags.edited.answer); "cluster": taken from the near-duplicate question named in "from"; "authored": written for quizbank and reviewed against the documentation in "references".',
    }),
    from: z.string().max(160).regex(QUESTION_ID_PATTERN, 'expected a question id "<set-id>/<slug>"').optional().meta({ description: 'The question whose answer this is, when kind is "cluster".' }),
    references: z
      .array(z.url('an absolute URL such as "https://docs.djangoproject.com/en/5.2/"').max(2_000))
      .min(1)
      .max(10)
      .optional()
      .meta({ description: 'Documentation pages the answer was checked against; required when kind is "authored".' }),
  })
  .superRefine((origin, ctx) => {
    if (origin.kind === 'cluster' && origin.from === undefined) ctx.addIssue({ code: 'custom', path: ['from'], message: 'the id of the question the answer comes from (kind "cluster")', input: undefined })
    if (origin.kind === 'authored' && origin.references === undefined) ctx.addIssue({ code: 'custom', path: ['references'], message: 'at least one documentation URL (kind "authored")', input: undefined })
  })

export const QuestionLicenseSchema = z.strictObject({
  prompt: LicenseSchema.meta({ description: "The license the prompt's text may be used under." }),
  answer: LicenseSchema.optional().meta({ description: "The license the answer's text may be used under (with an answer only)." }),
})

export const QuestionFlagsSchema = z.strictObject({
  markers: z.array(nonBlank(MAX_SHORT)).optional().meta({ description: 'Markers printed next to the question in the source, e.g. "done".' }),
  damaged: z
    .array(z.string().regex(kebab))
    .optional()
    .meta({ description: 'What scraping damaged, e.g. "missing-inline-code".' }),
  edited: z
    .strictObject({ prompt: z.string().max(MAX_PROMPT).optional(), answer: z.string().max(MAX_ANSWER).optional() })
    .optional()
    .meta({ description: 'Original texts replaced by a reviewed editorial override.' }),
})

export const QuestionSchema = z
  .strictObject({
    id: z.string().max(160).regex(QUESTION_ID_PATTERN, 'expected "<set-id>/<slug>" in kebab-case'),
    prompt: nonBlank(MAX_PROMPT).meta({ description: 'Plain text; inline code kept in backticks.' }),
    answer: nonBlank(MAX_ANSWER).optional().meta({ description: 'Markdown.' }),
    hints: z.array(nonBlank(MAX_SHORT * 4)).min(1).optional(),
    choices: z
      .array(ChoiceSchema)
      .min(2)
      .refine((cs) => cs.some((c) => c.correct), { message: 'at least one choice marked correct' })
      .optional()
      .meta({ description: 'Options of a multiple-choice question; open questions have none.' }),
    topic: TopicSchema,
    tags: z.array(z.string().max(60).regex(kebab, 'expected a kebab-case tag')).max(MAX_TAGS),
    difficulty: DifficultyInfoSchema.optional(),
    source: QuestionSourceSchema,
    flags: QuestionFlagsSchema.optional(),
    cluster: z.string().regex(kebab).max(160).optional().meta({ description: 'Shared by near-duplicate questions across sets.' }),
    answerOrigin: AnswerOriginSchema.optional().meta({ description: 'Where the answer comes from; present with an answer only.' }),
    license: QuestionLicenseSchema.optional().meta({ description: 'Under which licenses the prompt and the answer may be used. Default: the set\'s source license.' }),
  })
  .superRefine((q, ctx) => {
    if (q.answerOrigin !== undefined && q.answer === undefined) ctx.addIssue({ code: 'custom', path: ['answerOrigin'], message: 'no answerOrigin without an answer', input: q.answerOrigin })
    if (q.license?.answer !== undefined && q.answer === undefined) ctx.addIssue({ code: 'custom', path: ['license', 'answer'], message: 'no answer license without an answer', input: q.license.answer })
  })
  .meta({ id: 'Question', title: 'Question', description: 'One quizbank question.' })

/**
 * One question. `TTopic` narrows `topic` to a subject's topic ids (the Django
 * corpus exports `DjangoQuestion = Question<DjangoTopic>`); by default any
 * kebab-case string, so questions of any subject type-check without casts.
 */
export type Question<TTopic extends string = string> = Omit<z.infer<typeof QuestionSchema>, 'topic'> & { topic: TTopic }
/** The options of a multiple-choice question. */
export type Choice = z.infer<typeof ChoiceSchema>
/** Where a question came from in its raw source. */
export type QuestionSource = z.infer<typeof QuestionSourceSchema>
/** Where a question's answer comes from. */
export type AnswerOrigin = z.infer<typeof AnswerOriginSchema>
/** The licenses of a question's prompt and answer. */
export type QuestionLicense = z.infer<typeof QuestionLicenseSchema>
/** Markers, damage and editorial fixes recorded on a question. */
export type QuestionFlags = z.infer<typeof QuestionFlagsSchema>
/** A difficulty level with where it came from. */
export type DifficultyInfo = z.infer<typeof DifficultyInfoSchema>
