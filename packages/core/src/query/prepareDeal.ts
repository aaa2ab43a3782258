import { seedToString, type Seed } from '../createRandom.js'
import { QuizbankError, describeValue } from '../errors.js'
import { excludedPositions } from './exclusions.js'
import type { IndexData } from './indexData.js'
import { normalizeFilter, type NormalizedFilter, type QuestionFilter } from './normalizeFilter.js'
import { resolveStrata, type StratifyOptions, type Stratum } from './resolveStrata.js'

/** What makes a draw: a filter, a seed, and how to spread and de-duplicate it. */
export interface DealOptions<TTopic extends string = string> extends QuestionFilter<TTopic> {
  /** Makes the draw reproducible: same corpus, options and seed → same questions in the same order. Required. */
  readonly seed: Seed
  /** Spread the draw over topics and/or difficulties with fixed shares. Default: one pool, drawn uniformly. */
  readonly stratify?: StratifyOptions<TTopic> | undefined
  /** `'cluster'`: never two questions with the same `cluster` id (near-duplicates). Default: no constraint. */
  readonly distinct?: 'cluster' | undefined
}

/** A checked draw specification, ready for a dealer. */
export interface DealPlan {
  readonly filter: NormalizedFilter
  readonly seed: string
  readonly strata: readonly Stratum[]
  readonly excluded: ReadonlySet<number>
  readonly distinct: boolean
}

/** Check draw options and resolve them against the index. */
export function prepareDeal(data: IndexData, options: DealOptions, caller: string, otherOptions: readonly string[]): DealPlan {
  const filter = normalizeFilter(data, options, caller, ['seed', 'stratify', 'distinct', ...otherOptions])
  const seed = seedToString(options.seed, caller)
  if (options.distinct !== undefined && options.distinct !== 'cluster') {
    throw new QuizbankError('UNKNOWN_VALUE', `${caller}: option "distinct": expected 'cluster' (or no value), received ${describeValue(options.distinct)}.`, {
      option: 'distinct',
      expected: ['cluster'],
    })
  }
  return {
    filter,
    seed,
    strata: resolveStrata(data, filter, options.stratify, caller),
    excluded: excludedPositions(data, filter.exclude),
    distinct: options.distinct === 'cluster',
  }
}
