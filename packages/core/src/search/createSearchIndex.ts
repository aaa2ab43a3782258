import type { QuestionIndex } from '../createIndex.js'
import { QuizbankError, describeValue } from '../errors.js'
import { fingerprint } from '../query/fingerprint.js'
import { indexDataOf, type IndexData } from '../query/indexData.js'
import { buildTextIndex, type TextIndex, type TextIndexSettings } from './buildTextIndex.js'
import { decodeSearchIndex } from './decodeSearchIndex.js'
import { encodeRuns, toBase64 } from './encodePostings.js'
import { resolveSettings } from './resolveSettings.js'
import type { Scratch } from './rankDocuments.js'

/** Options of {@link createSearchIndex}: how matches are weighed (fixed when the index is built). */
export interface SearchIndexOptions {
  /** BM25 term-frequency saturation. Default `1.2`. */
  readonly k1?: number
  /** BM25 length normalisation, from 0 (none) to 1 (full). Default `0.75`. */
  readonly b?: number
  /** Relative weight of a match in each field. Default `{ prompt: 4, answer: 0.2, hints: 1 }`. */
  readonly boost?: { readonly prompt?: number; readonly answer?: number; readonly hints?: number }
  /** Words left out of the index and of queries. Default: a short English list ({@link DEFAULT_STOP_WORDS}); `[]` indexes every word. */
  readonly stopWords?: readonly string[]
  /** Index and search words by their Porter2 stem ("deploying" finds "deployment"). Default `true`. */
  readonly stem?: boolean
}

/** A full-text index over an index's questions; pass it to `search`. */
export interface SearchIndex {
  /** The question index it searches. */
  readonly index: QuestionIndex
  /** How many distinct terms it holds. */
  readonly termCount: number
  /** How many (term, question) postings it holds: about 5 bytes each in memory. */
  readonly postingCount: number
  /** The serialisable form, so `JSON.stringify(searchIndex)` works; see {@link serializeSearchIndex}. */
  toJSON(): SerializedSearchIndex
}

/** The JSON form of a search index; ship it to skip tokenising at start-up. */
export interface SerializedSearchIndex {
  readonly format: 'quizbank-search-index'
  readonly version: 2
  readonly settings: TextIndexSettings
  /** How many questions, and a hash of their ids in order: the index it belongs to. */
  readonly docCount: number
  readonly corpus: string
  readonly terms: readonly string[]
  /** Postings per term (document frequency), in term order. */
  readonly counts: readonly number[]
  /** Base64 varint gaps of the document numbers, term after term. */
  readonly docs: string
  /** Base64 of the 8-bit impacts, in posting order. */
  readonly impacts: string
}

/** What `search` needs behind a SearchIndex. */
export interface SearchInternals {
  readonly data: IndexData
  readonly text: TextIndex
  scratch: Scratch | undefined
}

const registry = new WeakMap<object, SearchInternals>()

/**
 * Build the full-text index of an index's questions (prompt, answer and
 * hints): tokenised once into a sorted dictionary and compressed postings
 * with BM25F impacts. `search(index, …)` builds one with default options on
 * first use; call this to choose options, to build ahead of time, or to
 * serialise the result.
 *
 * @example
 *   const searchIndex = createSearchIndex(index, { boost: { prompt: 3 } })
 *   search(searchIndex, 'select related', { topics: ['orm'] })
 */
export function createSearchIndex(index: QuestionIndex, options: SearchIndexOptions = {}): SearchIndex {
  const data = indexDataOf(index, 'createSearchIndex')
  if (typeof options !== 'object' || options === null) {
    throw new QuizbankError('INVALID_OPTION', `createSearchIndex: expected an options object, received ${describeValue(options)}.\n  example: createSearchIndex(index, { boost: { prompt: 3 } })`)
  }
  return wrap(index, data, buildTextIndex(data.questions, resolveSettings(options, 'createSearchIndex', 'INVALID_OPTION'), 'createSearchIndex'))
}

/**
 * The JSON-safe form of a search index.
 *
 * @example
 *   writeFileSync('search.json', JSON.stringify(serializeSearchIndex(searchIndex)))
 */
export function serializeSearchIndex(searchIndex: SearchIndex): SerializedSearchIndex {
  const { data, text } = searchInternalsOf(searchIndex, 'serializeSearchIndex')
  const counts = Array.from({ length: text.terms.length }, (_, t) => (text.offsets[t + 1] as number) - (text.offsets[t] as number))
  return {
    format: 'quizbank-search-index',
    version: 2,
    settings: text.settings,
    docCount: text.docCount,
    corpus: corpusFingerprint(data),
    terms: text.terms,
    counts,
    docs: encodeRuns(text.offsets, text.docs),
    impacts: toBase64(text.impacts),
  }
}

/**
 * Restore a search index from {@link serializeSearchIndex} output, for the
 * same questions (checked: same count and ids in the same order).
 *
 * @example
 *   const searchIndex = loadSearchIndex(index, await (await fetch('/search.json')).json())
 */
export function loadSearchIndex(index: QuestionIndex, serialized: SerializedSearchIndex): SearchIndex {
  const data = indexDataOf(index, 'loadSearchIndex')
  const s = serialized as Partial<SerializedSearchIndex> | null
  if (
    typeof s !== 'object' ||
    s === null ||
    s.format !== 'quizbank-search-index' ||
    !Array.isArray(s.terms) ||
    !Array.isArray(s.counts) ||
    s.counts.length !== s.terms.length ||
    typeof s.docs !== 'string' ||
    typeof s.impacts !== 'string' ||
    typeof s.settings !== 'object' ||
    s.settings === null
  ) {
    throw new QuizbankError('INVALID_DATA', `loadSearchIndex: expected the output of serializeSearchIndex(), received ${describeValue(serialized)}.`)
  }
  // Version 2 indexes stems (and records whether in its settings); a version 1 index holds whole words, which stemmed queries would miss.
  if (s.version !== 2) throw new QuizbankError('INVALID_DATA', `loadSearchIndex: search index version ${describeValue(s.version)} is not supported by this release (it reads version 2). Rebuild it with serializeSearchIndex(createSearchIndex(index)).`)
  if (s.docCount !== data.size || s.corpus !== corpusFingerprint(data)) {
    throw new QuizbankError(
      'INVALID_DATA',
      `loadSearchIndex: this search index was built for other questions (${describeValue(s.docCount)} questions, ids hash ${describeValue(s.corpus)}; ` +
        `this index has ${data.size}, hash "${corpusFingerprint(data)}"). Rebuild it with createSearchIndex(index).`,
    )
  }
  return wrap(index, data, decodeSearchIndex(s as SerializedSearchIndex, data.size))
}

/** The internals behind a SearchIndex, or, for a plain QuestionIndex, its default search index (built on first use). */
export function searchInternalsOf(value: SearchIndex | QuestionIndex, caller: string): SearchInternals {
  const own = typeof value === 'object' && value !== null ? registry.get(value) : undefined
  if (own !== undefined) return own
  const data = indexDataOf(value, caller)
  let built = data.extensions.get('search') as SearchIndex | undefined
  if (built === undefined) {
    built = wrap(value as QuestionIndex, data, buildTextIndex(data.questions, resolveSettings({}, caller, 'INVALID_OPTION'), caller))
    data.extensions.set('search', built)
  }
  return registry.get(built) as SearchInternals
}

function wrap(index: QuestionIndex, data: IndexData, text: TextIndex): SearchIndex {
  const searchIndex: SearchIndex = {
    index,
    termCount: text.terms.length,
    postingCount: text.docs.length,
    toJSON: () => serializeSearchIndex(searchIndex),
  }
  registry.set(searchIndex, { data, text, scratch: undefined })
  return searchIndex
}

function corpusFingerprint(data: IndexData): string {
  let value = data.extensions.get('corpus') as string | undefined
  if (value === undefined) {
    value = fingerprint(data.questions.map((q) => q.id))
    data.extensions.set('corpus', value)
  }
  return value
}
