import { positionsOf, type IndexData } from './indexData.js'
import { lowerBound } from './lowerBound.js'

/** Corpus positions of excluded ids (every copy of a repeated id); unknown ids are dropped. */
export function excludedPositions(data: IndexData, ids: readonly string[]): ReadonlySet<number> {
  if (ids.length === 0) return NO_POSITIONS
  const positions = new Set<number>()
  for (const id of ids) {
    for (const pos of positionsOf(data, id)) positions.add(pos)
  }
  return positions
}

/**
 * Indices into `pool` of the excluded positions it contains, ascending:
 * O(excluded · log pool), never a pass over the pool.
 */
export function excludedPoolIndices(pool: Uint32Array, excluded: ReadonlySet<number>): number[] {
  const out: number[] = []
  for (const pos of excluded) {
    const i = lowerBound(pool, pos)
    if (pool[i] === pos) out.push(i)
  }
  return out.sort((a, b) => a - b)
}

const NO_POSITIONS: ReadonlySet<number> = new Set()
