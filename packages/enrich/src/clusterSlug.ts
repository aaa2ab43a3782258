import { slugify } from '@quizbank/core'
import { leadClause } from './promptTerms.js'
import { GENERIC_WORDS, SCAFFOLD_WORDS } from './promptWords.js'
import { stemTerm } from '@quizbank/core/search'

/** Options of {@link clusterSlug}. */
export interface ClusterSlugOptions {
  /** Stemmed words to leave out besides the question scaffolding, e.g. the subject's own name (`CompiledVocabulary.subjectWords`). Default: none. */
  ignoreWords?: ReadonlySet<string>
  /** Most words kept. Default `4`. */
  maxWords?: number
}

/**
 * A readable kebab-case slug for a cluster, from its representative prompt:
 * the words of its lead clause ({@link leadClause}) minus question
 * scaffolding and, when something else is left, descriptive words
 * ("file", "framework"), in order, identifiers split at `_` and `.`. A
 * prompt of scaffolding only ("What is Django?") falls back to `slugify`
 * from `@quizbank/core`.
 *
 * @example
 *   clusterSlug('What is middleware in Django?') // 'middleware'
 *   clusterSlug("Explain Django's select_related and prefetch_related.") // 'select-related-prefetch-related'
 */
export function clusterSlug(prompt: string, options: ClusterSlugOptions = {}): string {
  const maxWords = options.maxWords ?? 4
  const words =
    (leadClause(prompt) ?? prompt)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’‘]s(?![a-z])/gi, '')
      .toLowerCase()
      .match(/[a-z0-9_]+(?:\.[a-z0-9_]+)*/g) ?? []
  const ignore = options.ignoreWords
  const content = words.filter((w) => !SCAFFOLD_WORDS.has(stemTerm(w)) && ignore?.has(stemTerm(w)) !== true)
  const specific = content.filter((w) => !GENERIC_WORDS.has(stemTerm(w)))
  const kept = (specific.length > 0 ? specific : content).slice(0, maxWords)
  const slug = kept
    .join(' ')
    .split(/[^a-z0-9]+/)
    .filter((part) => part !== '')
    .join('-')
  return slug === '' ? slugify(prompt, { maxWords }) : slug
}
