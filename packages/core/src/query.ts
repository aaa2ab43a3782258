import type { Question } from './schema/question.js'
import type { QuestionIndex } from './createIndex.js'
import { QuizbankError, describeValue } from './errors.js'
import { excludedPoolIndices, excludedPositions } from './query/exclusions.js'
import { filterPool } from './query/filterPool.js'
import { indexDataOf } from './query/indexData.js'
import { normalizeFilter, type QuestionFilter } from './query/normalizeFilter.js'

/** Options of {@link query}: a filter plus paging. */
export interface QueryOptions<TTopic extends string = string> extends QuestionFilter<TTopic> {
  /** How many matches to skip. Default `0`. */
  readonly offset?: number | undefined
  /** Most questions to return. Default: all matches. */
  readonly limit?: number | undefined
}

/** One page of matches. */
export interface QueryResult<Q extends Question = Question> {
  /** The page, in corpus order. */
  readonly questions: Q[]
  /** How many questions match in all (every page together). */
  readonly total: number
}

/**
 * Questions matching a filter, in corpus order, one page at a time. The
 * filter's matches are cached per index (see `cacheSize`), so paging through
 * them costs O(page + excluded ids) per call.
 *
 * @example
 *   const { questions, total } = query(index, { topics: ['orm', 'models'], difficulties: ['beginner'], offset: 20, limit: 10 })
 */
export function query<Q extends Question>(index: QuestionIndex<Q>, options: NoInfer<QueryOptions<Q['topic']>> = {}): QueryResult<Q> {
  const data = indexDataOf(index, 'query')
  const filter = normalizeFilter(data, options, 'query', ['offset', 'limit'])
  const offset = nonNegativeInteger(options.offset, 'offset', 0)
  const limit = nonNegativeInteger(options.limit, 'limit', Infinity)
  const pool = filterPool(data, filter)
  const skip = excludedPoolIndices(pool, excludedPositions(data, filter.exclude))
  const total = pool.length - skip.length
  // Pool index of the offset-th kept match: every excluded index at or
  // before it pushes it one further.
  let at = offset
  let s = 0
  while (s < skip.length && (skip[s] as number) <= at) {
    at++
    s++
  }
  const questions: Q[] = []
  for (; at < pool.length && questions.length < limit; at++) {
    if (s < skip.length && skip[s] === at) {
      s++
      continue
    }
    questions.push(data.questions[pool[at] as number] as Q)
  }
  return { questions, total }
}

function nonNegativeInteger(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value === 'number' && (Number.isInteger(value) || value === Infinity) && value >= 0) return value
  throw new QuizbankError('INVALID_OPTION', `query: option "${option}": expected an integer ≥ 0, received ${describeValue(value)}.\n  example: { offset: 20, limit: 10 }`, { option })
}
