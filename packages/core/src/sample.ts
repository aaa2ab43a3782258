import type { Question } from './schema/question.js'
import type { QuestionIndex } from './createIndex.js'
import { QuizbankError, describeValue } from './errors.js'
import { Apportioner } from './query/apportion.js'
import { createDealer } from './query/createDealer.js'
import { excludedPoolIndices } from './query/exclusions.js'
import { idsOf, indexDataOf, type IndexData } from './query/indexData.js'
import { lowerBound } from './query/lowerBound.js'
import { prepareDeal, type DealOptions, type DealPlan } from './query/prepareDeal.js'

/** Options of {@link sample}: how many, the seed, a filter, and how to spread the draw. */
export interface SampleOptions<TTopic extends string = string> extends DealOptions<TTopic> {
  /** How many questions to draw (an integer ≥ 0). Required. */
  readonly count: number
}

/**
 * Draw `count` distinct questions at random, reproducibly: the same corpus,
 * options and seed give the same questions in the same order, on every
 * platform and every release of the same major version. The result equals
 * the first `count` questions of `createQuiz(index, options)`.
 *
 * After the filter's pool is known (cached per filter), a draw costs
 * O(count) expected time, whatever the pool size. Throws a
 * {@link QuizbankError} (`POOL_TOO_SMALL`) rather than return fewer than
 * `count`, or fewer than a stratum's share.
 *
 * The algorithm is part of that contract: the pool (or each stratum: topics
 * in taxonomy order, then difficulties easiest first, then `unrated`) is
 * walked in corpus order by a sparse Fisher–Yates shuffle driven by
 * `createRandom(seed)` (per stratum, `createRandom(seed + '/' + key)` with
 * keys like `topic=orm,difficulty=beginner`); excluded questions and, with
 * `distinct: 'cluster'`, repeated clusters are skipped; strata take turns by
 * Tijdeman's apportionment, so every prefix of the draw is within one
 * question of the weights.
 *
 * @example
 *   sample(index, { count: 10, seed: 'daily-2026-11-21', topics: ['orm', 'models'] })
 *   sample(index, { count: 10, seed: 7, stratify: { difficulty: { beginner: 50, intermediate: 30, advanced: 20 } }, distinct: 'cluster' })
 */
export function sample<Q extends Question>(index: QuestionIndex<Q>, options: NoInfer<SampleOptions<Q['topic']>>): Q[] {
  const data = indexDataOf(index, 'sample')
  const plan = prepareDeal(data, options, 'sample', ['count'])
  const count = options.count
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new QuizbankError('INVALID_OPTION', `sample: option "count": expected an integer ≥ 0, received ${describeValue(count)}.\n  example: { count: 10, seed: 42 }`, {
      option: 'count',
    })
  }
  checkCapacity(data, plan, count)
  const dealer = createDealer(data, plan.strata, plan)
  const questions: Q[] = []
  while (questions.length < count) {
    const pos = dealer.draw()
    // Only `distinct`, or an id repeated across strata, can make a stratum run dry after the capacity check.
    if (pos === undefined || dealer.dry.length > 0) throw ranDry(data, plan, count, questions.length, dealer.dry)
    questions.push(data.questions[pos] as Q)
  }
  return questions
}

/** Throw unless every stratum holds its share of `count` after exclusions (and, with repeated ids, counting each id once). */
function checkCapacity(data: IndexData, plan: DealPlan, count: number): void {
  const { strata, filter } = plan
  const available = strata.map((s) => s.pool.length - excludedPoolIndices(s.pool, plan.excluded).length - repeatsIn(data, s.pool, plan.excluded))
  const total = available.reduce((a, b) => a + b, 0)
  const repeated = idsOf(data).copies.size
  const excludedNote =
    (plan.excluded.size === 0 ? '' : ` after excluding ${plan.excluded.size} id${plan.excluded.size === 1 ? '' : 's'}`) +
    (repeated === 0 ? '' : `${plan.excluded.size === 0 ? '' : ','} counting each of the ${repeated} repeated ids once`)
  if (total < count) {
    // With weights, strata of weight 0 are not drawn from: say which are.
    const where = strata[0]?.key === '*' ? 'the filtered pool holds' : `the strata with a positive weight (${strata.map((s) => s.key).join(', ')}) hold`
    throw new QuizbankError('POOL_TOO_SMALL', `sample: option "count" asks for ${count} questions, but ${where} ${total}${excludedNote} (${filter.description}). Lower "count" or widen the filter.`, {
      option: 'count',
    })
  }
  if (strata.length < 2) return
  const seats = new Apportioner(strata.map((s) => s.weight))
  const demand = strata.map(() => 0)
  for (let k = 0; k < count; k++) demand[seats.next()]!++
  strata.forEach((s, i) => {
    if ((demand[i] as number) > (available[i] as number)) {
      throw new QuizbankError(
        'POOL_TOO_SMALL',
        `sample: option "stratify": ${count} questions at these weights need ${demand[i]} from ${s.key}, but the filtered pool holds ${available[i]} there${excludedNote} ` +
          `(${filter.description}). Lower "count", change the weights, or widen the filter.`,
        { option: 'stratify' },
      )
    }
  })
}

/**
 * How many questions of `pool` (ascending) are later copies of an id already
 * in it, exclusions aside: O(copies · log pool), and nothing when ids are unique.
 */
function repeatsIn(data: IndexData, pool: Uint32Array, excluded: ReadonlySet<number>): number {
  let repeats = 0
  for (const positions of idsOf(data).copies.values()) {
    let inPool = 0
    for (const pos of positions) {
      const at = lowerBound(pool, pos)
      if (pool[at] === pos && !excluded.has(pos)) inPool++
    }
    if (inPool > 1) repeats += inPool - 1
  }
  return repeats
}

/** The error for a draw that ran dry after the capacity check, naming what made it (never an option that was not set). */
function ranDry(data: IndexData, plan: DealPlan, count: number, got: number, dry: readonly string[]): QuizbankError {
  const where = plan.strata.length < 2 ? 'the filtered pool' : `stratum ${dry[0] ?? '?'}`
  const repeated = idsOf(data).copies.size > 0
  const what = plan.distinct
    ? `with distinct: 'cluster' ${where} ran out of distinct clusters${repeated ? ' (dealing each repeated id once)' : ''} after ${got}`
    : repeated
      ? `${where} ran out of distinct ids after ${got} (a repeated id is dealt once, whichever stratum holds it)`
      : `${where} ran out after ${got}, which should not happen (please report it with the options used)`
  const fixes = plan.distinct ? 'Lower "count", drop "distinct", or widen the filter.' : 'Lower "count" or widen the filter.'
  return new QuizbankError(
    'POOL_TOO_SMALL',
    `sample: option "count" asks for ${count} questions, but ${what} (${plan.filter.description}). ${fixes}`,
    { option: 'count' },
  )
}
