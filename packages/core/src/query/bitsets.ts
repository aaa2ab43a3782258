import { postingsOf, type IndexData, type SingleFieldName } from './indexData.js'
import type { Clause } from './normalizeFilter.js'

/**
 * Fields with at most this many values get one bitset per value (n/8 bytes
 * each: 125 KB per value at a million questions), built on first use.
 * Topic, difficulty, has-answer and kind qualify; sets and clusters usually
 * do not, and are filtered through their postings instead.
 */
export const BITSET_MAX_CODES = 64

/** Whether a clause can be evaluated as a bitset. */
export function isBitsetClause(data: IndexData, clause: Clause): clause is Extract<Clause, { type: 'single' }> {
  return clause.type === 'single' && data.fields[clause.field].values.length <= BITSET_MAX_CODES
}

/**
 * The positions kept by every clause in `clauses` (all bitset clauses), as a
 * bitset: OR of value bitsets within a clause, AND across clauses. Cost
 * O(n/32 per value named), whatever the number of matches: the plan for
 * broad filters, where walking a postings list would touch most questions.
 *
 * @example
 *   const bits = intersectClauses(data, [{ type: 'single', field: 'topic', codes: [4, 3] }, { type: 'single', field: 'answer', codes: [1] }])
 *   positionsOf(bits, () => true) // ascending corpus positions
 */
export function intersectClauses(data: IndexData, clauses: readonly Extract<Clause, { type: 'single' }>[]): Uint32Array {
  const words = (data.size + 31) >>> 5
  const result = new Uint32Array(words).fill(0xffffffff)
  const scratch = new Uint32Array(words)
  for (const clause of clauses) {
    const codes = clause.codes
    // One value: its own bitset; several: their OR, in scratch.
    let bits: Uint32Array = scratch
    if (codes.length === 1) bits = valueBits(data, clause.field, codes[0] as number)
    else {
      scratch.fill(0)
      for (const code of codes) {
        const value = valueBits(data, clause.field, code)
        for (let w = 0; w < words; w++) scratch[w]! |= value[w] as number
      }
    }
    for (let w = 0; w < words; w++) result[w]! &= bits[w] as number
  }
  return result
}

/** The set positions of a bitset that also pass `check`, ascending. */
export function positionsOf(bits: Uint32Array, size: number, check: ((pos: number) => boolean) | undefined): Uint32Array {
  let count = 0
  for (const word of bits) count += popcount(word)
  const out = new Uint32Array(count)
  let kept = 0
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] as number
    while (word !== 0) {
      const low = word & -word
      const pos = (w << 5) + 31 - Math.clz32(low)
      word ^= low
      if (pos < size && (check === undefined || check(pos))) out[kept++] = pos
    }
  }
  return kept === count ? out : out.slice(0, kept)
}

function valueBits(data: IndexData, field: SingleFieldName, code: number): Uint32Array {
  const key = `bits:${field}:${code}`
  let bits = data.extensions.get(key) as Uint32Array | undefined
  if (bits === undefined) {
    bits = new Uint32Array((data.size + 31) >>> 5)
    for (const pos of postingsOf(data.fields[field], code)) bits[pos >>> 5]! |= 1 << (pos & 31)
    data.extensions.set(key, bits)
  }
  return bits
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}
