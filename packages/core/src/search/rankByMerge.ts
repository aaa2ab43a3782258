import type { TextIndex } from './buildTextIndex.js'
import type { TermMatch } from './findTerms.js'
import { coverageFactor, termFactor, type Coordination, type Ranked } from './rankDocuments.js'
import { TopK } from './topK.js'
import { lowerBound } from '../query/lowerBound.js'

/** Options of {@link rankByMerge}: as `rankDocuments`'. */
export interface MergeOptions {
  readonly allowed: Uint8Array | undefined
  readonly excluded: ReadonlySet<number>
  readonly all: boolean
  readonly k: number
}

/** The most matched terms {@link rankByMerge} takes: a bit per term records which ones hold the current document. */
export const MERGE_MAX_TERMS = 32

/**
 * When `rankDocuments` walks postings side by side instead of adding into
 * per-document accumulators.
 */
export const MERGE_SETTINGS = {
  /**
   * Fewest documents in the index. WHY: the accumulators take 13 bytes a
   * document; below ~250,000 documents they stay in cache and adding into
   * them is as fast as the walk or faster (0.5–1.6× at 100k, about even at
   * 250k), above it every add is a cache miss and the walk wins (0.07–0.5×
   * at 1M on two to four words; `scripts/bench/searchLatency.bench.ts`).
   */
  minDocs: 250_000,
  /**
   * Counting a union (an OR total) with a bit per document instead of a
   * walk: worth it once the postings number at least 1 / `unionBitmap` of
   * the bitmap's 32-bit words. WHY: the walk compares every term's head at
   * each step, ~13 ns a posting for two words at 1M (`quer`: 0.5 ms);
   * setting bits costs a few ns a posting, plus zeroing the bitmap
   * (documents / 8 bytes), which for a few postings spread over a large
   * corpus would cost more than the walk.
   */
  unionBitmap: 4,
} as const

// A skipped document's score is bounded by a sum of per-term maxima (at least
// the best per word, which is what a word adds) added in another order than
// its exact score, so the bound is widened by far more than the rounding of
// 32 additions (~32 ulp) before it is trusted.
const SLACK = 1 + 1e-12

/**
 * {@link rankDocuments} by walking the matched terms' postings side by side
 * in document order (postings are sorted by document) with MaxScore
 * pruning: once k documents are kept, the terms whose best possible
 * contributions together cannot beat the worst kept hit stop driving the
 * walk and are only looked up (binary search) for documents the other terms
 * bring. Each document is scored once it is complete, adding its words'
 * best shares in query order from 0 as scoring every posting does
 * (`rankAllPostings`), so hits, scores, tie order and the total are
 * identical. What differs is memory access: scoring every posting adds into
 * an accumulator per corpus document, and on a large corpus each add is a
 * cache miss (two 14,000-posting words over 1M questions: 7–11 ms); here
 * reads are sequential and nothing is written per document. The total is
 * counted when first read (a second walk, without scores).
 *
 * @example
 *   rankByMerge(text, [[{ id: 3, weight: 1 }], [{ id: 7, weight: 1 }]], { allowed: undefined, excluded: new Set(), all: false, k: 10 }, undefined)
 */
export function rankByMerge(
  text: TextIndex,
  groups: readonly (readonly TermMatch[])[],
  options: MergeOptions,
  coordination: Coordination | undefined,
): { top: Ranked[]; readonly total: number } {
  const { docs, impacts, offsets, termMax } = text
  const terms = groups.flatMap((group, g) => group.filter((m) => m.weight > 0).map((m) => ({ ...m, g })))
  const n = terms.length
  if (n > MERGE_MAX_TERMS) throw new RangeError(`rankByMerge: ${n} terms; at most ${MERGE_MAX_TERMS}`)
  // Typed arrays, indexed by the term's place in the query: the loops read them per document.
  const factor = Float64Array.from(terms, (m) => termFactor(text, m.id, m.weight))
  const groupBit = Uint32Array.from(terms, (m) => (1 << m.g) >>> 0)
  const at = Uint32Array.from(terms, (m) => offsets[m.id] as number)
  const end = Uint32Array.from(terms, (m) => offsets[m.id + 1] as number)
  const start = at.slice()
  const hit = new Uint32Array(n)
  // Terms by their best possible share, ascending; below[i] bounds a document held only by order[0..i).
  const best = Float64Array.from(terms, (m, t) => (factor[t] as number) * (termMax[m.id] as number))
  const order = Array.from({ length: n }, (_, t) => t).sort((x, y) => (best[x] as number) - (best[y] as number))
  const below = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) below[i + 1] = (below[i] as number) + (best[order[i] as number] as number)
  const full = (groups.length === 32 ? 0xffffffff : (1 << groups.length) - 1) >>> 0
  const { allowed, all, k } = options
  const excluded = options.excluded.size === 0 ? undefined : options.excluded
  const heap = new TopK(k)
  // order[first..n) drive the walk ("essential" terms); the others are looked up.
  let first = 0
  let bar = -Infinity
  while (k > 0) {
    let doc = 0xffffffff
    for (let i = first; i < n; i++) {
      const t = order[i] as number
      if ((at[t] as number) < (end[t] as number) && (docs[at[t] as number] as number) < doc) doc = docs[at[t] as number] as number
    }
    if (doc === 0xffffffff) break
    let holding = 0
    let partial = 0
    for (let i = first; i < n; i++) {
      const t = order[i] as number
      const p = at[t] as number
      if (p < (end[t] as number) && docs[p] === doc) {
        holding |= 1 << t
        hit[t] = p
        at[t] = p + 1
        partial += (factor[t] as number) * (impacts[p] as number)
      }
    }
    if (allowed !== undefined && allowed[doc] !== 1) continue
    if (excluded !== undefined && excluded.has(doc)) continue
    // A document after every kept one loses a tie, so a bound equal to the bar is not enough.
    if ((partial + (below[first] as number)) * SLACK <= bar) continue
    for (let i = 0; i < first; i++) {
      const t = order[i] as number
      const p = lowerBound(docs, doc, at[t] as number, end[t] as number)
      at[t] = p
      if (p < (end[t] as number) && docs[p] === doc) {
        holding |= 1 << t
        hit[t] = p
        at[t] = p + 1
      }
    }
    // Words in query order, each adding its best term's share (terms come grouped by word).
    let score = 0
    let bits = 0
    let word = 0
    let wordBit = 0
    for (let t = 0, rest = holding; rest !== 0; t++, rest >>>= 1) {
      if ((rest & 1) === 0) continue
      const share = (factor[t] as number) * (impacts[hit[t] as number] as number)
      if (groupBit[t] !== wordBit) {
        score += word
        word = share
        wordBit = groupBit[t] as number
        bits = (bits | wordBit) >>> 0
      } else if (share > word) word = share
    }
    score += word
    if (all && bits !== full) continue
    heap.offer(doc, coordination === undefined ? score : score * coverageFactor(bits, coordination))
    if (heap.full && heap.worstScore > bar) {
      bar = heap.worstScore
      while (first < n && (below[first + 1] as number) * SLACK <= bar) first++
    }
  }
  let total: number | undefined
  return {
    top: heap.sorted(),
    get total() {
      return (total ??= countMerged(docs, start, end, all ? { groupBit, full } : undefined, allowed, excluded))
    },
  }
}

/**
 * Documents held by any of the postings ranges `docs[start[t] .. end[t]]`
 * (with `every`: by a term of every group), passing the mask and not
 * excluded: a walk side by side, no per-document memory.
 *
 * @example
 *   countMerged(new Uint32Array([1, 4, 4, 9]), new Uint32Array([0, 2]), new Uint32Array([2, 4])) // 3
 */
export function countMerged(
  docs: Uint32Array,
  start: Uint32Array,
  end: Uint32Array,
  every?: { readonly groupBit: Uint32Array; readonly full: number },
  allowed?: Uint8Array,
  excluded?: ReadonlySet<number>,
): number {
  const n = start.length
  if (every === undefined) {
    let postings = 0
    let last = -1
    for (let t = 0; t < n; t++) {
      const count = (end[t] as number) - (start[t] as number)
      postings += count
      // Postings ascend: a range's last document is its largest.
      if (count > 0 && (docs[(end[t] as number) - 1] as number) > last) last = docs[(end[t] as number) - 1] as number
    }
    if (postings * MERGE_SETTINGS.unionBitmap >= (last >>> 5) + 1) return countUnion(docs, start, end, last, allowed, excluded)
  }
  const at = start.slice()
  let total = 0
  for (;;) {
    let doc = 0xffffffff
    for (let t = 0; t < n; t++) if ((at[t] as number) < (end[t] as number) && (docs[at[t] as number] as number) < doc) doc = docs[at[t] as number] as number
    if (doc === 0xffffffff) return total
    let bits = 0
    for (let t = 0; t < n; t++) {
      if ((at[t] as number) < (end[t] as number) && docs[at[t] as number] === doc) {
        if (every !== undefined) bits = (bits | (every.groupBit[t] as number)) >>> 0
        at[t] = (at[t] as number) + 1
      }
    }
    if ((every === undefined || bits === every.full) && (allowed === undefined || allowed[doc] === 1) && (excluded === undefined || !excluded.has(doc))) total++
  }
}

/** {@link countMerged} of a union, with a bit per document up to `last`, the largest. */
function countUnion(docs: Uint32Array, start: Uint32Array, end: Uint32Array, last: number, allowed: Uint8Array | undefined, excluded: ReadonlySet<number> | undefined): number {
  const seen = new Uint32Array((last >>> 5) + 1)
  let total = 0
  for (let t = 0; t < start.length; t++) {
    for (let p = start[t] as number; p < (end[t] as number); p++) {
      const d = docs[p] as number
      if (allowed !== undefined && allowed[d] !== 1) continue
      const bit = 1 << (d & 31)
      const word = seen[d >>> 5] as number
      if ((word & bit) === 0) {
        seen[d >>> 5] = word | bit
        total++
      }
    }
  }
  // Exclusions are few: each is looked up in the bitmap.
  if (excluded !== undefined) for (const d of excluded) if (d <= last && ((seen[d >>> 5] as number) & (1 << (d & 31))) !== 0) total--
  return total
}
