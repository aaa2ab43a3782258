/**
 * Every tuned number of near-duplicate clustering ({@link clusterQuestions}),
 * in one place. Tuned on the tuning pairs of
 * `packages/corpus/test/clusterPairs.json` only (`npm run eval:clusters --
 * --live --errors` lists the tuning pairs it gets wrong); the held-out pairs
 * measure them. Options of `clusterQuestions` override the link thresholds.
 */
export const CLUSTER_SETTINGS = {
  /** Similarity at which two prompts of different sets are linked. */
  threshold: 0.5,
  /**
   * Similarity at which two prompts of the same set are linked: higher, as a
   * set asks about one concept from several sides and rarely repeats itself.
   */
  sameSetThreshold: 0.65,
  /**
   * Most words two prompts of one set may differ by, swapped in place, to
   * count as parallel questions about two things, never linked ("… when a
   * request comes in" / "… when a response goes out").
   */
  parallelSwaps: 3,
  /** Chaining guard: a cluster member less similar than this to the medoid is split off. */
  medoidThreshold: 0.35,
  /**
   * Factor applied once per named concept one prompt asks about and the
   * other neither names nor implies ("What is a QuerySet?" vs "values() vs
   * values_list() in a QuerySet").
   */
  extraConceptPenalty: 0.6,
  /** Factor on the similarity of a prompt's lead clause to the other prompt (across sets only). */
  leadClauseWeight: 0.9,
  /**
   * How much a term says about what a prompt asks, before IDF: a named
   * concept outweighs a plain word (it is what the question is about); plain
   * words often only elaborate ("to handle cross-cutting concerns");
   * descriptive words (`GENERIC_WORDS`) count least.
   */
  /**
   * Similarity of two prompts that compare the same concepts ("Compare WSGI
   * and ASGI" and "When would you choose ASGI over WSGI?"), within a set or
   * across: as good as near-identical.
   */
  sameComparison: 0.95,
  /**
   * Cap on the total weight (kind weight × IDF) of the descriptive words
   * (`GENERIC_WORDS`) only one of two prompts has: "Explain how the admin
   * interface accelerates development and aids in managing application data"
   * still asks "What is the admin?".
   */
  maxGenericExtra: 1.5,
  termKindWeight: { concept: 1.5, implied: 0.75, example: 0.75, word: 0.6, generic: 0.3 },
} as const
