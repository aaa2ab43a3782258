import * as z from 'zod'
import { KEBAB_ID_PATTERN } from '../ids.js'

// Bounds keep one bad file from exhausting memory; a real taxonomy is a few
// dozen topics (Django's has 27).
const MAX_TOPICS = 1_000

export const TopicInfoSchema = z.strictObject({
  id: z.string().max(60).regex(KEBAB_ID_PATTERN, 'expected a kebab-case topic id such as "static-files"').meta({
    description: 'Stable kebab-case id, used in records, filters and quiz specs.',
  }),
  label: z.string().min(1).max(100).meta({ description: 'Human-readable name for menus and charts.' }),
  description: z.string().min(1).max(1_000).meta({ description: 'What the topic covers, so contributors file questions consistently.' }),
})

export const TaxonomySchema = z
  .strictObject({
    id: z.string().max(60).regex(KEBAB_ID_PATTERN, 'expected a kebab-case subject id such as "django"').meta({
      description: 'The subject id; a question set names it in its "subject" field.',
    }),
    title: z.string().min(1).max(200),
    description: z.string().min(1).max(2_000).optional(),
    topics: z.array(TopicInfoSchema).min(1).max(MAX_TOPICS),
  })
  .superRefine((taxonomy, ctx) => {
    const firstSeen = new Map<string, number>()
    taxonomy.topics.forEach((t, i) => {
      const first = firstSeen.get(t.id)
      if (first === undefined) firstSeen.set(t.id, i)
      else ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `a topic id unique within the taxonomy (topics[${first}] already uses it)`, input: t.id })
    })
  })
  .meta({
    id: 'Taxonomy',
    title: 'Taxonomy',
    description: "A subject's controlled list of topics. Question sets name their subject; their questions' topics must be ids of its topics.",
  })

/** One topic of a {@link Taxonomy}. */
export type TopicInfo = z.infer<typeof TopicInfoSchema>

/**
 * A subject's topics, as data: `{ id, title, description?, topics: [{ id, label, description }] }`.
 * Typed with `TTopic` when the topic ids are known literals (e.g. a taxonomy
 * imported `as const`), so filters over its questions are checked at compile time.
 */
export type Taxonomy<TTopic extends string = string> = Omit<z.infer<typeof TaxonomySchema>, 'topics'> & {
  topics: readonly (TopicInfo & { id: TTopic })[]
}
