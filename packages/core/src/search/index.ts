// The full-text search entry, '@quizbank/core/search': kept apart so apps
// that only query and sample do not ship the tokenizer and ranking code.
export { search, SEARCH_LIMITS } from '../search.js'
export type { SearchOptions, SearchHit, SearchResult } from '../search.js'
export { createSearchIndex, serializeSearchIndex, loadSearchIndex } from './createSearchIndex.js'
export type { SearchIndex, SearchIndexOptions, SerializedSearchIndex } from './createSearchIndex.js'
export type { TextIndexSettings } from './buildTextIndex.js'
export type { SearchMatches, MatchRange } from './highlight.js'
export { DEFAULT_STOP_WORDS } from './tokenize.js'
// The one stemmer of the project: search, @quizbank/enrich and @quizbank/parsers compare words by it.
export { stemTerm } from './stemTerm.js'
