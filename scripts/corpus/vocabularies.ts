import type { Vocabulary } from '@quizbank/enrich'
import { django } from '@quizbank/enrich/vocabularies/django'

/**
 * The enrichment vocabulary of each subject that has one. A subject without
 * one is enriched from its taxonomy alone (topic labels, no inferred tags).
 */
export const VOCABULARIES: ReadonlyMap<string, Vocabulary> = new Map([['django', django]])
