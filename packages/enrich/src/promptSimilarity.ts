import { CLUSTER_SETTINGS } from './clusterSettings.js'
import { TERM_KIND_WEIGHT, type PromptTerms, type TermKind } from './promptTerms.js'

const NONE: ReadonlySet<string> = new Set()

/** Options of {@link promptSimilarity}. */
export interface PromptSimilarityOptions {
  /** Concepts that are context or handled by a distinguishing group, not a subject of their own (`CompiledVocabulary.minorConcepts`): naming one more of them costs nothing. Default: none. */
  minorConcepts?: ReadonlySet<string>
  /**
   * Factor applied once per named concept that one prompt asks about and the
   * other neither names nor implies ("What is a QuerySet?" vs "values() vs
   * values_list() in a QuerySet"). Default `CLUSTER_SETTINGS.extraConceptPenalty` (0.6).
   */
  extraConceptPenalty?: number
}

/** Inverse document frequency of each term over a set of prompts. */
export type TermIdf = ReadonlyMap<string, number>

/**
 * Smoothed IDF, `1 + ln((n + 1) / (df + 1))`: rare terms ("m2m_changed")
 * weigh about three times common ones ("model") in a few hundred prompts,
 * and a handful of prompts still gets sensible, near-uniform weights.
 *
 * @example
 *   termIdf([promptTerms('What is middleware?'), promptTerms('Explain middleware order.')])
 */
export function termIdf(prompts: readonly PromptTerms[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const terms of prompts) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const n = prompts.length
  const idf = new Map<string, number>()
  for (const [term, count] of df) idf.set(term, 1 + Math.log((n + 1) / (count + 1)))
  return idf
}

/**
 * Weighted Jaccard similarity of two prompts' terms, 0..1: the sum over
 * terms of the smaller weight divided by the sum of the larger, where a
 * term's weight is its kind's weight ({@link TERM_KIND_WEIGHT}) times its
 * IDF (terms missing from `idf` count as rare); implied terms and examples
 * count only where the other prompt names them. The result is multiplied by
 * `extraConceptPenalty` for each concept only one side asks about. Extra
 * descriptive words lower it a little, an extra named concept a lot.
 *
 * @example
 *   promptSimilarity(promptTerms('What is middleware?'), promptTerms('Define middleware.'), new Map()) // 1
 */
export function promptSimilarity(a: PromptTerms, b: PromptTerms, idf: TermIdf, options: PromptSimilarityOptions = {}): number {
  let shared = 0
  let total = 0
  let genericExtra = 0
  for (const term of new Set([...a.keys(), ...b.keys()])) {
    // An implied term or an example only counts against the other prompt
    // naming it: context both merely imply (or one implies and the other
    // lacks) decides nothing.
    if (!isStated(a.get(term)) && !isStated(b.get(term))) continue
    const weight = idf.get(term) ?? 1 + Math.log(2)
    const wa = a.has(term) ? TERM_KIND_WEIGHT[a.get(term)!] * weight : 0
    const wb = b.has(term) ? TERM_KIND_WEIGHT[b.get(term)!] * weight : 0
    shared += Math.min(wa, wb)
    if (a.get(term) === 'generic' || b.get(term) === 'generic') {
      total += Math.min(wa, wb)
      genericExtra += Math.abs(wa - wb)
    } else total += Math.max(wa, wb)
  }
  // However many descriptive words one prompt adds, they weigh no more than
  // `maxGenericExtra` together: elaboration does not change the question.
  total += Math.min(genericExtra, CLUSTER_SETTINGS.maxGenericExtra)
  if (total === 0) return 0
  const minor = options.minorConcepts ?? NONE
  const extra = extraConcepts(a, b, minor) + extraConcepts(b, a, minor)
  return (shared / total) * (options.extraConceptPenalty ?? CLUSTER_SETTINGS.extraConceptPenalty) ** extra
}

// Implied terms and examples are context: they count only against a prompt that names them.
function isStated(kind: TermKind | undefined): boolean {
  return kind !== undefined && kind !== 'implied' && kind !== 'example'
}

/** Named (non-minor) concepts of `a` that `b` neither names nor implies. */
function extraConcepts(a: PromptTerms, b: PromptTerms, minor: ReadonlySet<string>): number {
  let count = 0
  for (const [term, kind] of a) if (kind === 'concept' && !minor.has(term) && !b.has(term)) count++
  return count
}
