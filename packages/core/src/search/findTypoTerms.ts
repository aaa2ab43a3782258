import type { TextIndex } from './buildTextIndex.js'
import { lowerBoundString, type TermMatch } from './findTerms.js'
import { RANKING } from './rankingSettings.js'

/**
 * Dictionary terms within a small edit distance of a query word (`forms`:
 * the word as typed, then its stem; the first decides the bounds) the
 * dictionary does not hold: the typo tolerance of `search` (see
 * `RANKING.typo` for the bounds and cost). A candidate matches when it is
 * within the allowed edits of a form, or when it is a stem that a form
 * starts with, leaving at most `maxTail` letters over (counted as one edit):
 * so "midleware" finds "middlewar", and "validaton" finds "valid".
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
  const longest = Math.max(...forms.map((f) => f.length)) + maxEdits + 1
  const rows = [new Uint8Array(longest + 1), new Uint8Array(longest + 1), new Uint8Array(longest + 1)] as const
  for (let id = from; id < to; id++) {
    const term = terms[id] as string
    if (term.length < minStem) continue
    let edits = maxEdits + 1
    for (const form of forms) {
      const tail = form.length - term.length
      if (tail >= 1 && tail <= maxTail && form.startsWith(term)) edits = Math.min(edits, 1)
      else if (Math.abs(tail) <= maxEdits) edits = Math.min(edits, boundedDistance(term, form, maxEdits, rows))
    }
    if (edits <= maxEdits) found.push({ id, edits })
  }
  const df = (id: number) => (offsets[id + 1] as number) - (offsets[id] as number)
  found.sort((x, y) => x.edits - y.edits || df(y.id) - df(x.id) || x.id - y.id)
  return found.slice(0, maxCandidates).map(({ id, edits }) => ({ id, weight: weight / (1 + edits) }))
}

/**
 * The edit distance (insertions, deletions, substitutions, and adjacent
 * transpositions counted as one) between `a` and `b`, or `bound + 1` once it
 * must exceed `bound`. `rows` are three scratch rows longer than `b`.
 */
function boundedDistance(a: string, b: string, bound: number, rows: readonly [Uint8Array, Uint8Array, Uint8Array]): number {
  const n = b.length
  let [before, prev, cur] = rows
  for (let j = 0; j <= n; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let best = i
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, (before[j - 2] as number) + 1)
      cur[j] = v
      if (v < best) best = v
    }
    if (best > bound) return bound + 1
    ;[before, prev, cur] = [prev, cur, before]
  }
  return Math.min(prev[n] as number, bound + 1)
}
