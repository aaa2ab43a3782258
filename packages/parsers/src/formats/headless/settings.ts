/**
 * The tuned numbers of the headless-answers heuristic, each in one place.
 * Scores are those of `scoreBlockStart`: around 3 and above is a likely
 * block start, below 1 an unlikely one.
 */
export const HEADLESS = {
  /**
   * Score from which a candidate is a strong block start: kept when the
   * document declares no count, counted by detection and by the
   * declared-count cross-check, and the open block later candidates are
   * scored against.
   */
  strongScore: 4,
  /** Score below which a candidate is never kept, even to reach a declared count. */
  floor: 1,
  /** Fewest strong openings for a document to be this style at all. */
  minOpenings: 3,
  /** Non-blank lines one answer block typically spans, to turn the count of openings into a density. */
  linesPerBlock: 20,
  /** Lines detection reads from the top: the style shows well before that, and detection runs on every input. */
  sampleLines: 4000,
  /** Characters of a line read when finding candidates and profiling the document; the rest is cut. */
  maxLineLength: 4000,
  /** Non-blank lines compared on each side of a boundary for the change of vocabulary (`lexicalShift`). */
  shiftWindow: 8,
  /** Weight of the change of vocabulary in a start's score (`shift` 0..1 adds up to this much). */
  shiftWeight: 3,
  /** Words from which an open block is a full paragraph, so a start right after it is not marked down for closeness. */
  paragraphWords: 20,
  /** Most words a definition's subject may have. */
  maxSubjectWords: 8,
  /** Most words of a how-to purpose phrase (`create a thread in Java`). */
  maxPurposeWords: 10,
  /** Most words an appositive between a subject and its verb may span. */
  maxAsideWords: 12,
  /** Words after an unlisted verb in which a listed verb makes it a noun of the subject instead. */
  verbLookahead: 3,
  /** Most sentences a line is split into; the rest stay in the last one. */
  maxSentences: 50,
  /** Most words of a list item cut short without a dangling word (`- Set`, `- The fields`). */
  maxStubWords: 3,
  /** In-sentence capitalised uses from which a word also printed in lower case (half as often at most) is still a name. */
  minNameCount: 3,
  /** Fewest in-sentence uses for a name to count as the document's topic. */
  minTopicCount: 5,
  /** Most lines of a related-links list at the end of a document. */
  maxLinks: 40,
} as const
