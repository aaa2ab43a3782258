import { IMPACT_LEVELS, type TextIndex } from './buildTextIndex.js'
import type { TermMatch } from './findTerms.js'
import { CHAMPION_LISTS } from './championLists.js'
import { rankAroundLongest, type FactoredTerm } from './rankAroundLongest.js'
import { rankChampions } from './rankChampions.js'
import { MERGE_MAX_TERMS, MERGE_SETTINGS, rankByMerge } from './rankByMerge.js'
import { RANKING } from './rankingSettings.js'
import { TopK } from './topK.js'

/** Reusable per-index accumulators: allocated once, reset after each query (O(matches), not O(corpus)). */
export interface Scratch {
  readonly scores: Float64Array
  readonly groups: Uint32Array
  readonly touched: Uint32Array
  /** Which query words each document matched, for coordination on the skipping path. */
  readonly bits: Uint32Array
  /** A word of several terms: its best share so far per document, and the documents it touched. */
  readonly best: Float64Array
  readonly wordTouched: Uint32Array
}

/** Accumulators sized for a text index. */
export function createScratch(docCount: number): Scratch {
  return {
    scores: new Float64Array(docCount),
    groups: new Uint32Array(docCount),
    touched: new Uint32Array(docCount),
    bits: new Uint32Array(docCount),
    best: new Float64Array(docCount),
    wordTouched: new Uint32Array(docCount),
  }
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
 * BM25 over impact-ordered postings: score(d) = Σ over query words, in query
 * order, of the best of the terms the word matched in d,
 * max over terms of weight · idf(term) · (k1 + 1) · impact / 255,
 * with Lucene's idf = ln(1 + (N − df + 0.5) / (df + 0.5)). A word counts
 * once however many of its terms (stem, completions, typo corrections) a
 * document holds, as a "forward" index that stores every prefix as a word
 * would count it: typing `quer` asks for one word, and a question holding
 * both "query" and "queryset" matches it no better than its best. Returns the `k`
 * best (score descending, corpus order on ties) and how many matched.
 * AND takes at most 32 groups (a bit per word tracks which matched; `search`
 * refuses longer AND queries); OR takes any number. Four paths, the same
 * result: champion lists for one word on a first page (`rankChampions`),
 * skipping a long posting list for OR (`rankAroundLongest`), walking the
 * postings side by side on a large index (`rankByMerge`), and scoring
 * every posting (`rankAllPostings`), the reference the others are tested
 * against.
 */
export function rankDocuments(text: TextIndex, scratch: Scratch, groups: readonly (readonly TermMatch[])[], options: RankOptions): { top: Ranked[]; readonly total: number } {
  // One word (with its completions), no filter, a first page: its terms' champion lists prove the ranking.
  if (groups.length === 1 && options.allowed === undefined && options.excluded.size === 0 && options.k > 0 && options.k <= CHAMPION_LISTS.size) {
    const terms = (groups[0] as readonly TermMatch[]).filter((m) => m.weight > 0).map(({ id, weight }) => ({ id, factor: termFactor(text, id, weight) }))
    if (terms.length > 0 && terms.length <= CHAMPION_LISTS.maxTerms) return rankChampions(text, terms, options.k)
  }
  // OR (or a single word): the longest posting list, usually a common word's,
  // need not be scored in full. Worth it when the other terms are few next to
  // it, since each of their documents costs a binary search in it.
  if (!options.all || groups.length === 1) {
    const terms = groups.flatMap((group, g) => group.filter((m) => m.weight > 0).map(({ id, weight }) => ({ id, factor: termFactor(text, id, weight), group: g })))
    const df = (id: number) => (text.offsets[id + 1] as number) - (text.offsets[id] as number)
    let long = 0
    let others = 0
    terms.forEach(({ id }, i) => {
      if (df(id) > df((terms[long] as FactoredTerm).id)) long = i
      others += df(id)
    })
    if (terms.length > 0) {
      const longest = df((terms[long] as FactoredTerm).id)
      others -= longest
      if (others * (1 + Math.log2(longest + 1)) < longest) return rankAroundLongest(text, scratch, terms, long, options, options.all ? undefined : coordinationOf(text, groups))
    }
  }
  // A large index: walk the postings side by side (see MERGE_SETTINGS).
  if (text.docCount >= MERGE_SETTINGS.minDocs && groups.reduce((n, group) => n + group.filter((m) => m.weight > 0).length, 0) <= MERGE_MAX_TERMS) {
    return rankByMerge(text, groups, options, options.all ? undefined : coordinationOf(text, groups))
  }
  return rankAllPostings(text, scratch, groups, options)
}

/** {@link rankDocuments} by scoring every posting of every matched term: the general path, and the reference for the fast one. */
export function rankAllPostings(text: TextIndex, scratch: Scratch, groups: readonly (readonly TermMatch[])[], options: RankOptions): { top: Ranked[]; total: number } {
  const { scores, groups: seen, touched, best, wordTouched, bits: inWord } = scratch
  const { offsets, docs, impacts } = text
  const { allowed } = options
  let touchedCount = 0
  if (options.all && groups.length > 32) throw new RangeError(`rankAllPostings: AND over ${groups.length} groups; at most 32`)
  const used = groups
  // Only AND needs to know which words a document matched; for OR, a score
  // still at 0 marks an untouched document (every term adds a positive amount).
  const coordination = options.all ? undefined : coordinationOf(text, used)
  const coordinated = coordination !== undefined
  const trackGroups = options.all || coordinated
  used.forEach((group, g) => {
    const bit = 1 << g
    const live = group.filter((m) => m.weight > 0)
    if (live.length === 1) {
      const { id, weight } = live[0] as TermMatch
      const from = offsets[id] as number
      const to = offsets[id + 1] as number
      const factor = termFactor(text, id, weight)
      // The hot loop of every search: kept free of anything it does not need.
      for (let k = from; k < to; k++) {
        const d = docs[k] as number
        if (allowed !== undefined && allowed[d] !== 1) continue
        const score = scores[d] as number
        if (score === 0) touched[touchedCount++] = d
        scores[d] = score + factor * (impacts[k] as number)
        if (trackGroups) seen[d] = (seen[d] as number) | bit
      }
      return
    }
    // A word of several terms: its best share per document first, then added once.
    let wordCount = 0
    for (const { id, weight } of live) {
      const factor = termFactor(text, id, weight)
      for (let k = offsets[id] as number; k < (offsets[id + 1] as number); k++) {
        const d = docs[k] as number
        if (allowed !== undefined && allowed[d] !== 1) continue
        const share = factor * (impacts[k] as number)
        if (inWord[d] === 0) {
          inWord[d] = 1
          best[d] = share
          wordTouched[wordCount++] = d
        } else if (share > (best[d] as number)) best[d] = share
      }
    }
    for (let w = 0; w < wordCount; w++) {
      const d = wordTouched[w] as number
      const score = scores[d] as number
      if (score === 0) touched[touchedCount++] = d
      scores[d] = score + (best[d] as number)
      if (trackGroups) seen[d] = (seen[d] as number) | bit
      inWord[d] = 0
    }
  })
  const full = used.length === 32 ? 0xffffffff : (1 << used.length) - 1
  const heap = new TopK(options.k)
  const excluded = options.excluded.size === 0 ? undefined : options.excluded
  let total = 0
  for (let t = 0; t < touchedCount; t++) {
    const d = touched[t] as number
    if ((!trackGroups || coordinated || seen[d] === full >>> 0) && (excluded === undefined || !excluded.has(d))) {
      total++
      heap.offer(d, coordinated ? (scores[d] as number) * coverageFactor(seen[d] as number, coordination) : (scores[d] as number))
    }
    scores[d] = 0
    if (trackGroups) seen[d] = 0
  }
  return { top: heap.sorted(), total }
}


/** Each query word's share of an OR query (the idf of its best term), when the query is coordinated. */
export interface Coordination {
  readonly share: readonly number[]
  readonly total: number
  readonly exponent: number
}

/**
 * The coordination of an OR query (see RANKING.coordinationExponent), or
 * `undefined` when it has one word, more than 32 (a bit per word tracks
 * which a document matched), or the setting is off.
 */
export function coordinationOf(text: TextIndex, groups: readonly (readonly TermMatch[])[]): Coordination | undefined {
  const exponent = RANKING.coordinationExponent
  if (!(exponent > 0) || groups.length < 2 || groups.length > 32) return undefined
  const share = groups.map((group) => Math.max(0, ...group.map((m) => termFactor(text, m.id, 1))))
  return { share, total: share.reduce((a, b) => a + b, 0), exponent }
}

/** What a score is multiplied by for a document that matched the words in `bits`: both ranking paths call this, so their scores agree exactly. */
export function coverageFactor(bits: number, coordination: Coordination): number {
  let held = 0
  for (let g = 0, rest = bits; rest !== 0; g++, rest >>>= 1) if ((rest & 1) === 1) held += coordination.share[g] as number
  return (held / coordination.total) ** coordination.exponent
}

/** What one posting's impact is multiplied by: weight · idf · (k1 + 1) / 255. */
export function termFactor(text: TextIndex, id: number, weight: number): number {
  const df = (text.offsets[id + 1] as number) - (text.offsets[id] as number)
  return weight * Math.log(1 + (text.docCount - df + 0.5) / (df + 0.5)) * ((text.settings.k1 + 1) / IMPACT_LEVELS)
}
