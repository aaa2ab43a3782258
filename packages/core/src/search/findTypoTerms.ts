import type { TextIndex } from './buildTextIndex.js'
import { lowerBoundString, type TermMatch } from './findTerms.js'
import { RANKING } from './rankingSettings.js'

/**
 * Dictionary terms within a small edit distance of a query word (`forms`:
 * the word as typed, then its stem; the first decides the bounds) the
 * dictionary does not hold: the typo tolerance of `search` (see
 * `RANKING.typo` for the bounds and cost). A candidate stem matches when it
 * is within the allowed edits of some prefix of the word that leaves at most
 * `maxTail` letters over, so "midleware" finds "middlewar" and "validaton"
 * finds "valid".
 *
 * @example
 *   findTypoTerms(text, ['midleware', 'midlewar']) // [{ id: <middlewar>, weight: 0.35 }]
 */
export function findTypoTerms(text: TextIndex, forms: readonly string[]): TermMatch[] {
  const { minLength, longAt, maxTail, minStem, weight, maxCandidates } = RANKING.typo
  const word = forms[0] ?? ''
  if (word.length < minLength) return []
  const maxEdits = word.length >= longAt ? 2 : 1
  const { terms, offsets } = text
  const first = word[0] as string
  const from = lowerBoundString(terms, first)
  const to = lowerBoundString(terms, `${first}\uffff`)
  const found: { id: number; edits: number }[] = []
  for (let id = from; id < to; id++) {
    const term = terms[id] as string
    if (term.length < minStem) continue
    let edits = maxEdits + 1
    for (const form of forms) {
      if (term.length > form.length + maxEdits || term.length < form.length - maxTail - maxEdits) continue
      edits = Math.min(edits, prefixDistance(term, form, maxEdits, maxTail))
    }
    if (edits <= maxEdits) found.push({ id, edits })
  }
  const df = (id: number) => (offsets[id + 1] as number) - (offsets[id] as number)
  found.sort((x, y) => x.edits - y.edits || df(y.id) - df(x.id) || x.id - y.id)
  return found.slice(0, maxCandidates).map(({ id, edits }) => ({ id, weight: weight / (1 + edits) }))
}

/**
 * The least edit distance (insertions, deletions, substitutions, adjacent
 * transpositions counted as one) between `term` and `word`, or a prefix of
 * `word` that leaves at most `maxTail` letters over (one more edit); above `bound` the answer
 * is only "more than bound".
 */
function prefixDistance(term: string, word: string, bound: number, maxTail: number): number {
  const n = word.length
  // Two previous rows are needed for transpositions: kept as plain arrays (terms are short).
  let prev2: number[] = []
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j)
  for (let i = 1; i <= term.length; i++) {
    const cur: number[] = [i]
    let best = i
    for (let j = 1; j <= n; j++) {
      const cost = term.charCodeAt(i - 1) === word.charCodeAt(j - 1) ? 0 : 1
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && term.charCodeAt(i - 1) === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === word.charCodeAt(j - 1)) v = Math.min(v, (prev2[j - 2] as number) + 1)
      cur.push(v)
      if (v < best) best = v
    }
    if (best > bound) return bound + 1
    prev2 = prev
    prev = cur
  }
  // Leaving a tail over costs one edit, so a tail only pairs with a near-exact stem ("validaton" ≈ "valid", not "midleware" ≈ "model").
  let least = prev[n] as number
  for (let j = Math.max(0, n - maxTail); j < n; j++) least = Math.min(least, (prev[j] as number) + 1)
  return Math.min(least, bound + 1)
}
