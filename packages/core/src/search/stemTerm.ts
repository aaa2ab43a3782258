/// <reference path="./winkPorter2Stemmer.d.ts" />
import porter2 from 'wink-porter2-stemmer'

// -ise, -ised, -ises, -ising, -isation(s) after at least three letters.
const BRITISH_ISE = /(?<=[a-z]{3})is(e|ed|es|ing|ations?)$/

/**
 * The stem of an indexed term (already lower-cased and folded by
 * `forEachTerm`), with the Snowball English (Porter2) stemmer, so that
 * "deploy", "deploying" and "deployment" meet. Only plain words of `a`–`z`
 * are stemmed: identifiers keep their spelling (`select`, `related` are
 * separate words already; `html5`, `x509` stay as written), and so do
 * other scripts, which Porter2's English rules would only damage.
 *
 * Porter2 (wink-porter2-stemmer) rather than the original Porter: it is the
 * Snowball project's successor, CommonJS (so both of core's builds can load
 * it), dependency-free and browser-safe.
 *
 * @example
 *   stemTerm('deploying') // 'deploy'
 *   stemTerm('querysets') // 'queryset'
 *   stemTerm('optimisation') // 'optim', as 'optimization'
 *   stemTerm('html5') // 'html5'
 */
export function stemTerm(term: string): string {
  let stem = recent.get(term)
  if (stem === undefined) {
    stem = porter2Stem(term)
    // Bounded: a long-running search box sees endless distinct words.
    if (recent.size >= STEM_CACHE.size) recent.clear()
    recent.set(term, stem)
  }
  return stem
}

/**
 * The stems of recently seen words: queries repeat their words (a search box
 * re-runs the query on every keystroke), and Porter2 is most of the cost of
 * reading a short query. Indexing stems each distinct word once already.
 */
const STEM_CACHE = {
  /** Most words remembered; then the memory starts over (a few hundred KB at most). */
  size: 4096,
} as const

const recent = new Map<string, string>()

function porter2Stem(term: string): string {
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i)
    if (c < 97 || c > 122) return term
  }
  // British -ise spellings take the -ize stem ("optimisation" meets "optimization"):
  // applied alike at index and query time, so a word that only looks like one ("advise") still meets itself.
  const spelled = BRITISH_ISE.test(term) ? term.replace(BRITISH_ISE, 'iz$1') : term
  return porter2(spelled) || term
}
