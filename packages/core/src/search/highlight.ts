import type { Question } from '../schema/question.js'
import { stemTerm } from './stemTerm.js'
import { forEachTerm } from './tokenize.js'

/** Where a query term matched: `text.slice(start, end)` is the word as written. */
export interface MatchRange {
  /** UTF-16 offset of the first character. */
  readonly start: number
  /** UTF-16 offset after the last character. */
  readonly end: number
  /** The indexed term that matched (lower-case, diacritics removed, stemmed when the index stems). */
  readonly term: string
}

/** Match positions per field, ready for highlighting. */
export interface SearchMatches {
  readonly prompt: MatchRange[]
  /** Empty when the question has no answer. */
  readonly answer: MatchRange[]
  /** One list per hint, in hint order (an empty list for a hint without matches). */
  readonly hints: MatchRange[][]
}

const NO_STOP_WORDS: ReadonlySet<string> = new Set()

/**
 * Find where `terms` occur in a question's prompt, answer and hints, by
 * re-tokenising just this question (so the index stores no positions).
 * With `stem`, each word is compared by its stem, as the index stores it.
 *
 * @example
 *   const m = highlightMatches(question, new Set(['queryset']), true)
 *   m.prompt.map((r) => question.prompt.slice(r.start, r.end)) // ['QuerySet']
 */
export function highlightMatches(question: Question, terms: ReadonlySet<string>, stem = false): SearchMatches {
  const find = (text: string | undefined): MatchRange[] => {
    const out: MatchRange[] = []
    if (text !== undefined) {
      forEachTerm(text, NO_STOP_WORDS, (term, start, end) => {
        const indexed = stem ? stemTerm(term) : term
        if (terms.has(indexed)) out.push({ start, end, term: indexed })
      })
    }
    return out
  }
  return { prompt: find(question.prompt), answer: find(question.answer), hints: (question.hints ?? []).map(find) }
}
