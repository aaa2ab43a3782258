import { QuizbankError, describeValue, listValues, suggest } from '../errors.js'
import { cached, type IndexData } from './indexData.js'
import { filterPool } from './filterPool.js'
import type { DifficultyLevel, NormalizedFilter } from './normalizeFilter.js'

/**
 * Draw a fixed share of the questions from each topic and/or difficulty.
 * Each dimension is `true` (equal shares for every value present in the
 * filtered pool) or relative weights per value (`{ beginner: 50, intermediate: 30,
 * advanced: 20 }` or the same as fractions; unlisted values are not drawn).
 * With both dimensions, a (topic, difficulty) stratum gets the product of its
 * two weights; strata with no question are dropped and the rest rescaled.
 */
export interface StratifyOptions<TTopic extends string = string> {
  /** Shares per topic. Default: not stratified by topic. */
  readonly topic?: true | Readonly<Partial<Record<TTopic, number>>> | undefined
  /** Shares per difficulty level (`'unrated'`: questions without one). Default: not stratified by difficulty. */
  readonly difficulty?: true | Readonly<Partial<Record<DifficultyLevel, number>>> | undefined
}

/** A part of the pool drawn with its own share. */
export interface Stratum {
  /** `*` when not stratified; else e.g. `topic=orm,difficulty=advanced`. */
  readonly key: string
  /** Corpus positions, ascending. */
  readonly pool: Uint32Array
  /** Share of the draws, all strata summing to 1. */
  readonly weight: number
}

type Dimension = 'topic' | 'difficulty'
const DIMENSIONS: readonly Dimension[] = ['topic', 'difficulty']

/** Split the filtered pool into weighted strata (one stratum when not stratified). */
export function resolveStrata(data: IndexData, filter: NormalizedFilter, stratify: StratifyOptions | undefined, caller: string): Stratum[] {
  const pool = filterPool(data, filter)
  if (stratify === undefined) return [{ key: '*', pool, weight: 1 }]
  if (typeof stratify !== 'object' || stratify === null) {
    throw new QuizbankError(
      'INVALID_OPTION',
      `${caller}: option "stratify": expected an object, received ${describeValue(stratify)}.\n  example: { stratify: { difficulty: { beginner: 50, intermediate: 30, advanced: 20 } } }`,
      { option: 'stratify' },
    )
  }
  for (const key of Object.keys(stratify)) {
    if (!(DIMENSIONS as readonly string[]).includes(key)) {
      throw new QuizbankError('UNKNOWN_VALUE', `${caller}: option "stratify": cannot stratify by ${describeValue(key)}.${suggest(key, DIMENSIONS)} Valid keys: ${listValues(DIMENSIONS)}.`, {
        option: 'stratify',
        expected: DIMENSIONS,
      })
    }
  }
  const dims = DIMENSIONS.filter((d) => stratify[d] !== undefined)
  if (dims.length === 0) return [{ key: '*', pool, weight: 1 }]
  const parts = partition(data, filter, pool, dims)
  const weights = new Map(dims.map((d) => [d, dimensionWeights(data, d, stratify[d], parts, filter, caller)]))
  const strata: { key: string; pool: Uint32Array; raw: number; log: number }[] = []
  for (const [cell, cellPool] of parts) {
    let raw = 1
    let log = 0
    let positive = true
    const labels: string[] = []
    for (const d of dims) {
      const value = data.fields[d].values[cellCode(cell, d, data)] as string
      const w = weights.get(d)?.get(value) ?? 0
      raw *= w
      log += Math.log(w)
      positive &&= w > 0
      labels.push(`${d}=${value}`)
    }
    if (positive) strata.push({ key: labels.join(','), pool: cellPool, raw, log })
  }
  let total = strata.reduce((sum, s) => sum + s.raw, 0)
  // Weights are any finite numbers ≥ 0, so products and sums can overflow
  // (Number.MAX_VALUE: every share became 0 or NaN and nothing was dealt)
  // or underflow (1e-200 × 1e-200 dropped a stratum). Then, and only then,
  // so ordinary weights keep their exact shares, rescale in log space
  // relative to the largest stratum, keeping every positive weight positive.
  if (!Number.isFinite(total) || strata.some((s) => s.raw === 0 || !Number.isFinite(s.raw))) {
    const top = strata.reduce((max, s) => Math.max(max, s.log), -Infinity)
    for (const s of strata) s.raw = Math.max(Math.exp(s.log - top), Number.MIN_VALUE)
    total = strata.reduce((sum, s) => sum + s.raw, 0)
  }
  return strata.map((s) => ({ key: s.key, pool: s.pool, weight: Math.max(s.raw / total, Number.MIN_VALUE) }))
}

// A cell number packs the topic code (high) and difficulty code (low).
const cellOf = (topic: number, difficulty: number, data: IndexData) => topic * data.fields.difficulty.values.length + difficulty
const cellCode = (cell: number, d: Dimension, data: IndexData) => {
  const width = data.fields.difficulty.values.length
  return d === 'topic' ? Math.floor(cell / width) : cell % width
}

/** The pool split by cell, in cell order; one pass over the pool, cached per filter. */
function partition(data: IndexData, filter: NormalizedFilter, pool: Uint32Array, dims: readonly Dimension[]): Map<number, Uint32Array> {
  return cached(data, `part:${dims.join('+')}:${filter.key}`, () => {
    const byTopic = dims.includes('topic')
    const byDifficulty = dims.includes('difficulty')
    const topic = data.fields.topic.column
    const difficulty = data.fields.difficulty.column
    const cells = new Uint32Array(pool.length)
    const counts = new Map<number, number>()
    for (let k = 0; k < pool.length; k++) {
      const pos = pool[k] as number
      const cell = cellOf(byTopic ? (topic[pos] as number) : 0, byDifficulty ? (difficulty[pos] as number) : 0, data)
      cells[k] = cell
      counts.set(cell, (counts.get(cell) ?? 0) + 1)
    }
    const parts = new Map<number, Uint32Array>()
    const fill = new Map<number, number>()
    for (const cell of [...counts.keys()].sort((a, b) => a - b)) {
      parts.set(cell, new Uint32Array(counts.get(cell) as number))
      fill.set(cell, 0)
    }
    for (let k = 0; k < pool.length; k++) {
      const cell = cells[k] as number
      const at = fill.get(cell) as number
      ;(parts.get(cell) as Uint32Array)[at] = pool[k] as number
      fill.set(cell, at + 1)
    }
    return parts
  })
}

/** Check one dimension's weights and return raw weight per value. */
function dimensionWeights(
  data: IndexData,
  d: Dimension,
  spec: unknown,
  parts: ReadonlyMap<number, Uint32Array>,
  filter: NormalizedFilter,
  caller: string,
): Map<string, number> {
  const option = `stratify.${d}`
  const present = new Set([...parts.keys()].map((cell) => data.fields[d].values[cellCode(cell, d, data)] as string))
  if (spec === true) return new Map([...present].map((v) => [v, 1]))
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new QuizbankError(
      'INVALID_WEIGHTS',
      `${caller}: option "${option}": expected true or an object of weights, received ${describeValue(spec)}.\n  example: { ${d}: ${d === 'difficulty' ? '{ beginner: 50, intermediate: 30, advanced: 20 }' : "{ orm: 2, views: 1 }"} }`,
      { option },
    )
  }
  const valid = data.fields[d].values
  const weights = new Map<string, number>()
  for (const [value, weight] of Object.entries(spec as Record<string, unknown>)) {
    if (data.fields[d].codes.get(value) === undefined) {
      throw new QuizbankError('UNKNOWN_VALUE', `${caller}: option "${option}": unknown ${d} ${describeValue(value)}.${suggest(value, valid)} Valid keys: ${listValues(valid)}.`, { option, expected: [...valid] })
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new QuizbankError('INVALID_WEIGHTS', `${caller}: option "${option}": the weight of ${describeValue(value)} must be a finite number ≥ 0, received ${describeValue(weight)}.`, { option })
    }
    if (weight > 0 && !present.has(value)) {
      throw new QuizbankError(
        'INVALID_WEIGHTS',
        `${caller}: option "${option}": ${describeValue(value)} has weight ${weight}, but no question in the filtered pool has ${d} ${describeValue(value)} (${filter.description}). ` +
          `Present: ${listValues(valid.filter((v) => present.has(v)))}. Remove the weight or widen the filter.`,
        { option, expected: valid.filter((v) => present.has(v)) },
      )
    }
    weights.set(value, weight)
  }
  if (![...weights.values()].some((w) => w > 0)) {
    throw new QuizbankError('INVALID_WEIGHTS', `${caller}: option "${option}": every weight is 0; give at least one of ${listValues([...present])} a positive weight.`, {
      option,
      expected: [...present],
    })
  }
  return weights
}
