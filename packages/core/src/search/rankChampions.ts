import type { TextIndex } from './buildTextIndex.js'
import { CHAMPION_LISTS } from './championLists.js'
import type { FactoredTerm } from './rankAroundLongest.js'
import type { Ranked } from './rankDocuments.js'
import { countMerged } from './rankByMerge.js'

/**
 * The `k` best documents of one query word — its terms (the word and its
 * completions), a document scoring its best term's `factor × impact` as the
 * exhaustive path scores it — without reading the long terms' postings, only
 * their champion lists: every listed document and every posting of a short
 * term (one without a list) is a candidate, scored by the best of the shares
 * it was met with, and the lists, each in ranking order, are merged until k
 * distinct documents are met. That is the exact ranking, for k ≤ CHAMPION_LISTS.size.
 * Of a long term, a document holds at most the list's lowest impact
 * ("floor") unless listed, so what the candidates miss is at most
 * B = the highest factor × floor. The term t with that floor lists `size` ≥ k
 * documents scoring at least B, so every top-k document scores at least B;
 * one that scores B only through an unlisted term at its floor was left out
 * of that term's list, which takes ties in corpus order, so the `size`
 * documents listed there rank ahead of it, and it is not in the top k. Every
 * top-k document's score is therefore one of the shares it was met with, and
 * every other document ranks behind them. Property-tested against scoring
 * every posting.
 *
 * The total is the posting count for one term; for several it is counted
 * when first read (a pass over their postings), so a caller that shows
 * only the top hits does not pay for it.
 *
 * The caller guarantees: one query word of at most CHAMPION_LISTS.maxTerms
 * terms, no filter, no exclusions, 0 < k ≤ CHAMPION_LISTS.size, and every
 * factor > 0.
 *
 * @example
 *   rankChampions(text, [{ id: 12, factor: 0.04 }, { id: 13, factor: 0.02 }], 10).top // [{ doc, score }, …]
 */
export function rankChampions(text: TextIndex, terms: readonly FactoredTerm[], k: number): { top: Ranked[]; readonly total: number } {
  const { offsets, docs, impacts, champions } = text
  const { starts, positions } = champions
  const { size, maxTerms } = CHAMPION_LISTS
  if (terms.length > maxTerms) throw new RangeError(`rankChampions: ${terms.length} terms; at most ${maxTerms}`)
  const df = (id: number) => (offsets[id + 1] as number) - (offsets[id] as number)

  if (terms.length === 1) {
    const { id, factor } = terms[0] as FactoredTerm
    const start = starts[id] as number
    const top: Ranked[] = []
    if (start < 0) {
      const list = shortList(impacts, offsets[id] as number, offsets[id + 1] as number)
      for (let i = 0; i < list.length && i < k; i++) top.push({ doc: docs[list[i] as number] as number, score: factor * (impacts[list[i] as number] as number) })
    } else {
      // A long term's list holds CHAMPION_LISTS.size ≥ k postings, in ranking order.
      for (let i = start; i < start + k; i++) top.push({ doc: docs[positions[i] as number] as number, score: factor * (impacts[positions[i] as number] as number) })
    }
    return { top, total: df(id) }
  }

  // Every list is in ranking order (share descending, document ascending on
  // ties): merged in that order, a document's first entry is its best share,
  // and the first k distinct documents are the top k.
  const lists = terms.map(({ id }) => {
    const start = starts[id] as number
    return start < 0 ? shortList(impacts, offsets[id] as number, offsets[id + 1] as number) : positions.subarray(start, start + size)
  })
  const factors = terms.map(({ factor }) => factor)
  const at = new Uint32Array(terms.length)
  const top: Ranked[] = []
  const taken = new Set<number>()
  while (top.length < k) {
    let best = -1
    let bestShare = 0
    let bestDoc = 0
    for (let t = 0; t < lists.length; t++) {
      const list = lists[t] as Uint32Array
      if ((at[t] as number) >= list.length) continue
      const p = list[at[t] as number] as number
      const share = (factors[t] as number) * (impacts[p] as number)
      const doc = docs[p] as number
      if (best < 0 || share > bestShare || (share === bestShare && doc < bestDoc)) {
        best = t
        bestShare = share
        bestDoc = doc
      }
    }
    if (best < 0) break
    at[best] = (at[best] as number) + 1
    if (taken.has(bestDoc)) continue
    taken.add(bestDoc)
    top.push({ doc: bestDoc, score: bestShare })
  }
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
