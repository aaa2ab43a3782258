// The URL is the state: every filter, search text and quiz spec lives in the
// hash's query string, so any view can be bookmarked or shared.
import type { QuestionFilter } from '@quizbank/core'
import type { DjangoTopic } from '@quizbank/corpus'

/** A filter of the corpus (topics typed as the corpus's topics; the index checks every value at run time). */
export type ExplorerFilter = QuestionFilter<DjangoTopic>

/** URL parameter → filter field, for the list-valued filters; repeat a parameter for several values. */
const LIST_PARAMS = {
  subject: 'subjects',
  topic: 'topics',
  tag: 'tags',
  difficulty: 'difficulties',
  set: 'sets',
  license: 'licenses',
} as const satisfies Record<string, keyof ExplorerFilter>

/** The list-valued URL parameters, in the order the filter form shows them. */
export const FILTER_PARAMS = Object.keys(LIST_PARAMS) as (keyof typeof LIST_PARAMS)[]

/**
 * Read the filter a URL's query string describes. Values are not checked
 * here: the index checks them and names an unknown one (shown to the user).
 *
 * @example
 *   parseFilter(new URLSearchParams('topic=orm&answer=yes')) // { topics: ['orm'], hasAnswer: true }
 */
export function parseFilter(params: URLSearchParams): ExplorerFilter {
  const filter: Record<string, unknown> = {}
  for (const [param, field] of Object.entries(LIST_PARAMS)) {
    const values = params.getAll(param).filter((v) => v !== '')
    if (values.length > 0) filter[field] = values
  }
  const answer = params.get('answer')
  if (answer === 'yes') filter.hasAnswer = true
  else if (answer === 'no') filter.hasAnswer = false
  return filter as ExplorerFilter
}

/**
 * Write a filter into `params` (the inverse of {@link parseFilter}).
 *
 * @example
 *   writeFilter(new URLSearchParams(), { topics: ['orm'] }).toString() // 'topic=orm'
 */
export function writeFilter(params: URLSearchParams, filter: ExplorerFilter): URLSearchParams {
  for (const [param, field] of Object.entries(LIST_PARAMS)) {
    for (const value of (filter[field] ?? []) as readonly string[]) params.append(param, value)
  }
  if (filter.hasAnswer !== undefined) params.set('answer', filter.hasAnswer ? 'yes' : 'no')
  return params
}

