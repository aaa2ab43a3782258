import type { TextIndex } from './buildTextIndex.js'
import { CHAMPION_LISTS } from './championLists.js'
import type { FactoredTerm } from './rankAroundLongest.js'
import type { Ranked } from './rankDocuments.js'
import { TopK } from './topK.js'
import { lowerBound } from '../query/lowerBound.js'
import { countMerged } from './rankByMerge.js'

/**
 * The `k` best documents of one query word — its terms (the word and its
 * completions) scored by adding `factor × impact` in term order, as the
 * exhaustive path adds them — without reading the longest term's postings,
 * only its champion list: every document of the list and of the other terms
 * is scored exactly. That is the exact ranking, for k ≤ CHAMPION_LISTS.size:
 * a document outside them holds the longest term alone, at or below the
 * list's lowest impact ("floor"), so it scores at most factor × floor, and
 * the list alone supplies `size` ≥ k candidates scoring at least that. If it
 * ties the k-th, that k-th is a candidate at exactly factor × floor, and
 * among those the first k in corpus order include only listed documents at
 * the floor (ties are listed in corpus order, and no more than the list holds
 * can be needed) — all earlier in corpus order than any floor document left
 * out, which therefore never displaces one. Property-tested against scoring
 * every posting. One term: its list is the ranking.
 *
 * The total is the posting count for one term; for several it is counted
 * when first read (a pass over their postings), so a caller that shows
 * only the top hits does not pay for it. `undefined` when the other terms
 * hold more than `CHAMPION_LISTS.maxOtherPostings` postings: the ordinary
 * paths are then as fast.
 *
 * The caller guarantees: one query word, no filter, no exclusions,
 * 0 < k ≤ CHAMPION_LISTS.size, and every factor > 0.
 */
export function rankChampions(text: TextIndex, terms: readonly FactoredTerm[], k: number): { top: Ranked[]; readonly total: number } | undefined {
  const { offsets, docs, impacts, champions } = text
  const { starts, positions } = champions
  const { size, maxOtherPostings } = CHAMPION_LISTS
  const df = (id: number) => (offsets[id + 1] as number) - (offsets[id] as number)

  let long = 0
  let all = 0
  terms.forEach(({ id }, i) => {
    if (df(id) > df((terms[long] as FactoredTerm).id)) long = i
    all += df(id)
  })
  const { id: longId, factor: longFactor } = terms[long] as FactoredTerm
  const start = starts[longId] as number
  if (terms.length === 1) {
    const top: Ranked[] = []
    if (start < 0) {
      const list = shortList(impacts, offsets[longId] as number, offsets[longId + 1] as number)
      for (let i = 0; i < list.length && i < k; i++) top.push({ doc: docs[list[i] as number] as number, score: longFactor * (impacts[list[i] as number] as number) })
    } else {
      // A long term's list holds CHAMPION_LISTS.size ≥ k postings, in ranking order.
      for (let i = start; i < start + k; i++) top.push({ doc: docs[positions[i] as number] as number, score: longFactor * (impacts[positions[i] as number] as number) })
    }
    return { top, total: df(longId) }
  }
  if (all - (start < 0 ? 0 : df(longId)) > maxOtherPostings) return undefined

  // Candidates: the longest term's list (or all its postings when it is
  // short) and every document of the other terms, met in document order by
  // walking them side by side, so no per-document accumulator is touched
  // (on a large index each such write is a cache miss). Each candidate is
  // scored exactly, term after term as the exhaustive path adds them; the
  // longest term's impact of a candidate outside its list is found by binary
  // search, from where the previous one was found.
  const n = terms.length
  const longFrom = offsets[longId] as number
  const longTo = offsets[longId + 1] as number
  let listed: Uint32Array
  if (start >= 0) listed = positions.slice(start, start + size).sort()
  else {
    listed = new Uint32Array(longTo - longFrom)
    for (let i = 0; i < listed.length; i++) listed[i] = longFrom + i
  }
  // Per term: the next entry to take (a list index for the longest term, a
  // posting for the others), where its entries end, and the document there
  // (NONE once taken all). Plain loops and typed arrays: this runs per query.
  const NONE = 0xffffffff
  const at = new Uint32Array(n)
  const end = new Uint32Array(n)
  const current = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const id = (terms[i] as FactoredTerm).id
    at[i] = i === long ? 0 : (offsets[id] as number)
    end[i] = i === long ? listed.length : (offsets[id + 1] as number)
    current[i] = at[i]! < end[i]! ? (docs[i === long ? (listed[0] as number) : (at[i] as number)] as number) : NONE
  }
  const heap = new TopK(k)
  let lookup = longFrom
  for (;;) {
    let doc = NONE
    for (let i = 0; i < n; i++) if ((current[i] as number) < doc) doc = current[i] as number
    if (doc === NONE) break
    let score = 0
    for (let i = 0; i < n; i++) {
      let p = -1
      if (current[i] === doc) {
        const j = at[i] as number
        p = i === long ? (listed[j] as number) : j
        at[i] = j + 1
        current[i] = j + 1 < (end[i] as number) ? (docs[i === long ? (listed[j + 1] as number) : j + 1] as number) : NONE
      } else if (i === long) {
        lookup = lowerBound(docs, doc, lookup, longTo)
        if (lookup < longTo && docs[lookup] === doc) p = lookup
      }
      if (p >= 0) score += (terms[i] as FactoredTerm).factor * (impacts[p] as number)
    }
    heap.offer(doc, score)
  }
  const top = heap.sorted()
  let total: number | undefined
  return {
    top,
    get total() {
      return (total ??= countMerged(docs, Uint32Array.from(terms, ({ id }) => offsets[id] as number), Uint32Array.from(terms, ({ id }) => offsets[id + 1] as number)))
    },
  }
}

/** A short term's postings as its champion list: impact descending, document ascending. */
function shortList(impacts: Uint8Array, from: number, to: number): Uint32Array {
  const list = Array.from({ length: to - from }, (_, i) => from + i)
  list.sort((x, y) => (impacts[y] as number) - (impacts[x] as number) || x - y)
  return Uint32Array.from(list)
}
