import type { Question } from './schema/question.js'
import type { QuestionIndex } from './createIndex.js'
import { QuizbankError, describeValue } from './errors.js'
import { excludedPositions } from './query/exclusions.js'
import { filterPool } from './query/filterPool.js'
import { cached, type IndexData } from './query/indexData.js'
import { normalizeFilter, type NormalizedFilter, type QuestionFilter } from './query/normalizeFilter.js'
import { searchInternalsOf, type SearchIndex, type SearchInternals } from './search/createSearchIndex.js'
import { findTerms, type TermMatch } from './search/findTerms.js'
import { findTypoTerms } from './search/findTypoTerms.js'
import { highlightMatches, type SearchMatches } from './search/highlight.js'
import { createScratch, rankDocuments } from './search/rankDocuments.js'
import { stemTerm } from './search/stemTerm.js'
import { forEachTerm } from './search/tokenize.js'

/** Options of {@link search}: a filter, paging, and how words match. */
export interface SearchOptions<TTopic extends string = string> extends QuestionFilter<TTopic> {
  /** How many hits to skip. Default `0`. */
  readonly offset?: number | undefined
  /** Most hits to return. Default `10`. */
  readonly limit?: number | undefined
  /** Also match longer words starting with a query word: `'last'` only the last word (as typed in a search box), `true` every word. Default `'last'`. */
  readonly prefix?: boolean | 'last' | undefined
  /** `'or'`: a question matching any query word is a hit (ranked by BM25); `'and'`: only questions matching every word. Default `'or'`. */
  readonly combine?: 'or' | 'and' | undefined
  /** Most completions of a prefix (the most frequent ones). Default `20`. */
  readonly maxExpansions?: number | undefined
  /** Weight of a completion relative to the exact word, times word length / completion length. Default `0.5`. */
  readonly prefixWeight?: number | undefined
}

/** One search result. */
export interface SearchHit<Q extends Question = Question> {
  readonly question: Q
  /** BM25F score: higher is better; comparable within one search only. */
  readonly score: number
  /** Where the query words matched, per field: computed when first read, so hits a caller does not highlight cost nothing. */
  readonly matches: SearchMatches
}

/** One page of hits, best first. */
export interface SearchResult<Q extends Question = Question> {
  readonly hits: SearchHit<Q>[]
  /** How many questions match in all: counted when first read where the ranking did not need the count. */
  readonly total: number
}

/**
 * Limits on one query, so a single request cannot hold the page. A query
 * past a limit is refused with an error naming it, never cut silently.
 */
export const SEARCH_LIMITS = {
  /**
   * Longest query text, in UTF-16 units. A pasted paragraph fits; a whole
   * document does not: the cost grows with the distinct words times their
   * postings, and a search box never needs more.
   */
  maxQueryLength: 2_000,
  /** Most distinct words (stop words aside) with `combine: 'and'`: one bit per word tracks which a question matched. */
  maxAndWords: 32,
} as const

const SEARCH_OPTIONS = ['offset', 'limit', 'prefix', 'combine', 'maxExpansions', 'prefixWeight']

/**
 * Ranked full-text search over prompt, answer and hints: BM25F (prompt ×4,
 * answer ×0.2 by default) on an in-memory inverted index, with the same
 * filters as `query`, prefix matching for search-as-you-type, and match
 * positions for highlighting. Ties keep corpus order. Pass a
 * {@link SearchIndex} from `createSearchIndex`/`loadSearchIndex`, or a plain
 * index (its search index is then built on first use, with defaults).
 *
 * Words are split at anything that is not a letter or digit, lower-cased,
 * stripped of diacritics and reduced to their Porter2 stem (unless the index
 * was built with `stem: false`), so "deploying" finds "deployment". A word
 * the index does not hold is matched to the closest indexed words within one
 * or two edits (typo tolerance; see `RANKING.typo`). A hit that matches only
 * some of the words is scaled by the share of the query's idf it matched,
 * so a hit on "vs" alone does not outrank one on "authentication".
 *
 * @example
 *   const { hits, total } = search(index, 'prefetch rel', { topics: ['orm'], limit: 5 })
 *   for (const { question, matches } of hits) {
 *     console.log(matches.prompt.map((m) => question.prompt.slice(m.start, m.end)))
 *   }
 */
export function search<Q extends Question = Question>(index: QuestionIndex<Q> | SearchIndex, text: string, options: NoInfer<SearchOptions<Q['topic']>> = {}): SearchResult<Q> {
  const internals = searchInternalsOf(index, 'search')
  const { data } = internals
  const filter = normalizeFilter(data, options, 'search', SEARCH_OPTIONS)
  if (typeof text !== 'string') throw invalid('text', text, 'a string', "search(index, 'select related')")
  const offset = count(options.offset, 'offset', 0)
  const limit = count(options.limit, 'limit', 10)
  const prefix = options.prefix ?? 'last'
  if (prefix !== true && prefix !== false && prefix !== 'last') throw invalid('prefix', prefix, "true, false or 'last'", "{ prefix: 'last' }")
  const combine = options.combine ?? 'or'
  if (combine !== 'or' && combine !== 'and') throw invalid('combine', combine, "'or' or 'and'", "{ combine: 'and' }")
  const maxExpansions = count(options.maxExpansions, 'maxExpansions', 20)
  const prefixWeight = options.prefixWeight ?? 0.5
  if (typeof prefixWeight !== 'number' || !(prefixWeight >= 0 && prefixWeight <= 1)) throw invalid('prefixWeight', prefixWeight, 'a number from 0 to 1', '{ prefixWeight: 0.5 }')

  if (text.length > SEARCH_LIMITS.maxQueryLength) {
    throw new QuizbankError(
      'INVALID_OPTION',
      `search: the query text is ${text.length} characters long; the limit is SEARCH_LIMITS.maxQueryLength = ${SEARCH_LIMITS.maxQueryLength}. Search for its key words instead.`,
      { option: 'text' },
    )
  }

  const { text: textIndex } = internals
  const stop = stopWordsOf(textIndex)
  // A Set, not Array.includes: deduplicating stays linear in the number of words.
  const unique = new Set<string>()
  forEachTerm(text, new Set(), (term) => void unique.add(term))
  const words = [...unique]
  if (combine === 'and') {
    const counted = words.filter((w, i) => !stop.has(w) || prefix === true || (prefix === 'last' && i === words.length - 1)).length
    if (counted > SEARCH_LIMITS.maxAndWords) {
      throw new QuizbankError(
        'INVALID_OPTION',
        `search: combine: 'and' takes at most SEARCH_LIMITS.maxAndWords = ${SEARCH_LIMITS.maxAndWords} distinct words, and the query has ${counted}. Use combine: 'or' (ranked by how many words match), or fewer words.`,
        { option: 'combine' },
      )
    }
  }
  const groups: TermMatch[][] = []
  words.forEach((word, i) => {
    const expand = prefix === true || (prefix === 'last' && i === words.length - 1)
    // A stop word is not indexed, but as the word being typed it may be the start of one that is.
    if (stop.has(word) && !expand) return
    const matches = matchWord(textIndex, word, expand, { maxExpansions, prefixWeight })
    if (matches.length > 0 || combine === 'and') groups.push(matches)
  })
  if (groups.length === 0 || groups.some((g) => g.length === 0)) return { hits: [], total: 0 }

  internals.scratch ??= createScratch(textIndex.docCount)
  const ranked = rankDocuments(textIndex, internals.scratch, groups, {
    allowed: allowedMask(data, filter),
    excluded: excludedPositions(data, filter.exclude),
    all: combine === 'and',
    k: Math.min(offset + limit, data.size),
  })
  const context: HitContext = { groups, text: textIndex, matched: undefined }
  const hits = ranked.top.slice(offset).map(({ doc, score }) => new Hit(data.questions[doc] as Q, score, context))
  // Lazy too (enumerable): for a word with several completions the count is a
  // pass over their postings, which a search box showing the top hits skips.
  return {
    hits,
    get total() {
      return ranked.total
    },
  }
}

/** What the hits of one search share to compute their matches when read. */
interface HitContext {
  readonly groups: readonly (readonly TermMatch[])[]
  readonly text: SearchInternals['text']
  /** The matched dictionary terms, collected on the first read of any hit's matches. */
  matched: Set<string> | undefined
}

/**
 * A search hit whose `matches` are computed when first read: re-tokenising
 * a question is most of a short query's cost. A class, not an object literal
 * with a getter (V8 builds those on a slow path, and a page of them cost more
 * than ranking a one-word query); `toJSON` keeps `matches` in
 * `JSON.stringify`.
 */
class Hit<Q extends Question> implements SearchHit<Q> {
  readonly question: Q
  readonly score: number
  #context: HitContext
  #matches: SearchMatches | undefined

  constructor(question: Q, score: number, context: HitContext) {
    this.question = question
    this.score = score
    this.#context = context
  }

  get matches(): SearchMatches {
    if (this.#matches === undefined) {
      const c = this.#context
      c.matched ??= new Set(c.groups.flatMap((g) => g.map((m) => c.text.terms[m.id] as string)))
      this.#matches = highlightMatches(this.question, c.matched, c.text.settings.stem)
    }
    return this.#matches
  }

  toJSON(): { question: Q; score: number; matches: SearchMatches } {
    return { question: this.question, score: this.score, matches: this.matches }
  }
}

const stopWordSets = new WeakMap<object, ReadonlySet<string>>()

/** The index's stop words as a set, made once per index (not per query). */
function stopWordsOf(text: SearchInternals['text']): ReadonlySet<string> {
  let set = stopWordSets.get(text)
  if (set === undefined) {
    set = new Set(text.settings.stopWords)
    stopWordSets.set(text, set)
  }
  return set
}

/**
 * The dictionary terms one query word matches: its stem; with `expand`, the
 * completions of the word as typed (and of its stem); and when none of that
 * is indexed, the terms within a typo of it.
 */
function matchWord(text: SearchInternals['text'], word: string, expand: boolean, options: { maxExpansions: number; prefixWeight: number }): TermMatch[] {
  const term = text.settings.stem ? stemTerm(word) : word
  const out = findTerms(text, term, { prefix: expand, ...options })
  if (expand && term !== word) {
    // A stem is not always a prefix of its word: "query" stems to "queri", yet as typed it completes to "queryset".
    for (const m of findTerms(text, word, { prefix: true, ...options })) if (!out.some((o) => o.id === m.id)) out.push(m)
  }
  // A typo: corrected against the word as typed and against its stem ("optimisation" → "optimis" ≈ "optim").
  if (out.length === 0) return findTypoTerms(text, term === word ? [word] : [word, term])
  return out
}

/** A byte per question, 1 when the filter keeps it; cached per filter. `undefined` when there is no filter. */
function allowedMask(data: IndexData, filter: NormalizedFilter): Uint8Array | undefined {
  if (filter.clauses.length === 0 && !filter.matchesNothing) return undefined
  return cached(data, `mask:${filter.key}:${filter.matchesNothing}`, () => {
    const mask = new Uint8Array(data.size)
    for (const pos of filterPool(data, filter)) mask[pos] = 1
    return mask
  })
}

function count(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  throw invalid(option, value, 'an integer ≥ 0', `{ ${option}: ${fallback} }`)
}

function invalid(option: string, received: unknown, expected: string, example: string): QuizbankError {
  return new QuizbankError('INVALID_OPTION', `search: option "${option}": expected ${expected}, received ${describeValue(received)}.\n  example: ${example}`, { option })
}
