import * as z from 'zod'
import { KEBAB_ID_PATTERN } from '@quizbank/core'
import { SourceAttributionSchema } from '@quizbank/core/schema'

/**
 * `sources/<set-id>/source.json`: what a contributor writes next to a raw
 * document. Attribution fields are the set's `source` (same rules as the
 * core schema); `expectedCount` is what the document holds, checked against
 * what the parser finds so that a parser regression fails the build loudly.
 */
export const SourceMetaSchema = z.strictObject({
  title: SourceAttributionSchema.shape.title,
  description: z.string().min(1).max(5_000).optional(),
  publisher: SourceAttributionSchema.shape.publisher.meta({ description: 'As printed in the document, or "unknown".' }),
  url: SourceAttributionSchema.shape.url,
  retrieved: SourceAttributionSchema.shape.retrieved,
  license: SourceAttributionSchema.shape.license,
  language: z.string().min(2).max(35),
  subject: z.string().regex(KEBAB_ID_PATTERN, 'expected a subject id such as "django"').meta({
    description: 'The subject: its taxonomy is taxonomies/<subject>.json, and its vocabulary (if any) in @quizbank/enrich/vocabularies.',
  }),
  expectedCount: z.int().min(1).meta({ description: 'How many questions the document holds.' }),
  clusters: z.enum(['reviewed']).optional().meta({
    description:
      'Where the near-duplicate clusters of the set come from: "reviewed" takes each question\'s "cluster" from reviewed.json (a question without one has no duplicate); absent, the rules of @quizbank/enrich find them.',
  }),
  format: z.enum(['quizbank', 'markdown', 'question-answer', 'article', 'numbered-list', 'headless-answers']).optional().meta({ description: 'Force a parser style instead of detecting it.' }),
})

export type SourceMeta = z.infer<typeof SourceMetaSchema>
