import { BLOCK_SHIFT } from './blockMaxima.js'
import type { TextIndex } from './buildTextIndex.js'
import { coverageFactor, type Coordination, type Ranked, type Scratch } from './rankDocuments.js'
import { TopK } from './topK.js'
import { lowerBound } from '../query/lowerBound.js'

/** A matched term and what its impacts are multiplied by (> 0). */
export interface FactoredTerm {
  readonly id: number
  readonly factor: number
  /** Which query word it matched (its group), for coordination. */
  readonly group?: number
}

/** Options of {@link rankAroundLongest}: as `rankDocuments`' for an OR query. */
export interface AroundLongestOptions {
  readonly allowed: Uint8Array | undefined
  readonly excluded: ReadonlySet<number>
  readonly k: number
}

/**
 * The exact OR ranking of `terms` (each word's best share added in query
 * order, as the exhaustive path adds them; a word's terms are consecutive
 * and share its `group`) without scoring every posting of the longest one,
 * `terms[long]` — for a common word, nearly all the work. The other terms
 * are accumulated as usual, looking their documents up in the long term by
 * binary search (postings are sorted by document); then the long term's
 * remaining documents, whose score is one product, are offered block by
 * block, skipping each block whose best impact cannot beat the worst kept
 * hit. Its documents are counted without scoring (its posting count, or
 * through the filter mask). Same floating-point sums in the same order, so
 * hits, scores and tie order are identical to the exhaustive path.
 */
export function rankAroundLongest(
  text: TextIndex,
  scratch: Scratch,
  terms: readonly FactoredTerm[],
  long: number,
  options: AroundLongestOptions,
  coordination?: Coordination,
): { top: Ranked[]; total: number } {
  const { docs, impacts, blockMax, termMax, offsets } = text
  const { scores, groups: mark, touched, bits, best, wordTouched } = scratch
  const { allowed, k } = options
  const excluded = options.excluded.size === 0 ? undefined : options.excluded
  const { id: longId, factor: longFactor, group: longGroup = 0 } = terms[long] as FactoredTerm
  const longBit = 1 << longGroup
  const from = offsets[longId] as number
  const to = offsets[longId + 1] as number
  // mark: 0 untouched, 1 matched by another term only, 2 also by the long
  // term; + IN_WORD while the word being added collects its best shares.
  const IN_WORD = 4
  let touchedCount = 0
  /** A document first met after the long term's word: that word's share (the long term's alone) comes first, as it would have. */
  const meet = (d: number, afterLong: boolean) => {
    touched[touchedCount++] = d
    mark[d] = 1
    const q = afterLong ? find(docs, from, to, d) : -1
    if (q >= 0) {
      scores[d] = 0 + longFactor * (impacts[q] as number)
      mark[d] = 2
      bits[d] = longBit
    }
  }
  // Word by word (terms come grouped by word), in query order.
  for (let i = 0; i < terms.length; ) {
    const g = terms[i]?.group ?? 0
    let j = i + 1
    while (j < terms.length && (terms[j]?.group ?? 0) === g) j++
    const bit = 1 << g
    const afterLong = long < i
    if (j - i === 1 && i !== long) {
      // One term: its shares are the word's.
      const { id, factor } = terms[i] as FactoredTerm
      for (let p = offsets[id] as number; p < (offsets[id + 1] as number); p++) {
        const d = docs[p] as number
        if (allowed !== undefined && allowed[d] !== 1) continue
        if (mark[d] === 0) meet(d, afterLong)
        scores[d] = (scores[d] as number) + factor * (impacts[p] as number)
        bits[d] = (bits[d] as number) | bit
      }
      i = j
      continue
    }
    // Several terms, or the long one: each document's best share, then added once.
    let wordCount = 0
    const offer = (d: number, share: number) => {
      if (((mark[d] as number) & IN_WORD) === 0) {
        mark[d] = (mark[d] as number) | IN_WORD
        best[d] = share
        wordTouched[wordCount++] = d
      } else if (share > (best[d] as number)) best[d] = share
    }
    for (let t = i; t < j; t++) {
      if (t === long) continue
      const { id, factor } = terms[t] as FactoredTerm
      for (let p = offsets[id] as number; p < (offsets[id + 1] as number); p++) {
        const d = docs[p] as number
        if (allowed !== undefined && allowed[d] !== 1) continue
        if (mark[d] === 0) meet(d, afterLong)
        offer(d, factor * (impacts[p] as number))
      }
    }
    if (long >= i && long < j) {
      // Every document met so far may hold the long term: looked up, its share joins this word's.
      for (let x = 0; x < touchedCount; x++) {
        const d = touched[x] as number
        const q = find(docs, from, to, d)
        if (q < 0) continue
        mark[d] = ((mark[d] as number) & IN_WORD) | 2
        bits[d] = (bits[d] as number) | longBit
        offer(d, longFactor * (impacts[q] as number))
      }
    }
    for (let w = 0; w < wordCount; w++) {
      const d = wordTouched[w] as number
      scores[d] = (scores[d] as number) + (best[d] as number)
      bits[d] = (bits[d] as number) | bit
      mark[d] = (mark[d] as number) & ~IN_WORD
    }
    i = j
  }

  const heap = new TopK(k)
  let total = 0
  for (let t = 0; t < touchedCount; t++) {
    const d = touched[t] as number
    if (excluded !== undefined && excluded.has(d)) continue
    heap.offer(d, coordination === undefined ? (scores[d] as number) : (scores[d] as number) * coverageFactor(bits[d] as number, coordination))
    if (mark[d] === 1) total++
  }
  if (k > 0) {
    // A tie with the worst kept hit wins only for an earlier document, and postings ascend.
    const beaten = (best: number, first: number) => heap.full && (best < heap.worstScore || (best === heap.worstScore && first > heap.worstDoc))
    // A document only the long term holds is scaled by that word's coverage alone (1 without coordination).
    const alone = coordination === undefined ? 1 : coverageFactor(longBit, coordination)
    const termBest = longFactor * (termMax[longId] as number) * alone
    let at = from
    while (at < to) {
      if (beaten(termBest, docs[at] as number)) break
      const block = at >>> BLOCK_SHIFT
      const end = Math.min(to, (block + 1) << BLOCK_SHIFT)
      if (!beaten(longFactor * (blockMax[block] as number) * alone, docs[at] as number)) {
        for (let p = at; p < end; p++) {
          const d = docs[p] as number
          if (mark[d] !== 0 || (allowed !== undefined && allowed[d] !== 1) || (excluded !== undefined && excluded.has(d))) continue
          const score = 0 + longFactor * (impacts[p] as number)
          heap.offer(d, coordination === undefined ? score : score * alone)
        }
      }
      at = end
    }
  }
  for (let t = 0; t < touchedCount; t++) {
    const d = touched[t] as number
    scores[d] = 0
    mark[d] = 0
    bits[d] = 0
  }
  return { top: heap.sorted(), total: total + countMatches(docs, from, to, allowed, excluded) }
}

/** How many of `docs[from..to]` (ascending) pass the mask and are not excluded. */
function countMatches(docs: Uint32Array, from: number, to: number, allowed: Uint8Array | undefined, excluded: ReadonlySet<number> | undefined): number {
  let total = to - from
  if (allowed !== undefined) {
    total = 0
    for (let p = from; p < to; p++) if (allowed[docs[p] as number] === 1) total++
  }
  // Exclusions are few: look each up in the sorted postings instead of hashing every posting.
  if (excluded !== undefined) for (const d of excluded) if ((allowed === undefined || allowed[d] === 1) && find(docs, from, to, d) >= 0) total--
  return total
}

/** Where `doc` is in the ascending `docs[from..to]`, or -1. */
function find(docs: Uint32Array, from: number, to: number, doc: number): number {
  const at = lowerBound(docs, doc, from, to)
  return at < to && docs[at] === doc ? at : -1
}
