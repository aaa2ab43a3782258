import type { QuestionIndex } from '@quizbank/core'
import { loadSearchIndex, type SearchIndex, type SerializedSearchIndex } from '@quizbank/core/search'
import data from '../prebuilt/search-index.json' with { type: 'json' }

const loaded = new WeakMap<QuestionIndex, SearchIndex>()

/**
 * The full-text search index of the whole corpus, prebuilt by
 * `corpus:build` (default search settings): loading it takes a few
 * milliseconds, where the first `search(index, …)` would otherwise tokenise
 * every question (BENCHMARKS.md (d)). `index` must be `createIndex(questions)`
 * of this package's `questions`, all of them in their order; for any other
 * questions `loadSearchIndex` throws a `QuizbankError` (build one with
 * `createSearchIndex` then). Loaded once per index. This entry is separate, so
 * apps that never search do not ship the index.
 *
 * @example
 *   import { createIndex } from '@quizbank/core'
 *   import { search } from '@quizbank/core/search'
 *   import { questions } from '@quizbank/corpus'
 *   import { corpusSearchIndex } from '@quizbank/corpus/search'
 *
 *   const index = createIndex(questions)
 *   search(corpusSearchIndex(index), 'select related').hits[0]?.question.id
 */
export function corpusSearchIndex(index: QuestionIndex): SearchIndex {
  let searchIndex = loaded.get(index)
  if (searchIndex === undefined) {
    searchIndex = loadSearchIndex(index, data as unknown as SerializedSearchIndex)
    loaded.set(index, searchIndex)
  }
  return searchIndex
}
