import type { DraftQuestion } from '@quizbank/parsers'

/** A minimal draft question for enrichment tests. */
export function draft(prompt: string, extra: Partial<DraftQuestion> = {}): DraftQuestion {
  return { prompt, lines: { first: 1, last: 1 }, promptInferred: false, ...extra }
}
