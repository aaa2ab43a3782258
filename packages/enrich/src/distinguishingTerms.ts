import type { PromptTerms } from './promptTerms.js'

/**
 * Groups of terms that tell otherwise similar questions apart. For each
 * group, two prompts must mention the same members (counting implied
 * concepts), or they are not duplicates however many other words they
 * share: "select_related" vs "prefetch_related", WSGI vs ASGI, `get()` vs
 * `filter()`, signals vs custom signals, DRF pagination vs view pagination.
 * A one-member group is a presence test ("custom", "drf", "security").
 * Terms named only as examples ("(e.g., CSRF, XSS)") do not count.
 */
export const DISTINGUISHING_GROUPS: readonly (readonly string[])[] = [
  ['select-related', 'prefetch-related'],
  ['queryset-get', 'queryset-filter', 'queryset-exclude'],
  ['wsgi', 'asgi'],
  ['wsgi-py', 'asgi-py'],
  ['function-based-views', 'class-based-views'],
  ['abstract-models', 'proxy-models'],
  ['foreign-key', 'many-to-many', 'one-to-one'],
  ['post-save', 'pre-save', 'delete-signals', 'm2m-changed', 'request-signals', 'class-prepared', 'post-migrate'],
  ['process-request', 'process-response', 'process-view', 'process-exception'],
  ['model-serializer', 'hyperlinked-serializer', 'list-serializer', 'nested-serializers'],
  ['token-auth', 'jwt'],
  ['csrf', 'xss', 'sql-injection', 'clickjacking', 'hsts', 'https', 'secure-cookies'],
  ['static-files', 'media-files'],
  ['template-tags', 'template-filters'],
  ['startproject', 'startapp'],
  ['project', 'app'],
  ['sync'],
  ['custom'],
  ['drf'],
  ['security'],
  ['template-inheritance'],
  ['testing'],
  ['production'],
]

/**
 * The first distinguishing group on which two prompts differ, or
 * `undefined` when none does.
 *
 * @example
 *   distinguishingConflict(promptTerms('Explain select_related.'), promptTerms('Explain prefetch_related.'))
 *   // ['select-related', 'prefetch-related']
 */
export function distinguishingConflict(
  a: PromptTerms,
  b: PromptTerms,
  groups: readonly (readonly string[])[] = DISTINGUISHING_GROUPS,
): readonly string[] | undefined {
  const has = (terms: PromptTerms, term: string) => terms.has(term) && terms.get(term) !== 'example'
  return groups.find((group) => group.some((term) => has(a, term) !== has(b, term)))
}
