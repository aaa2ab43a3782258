import type { PromptTerms } from './promptTerms.js'

/**
 * The first distinguishing group on which two prompts differ, or
 * `undefined` when none does.
 *
 * @example
 *   const terms = (p: string) => promptTerms(p, compileVocabulary(django))
 *   distinguishingConflict(terms('Explain select_related.'), terms('Explain prefetch_related.'), django.distinguishing ?? [])
 *   // ['select-related', 'prefetch-related']
 */
export function distinguishingConflict(
  a: PromptTerms,
  b: PromptTerms,
  groups: readonly (readonly string[])[],
): readonly string[] | undefined {
  const has = (terms: PromptTerms, term: string) => terms.has(term) && terms.get(term) !== 'example'
  return groups.find((group) => group.some((term) => has(a, term) !== has(b, term)))
}
