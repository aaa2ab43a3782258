import type { TextIndex } from './buildTextIndex.js'
import { CHAMPION_LISTS } from './championLists.js'
import type { FactoredTerm } from './rankAroundLongest.js'
import type { Ranked, Scratch } from './rankDocuments.js'
import { TopK } from './topK.js'
import { lowerBound } from '../query/lowerBound.js'

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
export function rankChampions(text: TextIndex, scratch: Scratch, terms: readonly FactoredTerm[], k: number): { top: Ranked[]; readonly total: number } | undefined {
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
  // short) and every document of the other terms, each once.
  const { scores, groups: mark, touched } = scratch
  let count = 0
  const add = (d: number) => {
    if (mark[d] === 0) {
      mark[d] = 1
      touched[count++] = d
    }
  }
  terms.forEach(({ id }, i) => {
    if (i === long && start >= 0) for (let j = start; j < start + size; j++) add(docs[positions[j] as number] as number)
    else for (let p = offsets[id] as number; p < (offsets[id + 1] as number); p++) add(docs[p] as number)
  })
  // Exact scores, term after term as the exhaustive path adds them; the
  // longest term's impact of each candidate is found by binary search.
  terms.forEach(({ id, factor }, i) => {
    const from = offsets[id] as number
    const to = offsets[id + 1] as number
    if (i === long && start >= 0) {
      for (let t = 0; t < count; t++) {
        const d = touched[t] as number
        const p = lowerBound(docs, d, from, to)
        if (p < to && docs[p] === d) scores[d] = (scores[d] as number) + factor * (impacts[p] as number)
      }
    } else {
      for (let p = from; p < to; p++) scores[docs[p] as number] = (scores[docs[p] as number] as number) + factor * (impacts[p] as number)
    }
  })
  const heap = new TopK(k)
  for (let t = 0; t < count; t++) {
    const d = touched[t] as number
    heap.offer(d, scores[d] as number)
    scores[d] = 0
    mark[d] = 0
  }
  const top = heap.sorted()
  let total: number | undefined
  return {
    top,
    get total() {
      return (total ??= countUnion(text, scratch, terms))
    },
  }
}

/** A short term's postings as its champion list: impact descending, document ascending. */
function shortList(impacts: Uint8Array, from: number, to: number): Uint32Array {
  const list = Array.from({ length: to - from }, (_, i) => from + i)
  list.sort((x, y) => (impacts[y] as number) - (impacts[x] as number) || x - y)
  return Uint32Array.from(list)
}

/** Documents holding any of the terms, each counted once. */
function countUnion(text: TextIndex, scratch: Scratch, terms: readonly FactoredTerm[]): number {
  const { offsets, docs } = text
  const { groups: mark, touched } = scratch
  let count = 0
  for (const { id } of terms) {
    for (let p = offsets[id] as number; p < (offsets[id + 1] as number); p++) {
      const d = docs[p] as number
      if (mark[d] === 0) {
        mark[d] = 1
        touched[count++] = d
      }
    }
  }
  for (let t = 0; t < count; t++) mark[touched[t] as number] = 0
  return count
}
