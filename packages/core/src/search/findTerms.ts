import type { TextIndex } from './buildTextIndex.js'

/** A dictionary term a query word matched, with how much it counts. */
export interface TermMatch {
  /** Term id (its rank in the sorted dictionary). */
  readonly id: number
  /** 1 for the word itself; less for a longer word it is a prefix of. */
  readonly weight: number
}

/** Options of {@link findTerms}. */
export interface FindTermsOptions {
  /** Also match longer terms starting with the word. */
  readonly prefix: boolean
  /** Most prefix completions kept (the most frequent ones). */
  readonly maxExpansions: number
  /** Weight of a completion, scaled by word length / completion length. */
  readonly prefixWeight: number
}

/**
 * The dictionary terms a query word matches: itself if indexed, and with
 * `prefix`, its most frequent completions. Binary search over the sorted
 * dictionary: O(log terms + completions · log completions).
 *
 * @example
 *   findTerms(text, 'quer', { prefix: true, maxExpansions: 20, prefixWeight: 0.5 }) // query, queryset, …
 */
export function findTerms(text: TextIndex, word: string, options: FindTermsOptions): TermMatch[] {
  const { terms, offsets } = text
  const from = lowerBoundString(terms, word)
  const out: TermMatch[] = []
  if (terms[from] === word) out.push({ id: from, weight: 1 })
  if (!options.prefix || options.maxExpansions === 0) return out
  // Every string starting with `word` sorts before `word + U+FFFF`.
  const to = lowerBoundString(terms, `${word}\uffff`)
  const completions: number[] = []
  for (let id = terms[from] === word ? from + 1 : from; id < to; id++) completions.push(id)
  const df = (id: number) => (offsets[id + 1] as number) - (offsets[id] as number)
  if (completions.length > options.maxExpansions) completions.sort((x, y) => df(y) - df(x) || x - y).length = options.maxExpansions
  for (const id of completions) out.push({ id, weight: (options.prefixWeight * word.length) / (terms[id] as string).length })
  return out
}

/** The first index of `sorted` whose string is ≥ `value` (binary search). */
export function lowerBoundString(sorted: readonly string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as string) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
