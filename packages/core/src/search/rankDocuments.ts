import { IMPACT_LEVELS, type TextIndex } from './buildTextIndex.js'
import type { TermMatch } from './findTerms.js'

/** Reusable per-index accumulators: allocated once, reset after each query (O(matches), not O(corpus)). */
export interface Scratch {
  readonly scores: Float64Array
  readonly groups: Uint32Array
  readonly touched: Uint32Array
}

/** Accumulators sized for a text index. */
export function createScratch(docCount: number): Scratch {
  return { scores: new Float64Array(docCount), groups: new Uint32Array(docCount), touched: new Uint32Array(docCount) }
}

/** Options of {@link rankDocuments}. */
export interface RankOptions {
  /** Only documents with `allowed[doc] === 1` count; `undefined`: all. */
  readonly allowed: Uint8Array | undefined
  /** Documents never returned nor counted (exclusions). */
  readonly excluded: ReadonlySet<number>
  /** Require every word group to match (AND) instead of any (OR). */
  readonly all: boolean
  /** How many of the best documents to return. */
  readonly k: number
}

/** A ranked document. */
export interface Ranked {
  readonly doc: number
  readonly score: number
}

/**
 * BM25 over impact-ordered postings: score(d) = Σ over query words of
 * Σ over the terms each word matched of weight · idf(term) · (k1 + 1) · impact / 255,
 * with Lucene's idf = ln(1 + (N − df + 0.5) / (df + 0.5)). Returns the `k`
 * best (score descending, corpus order on ties) and how many matched.
 * Groups beyond 32 words are ignored (a bit per word tracks AND).
 */
export function rankDocuments(text: TextIndex, scratch: Scratch, groups: readonly (readonly TermMatch[])[], options: RankOptions): { top: Ranked[]; total: number } {
  const { scores, groups: seen, touched } = scratch
  const { offsets, docs, impacts, docCount } = text
  const { allowed } = options
  const scale = (text.settings.k1 + 1) / IMPACT_LEVELS
  let touchedCount = 0
  const used = groups.slice(0, 32)
  // Only AND needs to know which words a document matched; for OR, a score
  // still at 0 marks an untouched document (every term adds a positive amount).
  const trackGroups = options.all
  used.forEach((group, g) => {
    const bit = 1 << g
    for (const { id, weight } of group) {
      if (!(weight > 0)) continue
      const from = offsets[id] as number
      const to = offsets[id + 1] as number
      const df = to - from
      const factor = weight * Math.log(1 + (docCount - df + 0.5) / (df + 0.5)) * scale
      // The hot loop of every search: kept free of anything it does not need.
      for (let k = from; k < to; k++) {
        const d = docs[k] as number
        if (allowed !== undefined && allowed[d] !== 1) continue
        const score = scores[d] as number
        if (score === 0) touched[touchedCount++] = d
        scores[d] = score + factor * (impacts[k] as number)
        if (trackGroups) seen[d] = (seen[d] as number) | bit
      }
    }
  })
  const full = used.length === 32 ? 0xffffffff : (1 << used.length) - 1
  const heap = new TopK(options.k)
  const excluded = options.excluded.size === 0 ? undefined : options.excluded
  let total = 0
  for (let t = 0; t < touchedCount; t++) {
    const d = touched[t] as number
    if ((!trackGroups || seen[d] === full >>> 0) && (excluded === undefined || !excluded.has(d))) {
      total++
      heap.offer(d, scores[d] as number)
    }
    scores[d] = 0
    if (trackGroups) seen[d] = 0
  }
  return { top: heap.sorted(), total }
}

/** Keeps the k best (score, doc) pairs in a binary min-heap of the worst kept. */
class TopK {
  private readonly docs: number[] = []
  private readonly scores: number[] = []
  constructor(private readonly k: number) {}

  // "a is worse than b": lower score, or the same score later in the corpus.
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a] as number
    const sb = this.scores[b] as number
    return sa < sb || (sa === sb && (this.docs[a] as number) > (this.docs[b] as number))
  }

  offer(doc: number, score: number): void {
    if (this.k === 0) return
    if (this.docs.length < this.k) {
      this.docs.push(doc)
      this.scores.push(score)
      this.up(this.docs.length - 1)
      return
    }
    const rootScore = this.scores[0] as number
    if (score < rootScore || (score === rootScore && doc > (this.docs[0] as number))) return
    this.docs[0] = doc
    this.scores[0] = score
    this.down(0)
  }

  sorted(): Ranked[] {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i] as number }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.worse(i, parent)) break
      this.swap(i, parent)
      i = parent
    }
  }

  private down(i: number): void {
    const n = this.docs.length
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let worst = i
      if (l < n && this.worse(l, worst)) worst = l
      if (r < n && this.worse(r, worst)) worst = r
      if (worst === i) return
      this.swap(i, worst)
      i = worst
    }
  }

  private swap(a: number, b: number): void {
    ;[this.docs[a], this.docs[b]] = [this.docs[b] as number, this.docs[a] as number]
    ;[this.scores[a], this.scores[b]] = [this.scores[b] as number, this.scores[a] as number]
  }
}
