import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createIndex, type Question, type QuestionFilter } from '@quizbank/core'
import { DEFAULT_STOP_WORDS, createSearchIndex, loadSearchIndex, search, serializeSearchIndex, type SearchHit } from '@quizbank/core/search'
// Internals with their own contract: the fast indexing scanner must split
// text exactly like the tokenizer used for queries and highlights.
import { createTermTable } from '../src/search/createTermTable.js'
import { searchInternalsOf } from '../src/search/createSearchIndex.js'
import { blockMaxima, termMaxima } from '../src/search/blockMaxima.js'
import { findTerms } from '../src/search/findTerms.js'
import { championLists } from '../src/search/championLists.js'
import { rankAroundLongest } from '../src/search/rankAroundLongest.js'
import { coordinationOf, createScratch, rankAllPostings, rankDocuments, termFactor } from '../src/search/rankDocuments.js'
import { rankByMerge } from '../src/search/rankByMerge.js'
import { RANKING } from '../src/search/rankingSettings.js'
import { scanTerms } from '../src/search/scanTerms.js'
import { forEachTerm } from '../src/search/tokenize.js'
import { arbCorpus, arbFilter, errorOf, ids, makeQuestion, satisfies } from './questions.js'

const docs: Question[] = [
  makeQuestion(0, { prompt: 'What does select_related() do?', answer: 'It follows foreign keys with a SQL join.', topic: 'orm', tags: ['queryset'] }),
  makeQuestion(1, { prompt: 'How do you cache a view?', answer: 'Use the cache_page decorator; select_related is unrelated.', topic: 'caching' }),
  makeQuestion(2, { prompt: 'What is a QuerySet?', answer: 'A lazy collection of database rows.', topic: 'orm', hints: ['Think of laziness.'] }),
  makeQuestion(3, { prompt: 'Explain querysets and their evaluation in depth, with many details about caching and iteration', topic: 'orm' }),
  makeQuestion(4, { prompt: 'Qu’est-ce qu’un café?', answer: 'Un café est une boisson.', topic: 'career' }),
  makeQuestion(5, { prompt: 'What is CSRF protection?', answer: 'A token checked on unsafe requests.', topic: 'security', tags: ['csrf'] }),
  makeQuestion(6, { prompt: 'Why use prefetch_related()?', answer: 'To avoid N+1 queries on many-to-many relations.', topic: 'orm', tags: ['queryset'] }),
]
const index = createIndex(docs)
const top = (text: string, options = {}) => ids(search(index, text, options).hits.map((h) => h.question))
const highlighted = (hit: SearchHit, field: 'prompt' | 'answer') => hit.matches[field].map((m) => (hit.question[field] as string).slice(m.start, m.end))

describe('search: ranking', () => {
  test('a prompt match outranks an answer-only match (prompt boost 4, answer 0.2)', () => {
    // q-6 matches only "related" (from prefetch_related), in its prompt; q-1 has both words, in its answer only.
    expect(top('select_related')).toEqual(['set-0/q-0', 'set-0/q-6', 'set-1/q-1'])
  })

  test('a rarer word counts more (idf), a shorter field more (length normalisation)', () => {
    // "querysets" (q-3) has the stem of "queryset"; q-2's shorter prompt comes first.
    expect(top('queryset', { prefix: false })).toEqual(['set-2/q-2', 'set-0/q-3'])
    expect(top('querysets caching', { prefix: false })[0]).toBe('set-0/q-3')
  })

  test('equal scores keep corpus order', () => {
    const twins = createIndex([makeQuestion(0, { prompt: 'Same words here' }), makeQuestion(1, { prompt: 'Same words here' })])
    expect(ids(search(twins, 'words').hits.map((h) => h.question))).toEqual(['set-0/q-0', 'set-1/q-1'])
  })

  test('scores agree with a plain (unquantised) BM25F on random corpora', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'eps'), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 }), fc.constantFrom('alpha', 'beta gamma', 'delta eps alpha'), (texts, text) => {
        const corpus = texts.map((words, i) => makeQuestion(i, { prompt: words.slice(0, 3).join(' '), ...(words.length > 3 ? { answer: words.slice(3).join(' ') } : {}) }))
        const hits = search(createIndex(corpus), text, { prefix: false, limit: 100 }).hits
        const reference = referenceScores(corpus, text.split(' '), RANKING.coordinationExponent)
        expect(hits.length).toBe([...reference.values()].filter((s) => s > 0).length)
        for (const hit of hits) expect(hit.score).toBeCloseTo(reference.get(hit.question.id) as number, 1)
        // Ranked by score: allow for the 8-bit quantisation of term weights.
        for (let i = 1; i < hits.length; i++) expect((reference.get(hits[i]!.question.id) as number) <= (reference.get(hits[i - 1]!.question.id) as number) * 1.02 + 1e-9).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})

describe('search: matching', () => {
  test('prefix: the last word by default, every word with true, none with false', () => {
    // queryset (q-2, shortest prompt first), querysets (q-3, the same stem), queries (q-6).
    expect(top('quer')).toEqual(['set-2/q-2', 'set-0/q-3', 'set-0/q-6'])
    expect(top('quer', { prefix: false })).toEqual([])
    expect(top('quer lazy')).toEqual(['set-2/q-2'])
    expect(top('quer lazy', { prefix: true })).toEqual(['set-2/q-2', 'set-0/q-3', 'set-0/q-6'])
  })

  test('an exact word outranks a longer word it prefixes', () => {
    const c = createIndex([makeQuestion(0, { prompt: 'cached pages' }), makeQuestion(1, { prompt: 'the cache' })])
    expect(ids(search(c, 'cache').hits.map((h) => h.question))).toEqual(['set-1/q-1', 'set-0/q-0'])
  })

  test("combine: 'and' keeps only questions matching every word", () => {
    // q-2 holds "lazy" and "laziness" (one stem, in answer and hint); q-1 "cache"; q-3 "caching" (cache's stem).
    expect(top('cache lazy', { combine: 'or' })).toEqual(['set-2/q-2', 'set-1/q-1', 'set-0/q-3'])
    expect(top('cache lazy', { combine: 'and' })).toEqual([])
    expect(top('cache decorator', { combine: 'and' })).toEqual(['set-1/q-1'])
    expect(top('cache zzzz', { combine: 'and' })).toEqual([])
  })

  test('case, punctuation and diacritics are ignored; stop words are not indexed', () => {
    expect(top('CAFE')).toEqual(['set-1/q-4'])
    expect(top('csrf!')).toEqual(['set-2/q-5'])
    expect(search(index, 'what is the', { prefix: false }).total).toBe(0)
    const all = createSearchIndex(index, { stopWords: [] })
    expect(top('what', { prefix: false })).toEqual([])
    expect(ids(search(all, 'what', { prefix: false }).hits.map((h) => h.question))).toEqual(['set-2/q-2', 'set-2/q-5', 'set-0/q-0'])
  })

  test('filters, exclusions and totals', () => {
    expect(top('related')).toEqual(['set-0/q-0', 'set-0/q-6', 'set-1/q-1'])
    const r = search(index, 'related', { topics: ['orm'] })
    expect(ids(r.hits.map((h) => h.question))).toEqual(['set-0/q-0', 'set-0/q-6'])
    expect(r.total).toBe(2)
    expect(search(index, 'related', { topics: ['orm'], exclude: ['set-0/q-0'] }).total).toBe(1)
    expect(search(index, 'related', { sets: ['nope'], unknownValues: 'match-none' }).total).toBe(0)
    expect(errorOf(() => search(index, 'related', { sets: ['nope'] }))).toMatch(/^UNKNOWN_VALUE: search: option "sets": unknown set "nope"/)
  })

  test('match positions slice the words as written, per field', () => {
    const [hit] = search(index, 'café boisson').hits
    expect(highlighted(hit!, 'prompt')).toEqual(['café'])
    expect(highlighted(hit!, 'answer')).toEqual(['café', 'boisson'])
    // "lazy" and "laziness" share the stem "lazi".
    const [lazy] = search(index, 'lazy').hits
    expect(lazy!.matches).toEqual({ prompt: [], answer: [{ start: 2, end: 6, term: 'lazi' }], hints: [[{ start: 9, end: 17, term: 'lazi' }]] })
  })
})

describe('search: properties', () => {
  test('hits satisfy the filter, contain a query word, never repeat; pages concatenate to the full ranking', () => {
    const words = fc.constantFrom('answer', 'item', 'what', 'nothing', 'an')
    fc.assert(
      fc.property(arbCorpus(), arbFilter(), fc.array(words, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 5 }), (corpus, filter, query, size) => {
        const idx = createIndex(corpus)
        const text = query.join(' ')
        const whole = search(idx, text, { ...filter, limit: corpus.length })
        expect(whole.hits.length).toBe(whole.total)
        expect(new Set(whole.hits.map((h) => h.question.id)).size).toBe(whole.total)
        for (const hit of whole.hits) {
          expect(satisfies(hit.question, filter)).toBe(true)
          expect(hit.matches.prompt.length + hit.matches.answer.length + hit.matches.hints.flat().length).toBeGreaterThan(0)
        }
        const pages: string[] = []
        for (let offset = 0; offset < whole.total; offset += size) pages.push(...search(idx, text, { ...filter, offset, limit: size }).hits.map((h) => h.question.id))
        expect(pages).toEqual(whole.hits.map((h) => h.question.id))
      }),
      { numRuns: 150 },
    )
  })

  // Up to 400 questions with one very common word: postings span several
  // 64-posting blocks, impacts repeat (ties), prefixes match several terms,
  // and rare words next to a common one take the fast path.
  const rankingWord = fc.oneof({ arbitrary: fc.constant('ab'), weight: 12 }, fc.constantFrom('abc', 'abd', 'b', 'ca', 'cab'))
  const rankingCase = fc.record({
    docs: fc.array(fc.tuple(fc.array(rankingWord, { minLength: 1, maxLength: 4 }), fc.array(rankingWord, { maxLength: 8 })), { minLength: 1, maxLength: 400, size: 'max' }),
    improving: fc.boolean(),
    query: fc.record({ text: fc.constantFrom('ab', 'abc', 'a', 'b', 'ca', 'c', 'zz', 'ab ca', 'cab ab', 'b ab c', 'abd a'), prefix: fc.constantFrom(true, false, 'last' as const), all: fc.boolean() }),
    restriction: fc.record({ mask: fc.option(fc.array(fc.boolean(), { minLength: 400, maxLength: 400 })), excluded: fc.array(fc.nat(450), { maxLength: 20 }) }),
    k: fc.constantFrom(0, 1, 3, 10, 65, 1000),
  })
  /** A ranking case's text index, word groups and options. */
  function rankingInputs({ docs, improving, query: { text, prefix, all }, restriction: { mask, excluded }, k }: typeof rankingCase extends fc.Arbitrary<infer T> ? T : never) {
    // Longer texts first: later blocks then hold better postings than the kept ones, so a wrong skip shows.
    const texts = improving ? [...docs].sort((x, y) => y[0].length + y[1].length - (x[0].length + x[1].length)) : docs
    const corpus = texts.map(([p, a], i) => makeQuestion(i, { prompt: p.join(' '), ...(a.length > 0 ? { answer: a.join(' ') } : {}) }))
    const { text: textIndex } = searchInternalsOf(createIndex(corpus), 'test')
    const words = text.split(' ')
    const groups = words.map((w, i) => findTerms(textIndex, w, { prefix: prefix === true || (prefix === 'last' && i === words.length - 1), maxExpansions: 20, prefixWeight: 0.5 })).filter((g) => g.length > 0)
    const options = { allowed: mask === null ? undefined : Uint8Array.from(mask, Number), excluded: new Set(excluded), all, k }
    return { textIndex, groups, options }
  }

  // Slow (1–3 s alone, several times that under load): an explicit timeout.
  test('the skipping OR path ranks exactly like scoring every posting (hits, scores, ties, totals)', () => {
    fc.assert(
      fc.property(rankingCase, (c) => {
        const { textIndex, groups, options } = rankingInputs(c)
        const scratch = createScratch(textIndex.docCount)
        const fast = rankDocuments(textIndex, scratch, groups, options)
        const full = rankAllPostings(textIndex, scratch, groups, options)
        expect(fast).toEqual(full)
        expect(fast.top.length).toBe(Math.min(options.k, full.total))
      }),
      // Unshrunk on failure: shrinking corpora of hundreds of questions takes minutes.
      { numRuns: 300, endOnFailure: true },
    )
  }, 30_000)

  // rankDocuments takes this path only on indexes of MERGE_SETTINGS.minDocs documents or more: called directly here.
  test('walking postings side by side with MaxScore ranks exactly like scoring every posting (OR and AND, masks, exclusions, ties, totals)', () => {
    fc.assert(
      fc.property(rankingCase, (c) => {
        const { textIndex, groups, options } = rankingInputs(c)
        const merged = rankByMerge(textIndex, groups, options, options.all ? undefined : coordinationOf(textIndex, groups))
        expect(merged).toEqual(rankAllPostings(textIndex, createScratch(textIndex.docCount), groups, options))
      }),
      { numRuns: 300, endOnFailure: true },
    )
  }, 30_000)

  /** A text index built by hand from postings per term (docs ascending), so tests can place impacts exactly. */
  function handIndex(postings: readonly (readonly [number, number][])[], docCount: number) {
    const settings = { k1: 1.2, b: 0.75, boost: { prompt: 2, answer: 1, hints: 1 }, stopWords: [], stem: false }
    const offsets = Uint32Array.from([0, ...postings.map((_, t) => postings.slice(0, t + 1).reduce((n, p) => n + p.length, 0))])
    const docs = Uint32Array.from(postings.flatMap((p) => p.map(([d]) => d)))
    const impacts = Uint8Array.from(postings.flatMap((p) => p.map(([, i]) => i)))
    const terms = postings.map((_, t) => `t${String(t).padStart(3, '0')}`)
    return { settings, docCount, terms, offsets, docs, impacts, blockMax: blockMaxima(impacts), termMax: termMaxima(offsets, impacts), champions: championLists(offsets, impacts) }
  }

  test('a word counts once: a question holding two of its terms scores the better one, not their sum (every path)', () => {
    // Terms x and y of one word: 70 documents each at impact 100 (x: 0-69, y: 100-169), and document 200 in both at 99.
    // Added up, 200 would come first; a word's best term puts it last.
    const x: [number, number][] = [...Array.from({ length: 70 }, (_, d): [number, number] => [d, 100]), [200, 99]]
    const y: [number, number][] = [...Array.from({ length: 70 }, (_, d): [number, number] => [100 + d, 100]), [200, 99]]
    const text = handIndex([x, y], 201)
    const groups = [[{ id: 0, weight: 1 }, { id: 1, weight: 1 }]]
    const all = rankAllPostings(text, createScratch(201), groups, { allowed: undefined, excluded: new Set<number>(), all: false, k: 1000 })
    expect(all.top.at(-1)).toEqual({ doc: 200, score: termFactor(text, 0, 1) * 99 })
    for (const k of [3, 64]) {
      const options = { allowed: undefined, excluded: new Set<number>(), all: false, k }
      expect(rankDocuments(text, createScratch(201), groups, options)).toEqual(rankAllPostings(text, createScratch(201), groups, options))
      expect(rankByMerge(text, groups, options, undefined)).toEqual(rankAllPostings(text, createScratch(201), groups, options))
    }
  })

  test('champion lists: a document left out of a list at its floor, met through a short term, stays behind the listed ones (corpus order on the tie)', () => {
    // x: documents 0-63 and 100, all at impact 100; the list takes 0-63 (ties in corpus order), so 100 is left out at the floor.
    // y, short: document 100 alone, at impact 1. The champions meet 100 at y's small share only; its true score ties
    // the 64 listed documents, which come first in the corpus, so the top 64 are exactly 0-63 and 100 is 65th.
    const x: [number, number][] = [...Array.from({ length: 64 }, (_, d): [number, number] => [d, 100]), [100, 100]]
    const text = handIndex([x, [[100, 1]]], 101)
    const groups = [[{ id: 0, weight: 1 }, { id: 1, weight: 1 }]]
    const options = { allowed: undefined, excluded: new Set<number>(), all: false, k: 64 }
    const ranked = rankDocuments(text, createScratch(101), groups, options)
    expect(ranked.top.map((r) => r.doc)).toEqual(Array.from({ length: 64 }, (_, d) => d))
    expect(ranked).toEqual(rankAllPostings(text, createScratch(101), groups, options))
    expect(rankAllPostings(text, createScratch(101), groups, { ...options, k: 65 }).top[64]).toEqual({ doc: 100, score: termFactor(text, 0, 1) * 100 })
  })

  test('champion lists rank one word with its completions exactly like scoring every posting (random postings, tied impacts)', () => {
    const term = fc.uniqueArray(fc.tuple(fc.nat(299), fc.constantFrom(1, 2, 3, 200, 201, 255)), { minLength: 1, maxLength: 200, selector: ([d]) => d }).map((p) => p.sort((a, b) => a[0] - b[0]))
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(1, 0.5, 0.25), { minLength: 4, maxLength: 4 }), fc.integer({ min: 1, max: 64 }), (postings, weights, k) => {
        const text = handIndex(postings, 300)
        const groups = [postings.map((_, id) => ({ id, weight: weights[id] as number }))]
        const options = { allowed: undefined, excluded: new Set<number>(), all: false, k }
        expect(rankDocuments(text, createScratch(300), groups, options)).toEqual(rankAllPostings(text, createScratch(300), groups, options))
      }),
      { numRuns: 500 },
    )
  })

  test('the skipping OR path: a tie with a kept later document does not skip a block', () => {
    // Term 'l' in documents 0-199, term 'r' in 250 only, same impact and factor:
    // 250 is kept first (k = 1), then document 0 ties it and must win (corpus order).
    const settings = { k1: 1.2, b: 0.75, boost: { prompt: 2, answer: 1, hints: 1 }, stopWords: [], stem: false }
    const docs = Uint32Array.from([...Array.from({ length: 200 }, (_, d) => d), 250])
    const impacts = new Uint8Array(201).fill(100)
    const offsets = Uint32Array.from([0, 200, 201])
    const text = { settings, docCount: 251, terms: ['l', 'r'], offsets, docs, impacts, blockMax: blockMaxima(impacts), termMax: termMaxima(offsets, impacts), champions: championLists(offsets, impacts) }
    const terms = [{ id: 0, factor: 0.5 }, { id: 1, factor: 0.5 }]
    const ranked = rankAroundLongest(text, createScratch(251), terms, 0, { allowed: undefined, excluded: new Set(), k: 1 })
    expect(ranked).toEqual({ top: [{ doc: 0, score: 50 }], total: 201 })
  })

  test('one-word searches page and filter like the full ranking', () => {
    const corpus = Array.from({ length: 300 }, (_, i) => makeQuestion(i, { prompt: `item ${'item '.repeat(i % 4)}${i % 3 === 0 ? 'other' : ''}`, topic: i % 2 === 0 ? 'orm' : 'views' }))
    const idx = createIndex(corpus)
    for (const filter of [{}, { topics: ['orm' as const] }, { exclude: ['set-0/q-0', 'set-1/q-1'] }]) {
      const whole = search(idx, 'item', { ...filter, limit: 300 })
      expect(whole.total).toBe(whole.hits.length)
      for (const [offset, limit] of [[0, 1], [0, 10], [5, 7], [64, 70], [290, 20]] as const) {
        const page = search(idx, 'item', { ...filter, offset, limit })
        expect(page.total).toBe(whole.total)
        expect(page.hits).toEqual(whole.hits.slice(offset, offset + limit))
      }
    }
  })

  // Slow (1–3 s alone, several times that under load): an explicit timeout.
  test('the indexing scanner splits text exactly like the query tokenizer', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.constantFrom('Café', 'İstanbul', 'ﬁle', 'naïve', 'select_related()', '𝒳y', ' ', '.', 'ǅ', 'Straße', 'x'.repeat(45), 'a', 'the'), { maxLength: 12 }).map((p) => p.join('')))
    fc.assert(
      fc.property(text, (t) => {
        const stop = new Set(['a', 'the'])
        const expected: string[] = []
        const expectedCount = forEachTerm(t, stop, (term) => expected.push(term))
        const table = createTermTable()
        for (const w of stop) table.idOf(w)
        const got: string[] = []
        const count = scanTerms(t, table, (id) => id < 2, (id) => got.push(table.terms[id] as string))
        expect(got).toEqual(expected)
        expect(count).toBe(expectedCount)
      }),
      { numRuns: 1000 },
    )
  }, 30_000)
})

describe('search: indexes', () => {
  test('a plain index builds its search index on first use, with defaults', () => {
    const fresh = createIndex(docs)
    expect(search(fresh, 'related')).toEqual(search(createSearchIndex(fresh), 'related'))
  })

  test('serialise → JSON → load gives the same results', () => {
    const built = createSearchIndex(index, { boost: { prompt: 3 } })
    const loaded = loadSearchIndex(createIndex(docs), JSON.parse(JSON.stringify(serializeSearchIndex(built))))
    expect(loaded.termCount).toBe(built.termCount)
    expect(loaded.postingCount).toBe(built.postingCount)
    for (const text of ['related', 'quer', 'cache view', 'café']) expect(search(loaded, text)).toEqual(search(built, text))
    expect(JSON.stringify(built)).toBe(JSON.stringify(serializeSearchIndex(built)))
  })

  test('the default stop words are short and lower-case', () => {
    expect(DEFAULT_STOP_WORDS.every((w) => w === w.toLowerCase())).toBe(true)
  })
})

describe('search: errors', () => {
  test('loading a search index built for other questions', () => {
    const other = createIndex([makeQuestion(0)])
    expect(errorOf(() => loadSearchIndex(other, serializeSearchIndex(createSearchIndex(index))))).toMatchInlineSnapshot(`"INVALID_DATA: loadSearchIndex: this search index was built for other questions (7 questions, ids hash "1u0xre5pddm"; this index has 1, hash "h1np5nfqki"). Rebuild it with createSearchIndex(index)."`)
  })

  test('bad options', () => {
    expect(errorOf(() => search(index, 'x', { combine: 'xor' as 'or' }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: search: option "combine": expected 'or' or 'and', received "xor".
        example: { combine: 'and' }"
    `)
    expect(errorOf(() => search(index, 'x', { limit: -5 }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: search: option "limit": expected an integer ≥ 0, received -5.
        example: { limit: 10 }"
    `)
    expect(errorOf(() => search(index, 'x', { topics: ['databse' as 'orm'] }))).toMatchInlineSnapshot(`"UNKNOWN_VALUE: search: option "topics": unknown topic "databse". Known topics: orm, caching, career, security. To let unknown values match nothing instead (e.g. a saved filter), pass unknownValues: 'match-none'."`)
    expect(errorOf(() => search(index, 'x', { fuzzy: 0.2 } as QuestionFilter))).toMatchInlineSnapshot(`"INVALID_OPTION: search: unknown option "fuzzy". Valid options: offset, limit, prefix, combine, maxExpansions, prefixWeight, topics, subjects, tags, anyTags, difficulties, sets, clusters, licenses, hasAnswer, kind, exclude, unknownValues."`)
    expect(errorOf(() => search(index, 42 as unknown as string))).toMatchInlineSnapshot(`
      "INVALID_OPTION: search: option "text": expected a string, received 42.
        example: search(index, 'select related')"
    `)
    expect(errorOf(() => createSearchIndex(index, { b: 2 }))).toMatchInlineSnapshot(`"INVALID_OPTION: createSearchIndex: option "b": expected a number from 0 to 1, received 2."`)
  })
})

/** BM25F the textbook way (Lucene idf, per-field length normalisation, prompt ×2), for comparison. */
function referenceScores(corpus: readonly Question[], words: readonly string[], coordination: number): Map<string, number> {
  const k1 = 1.2
  const b = 0.75
  const fields = [(q: Question) => q.prompt, (q: Question) => q.answer ?? ''] as const
  const boosts = [4, 0.2]
  const tokens = corpus.map((q) => fields.map((f) => f(q).split(' ').filter((w) => w !== '')))
  const averages = fields.map((_, f) => {
    const withField = tokens.filter((t) => (t[f] as string[]).length > 0)
    return withField.reduce((sum, t) => sum + (t[f] as string[]).length, 0) / Math.max(1, withField.length)
  })
  const idfOf = (w: string) => {
    const df = tokens.filter((t) => t.some((field) => field.includes(w))).length
    return df === 0 ? 0 : Math.log(1 + (corpus.length - df + 0.5) / (df + 0.5))
  }
  // Coordination: words no question holds are dropped; with two or more left, a score is scaled by the share of their idf matched.
  const present = [...new Set(words)].filter((w) => idfOf(w) > 0)
  const idfTotal = present.reduce((sum, w) => sum + idfOf(w), 0)
  const scores = new Map<string, number>()
  corpus.forEach((q, d) => {
    let score = 0
    let held = 0
    for (const w of new Set(words)) {
      const df = tokens.filter((t) => t.some((field) => field.includes(w))).length
      if (df === 0) continue
      const idf = Math.log(1 + (corpus.length - df + 0.5) / (df + 0.5))
      let tf = 0
      fields.forEach((_, f) => {
        const field = tokens[d]![f] as string[]
        const count = field.filter((x) => x === w).length
        if (count > 0) tf += ((boosts[f] as number) * count) / (1 - b + (b * field.length) / (averages[f] as number))
      })
      score += (idf * tf * (k1 + 1)) / (k1 + tf)
      if (tf > 0) held += idf
    }
    scores.set(q.id, present.length > 1 && score > 0 ? score * (held / idfTotal) ** coordination : score)
  })
  return scores
}
