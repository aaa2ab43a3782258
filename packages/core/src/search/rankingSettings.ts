/**
 * The tuned numbers of search ranking, in one place. Each was chosen on the
 * tuning split of scripts/relevance/judgments.json (`npm run eval:search`),
 * and is judged by that figure, not by how one query looks.
 */
export const RANKING = {
  /**
   * Coordination: a hit's BM25 score is multiplied by coverage^exponent,
   * where coverage is the share of the query's idf that the hit matched
   * (Σ idf of the query words it holds ÷ Σ idf of all query words). So a hit
   * matching only "vs" of "authentication vs authorization", or only
   * "customization" of "customize the admin", falls below hits that match
   * the words that carry the query. 0 turns it off. Both ranking paths track
   * which words each hit matched (a bit per word), so a common word's long
   * posting list can still be skipped block by block. Tuning nDCG@5 by exponent: 0.5 → 0.811, 1 → 0.798,
   * 1.5 → 0.791, 2 → 0.776, 3 → 0.772 (before the -ise rule).
   */
  coordinationExponent: 0.5,
  /**
   * Typo tolerance, tried only for a query word the dictionary does not
   * hold (so a correctly spelled word never pays for it). Candidates are
   * the dictionary terms sharing the word's first letter (a contiguous range
   * of the sorted dictionary) whose length is close to the word's; each is
   * compared by an edit distance bounded at `maxEdits`, allowing the typed
   * word an inflection-sized tail past the stem ("validaton" ≈ "valid" +
   * "aton"). Cost, for such a word only: a scan of the dictionary terms
   * with that first letter (about 1/20 of the dictionary for English), each
   * within the length bounds costing at most (stem length × word length)
   * steps, stopped as soon as a row exceeds the allowed edits.
   */
  typo: {
    /** Shorter words are not corrected: at 4 letters one edit reaches too many other words. */
    minLength: 5,
    /** Edits allowed: 1 up to `longAt − 1` letters, 2 from `longAt` on. */
    longAt: 8,
    /** Longest tail of the typed word left over past a candidate stem (an inflection: "ation" is 5). */
    maxTail: 4,
    /** Shortest candidate stem. */
    minStem: 4,
    /** Weight of a corrected term at distance d: weight / (1 + d). */
    weight: 0.7,
    /** Most corrections kept per word (the closest, then the most frequent). */
    maxCandidates: 3,
  },
} as const
