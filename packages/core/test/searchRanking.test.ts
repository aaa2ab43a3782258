import { describe, expect, test } from 'vitest'
import { createIndex, type Question } from '@quizbank/core'
import { createSearchIndex, loadSearchIndex, search, serializeSearchIndex } from '@quizbank/core/search'
import { findTypoTerms } from '../src/search/findTypoTerms.js'
import { RANKING } from '../src/search/rankingSettings.js'
import { searchInternalsOf } from '../src/search/createSearchIndex.js'
import { stemTerm } from '../src/search/stemTerm.js'
import { errorOf, makeQuestion } from './questions.js'

const docs: Question[] = [
  makeQuestion(0, { prompt: 'What are the best practices for deploying a Django application?' }),
  makeQuestion(1, { prompt: 'How do you write custom middleware?', answer: 'A callable that wraps the view.' }),
  makeQuestion(2, { prompt: 'Compare sessions vs cookies.' }),
  makeQuestion(3, { prompt: 'How do you handle user authentication and authorization?' }),
  makeQuestion(4, { prompt: 'How do you tune query optimization?' }),
  makeQuestion(5, { prompt: 'What is a serializer?', answer: 'It turns model instances into JSON and checks validation rules.' }),
  makeQuestion(6, { prompt: 'Middleware, signals and settings: an overview', answer: 'Middleware runs on every request; signals after events; settings configure both.' }),
]
const index = createIndex(docs)
const top = (text: string, options = {}) => search(index, text, options).hits.map((h) => h.question.id)

describe('search: stems (Porter2)', () => {
  test('an inflected query word finds its other forms, at index and query time', () => {
    expect(top('deployment', { prefix: false })).toEqual(['set-0/q-0'])
    expect(top('deploy', { prefix: false })).toEqual(['set-0/q-0'])
    expect(top('authenticating', { prefix: false })).toEqual(['set-0/q-3'])
  })

  test("British -ise spellings meet -ize ones ('optimisation' finds 'optimization')", () => {
    expect(stemTerm('optimisation')).toBe(stemTerm('optimization'))
    expect(top('optimisation', { prefix: false })).toEqual(['set-1/q-4'])
  })

  test('identifiers and non-ASCII words are left as written', () => {
    expect(stemTerm('html5')).toBe('html5')
    expect(stemTerm('café')).toBe('café')
  })

  test('stem: false indexes whole words, as before', () => {
    const plain = createSearchIndex(index, { stem: false })
    expect(search(plain, 'deploy', { prefix: false }).total).toBe(0)
    expect(search(plain, 'deploying', { prefix: false }).total).toBe(1)
  })

  test('the word being typed completes as spelled when its stem is no prefix of it', () => {
    // "query" stems to "queri", whose completions miss "queryset".
    const c = createIndex([makeQuestion(0, { prompt: 'What is a QuerySet?' })])
    expect(search(c, 'query').total).toBe(1)
    expect(search(c, 'query', { prefix: false }).total).toBe(0)
  })

  test('the word being typed finds a stem it overshoots', () => {
    // "deployi" (on its way to "deploying") is no stem and completes to none: the typo path finds "deploy" + tail.
    expect(top('deployi')).toEqual(['set-0/q-0'])
  })
})

describe('search: typo tolerance', () => {
  test('a word the index does not hold matches indexed words within an edit or two', () => {
    expect(top('midleware', { prefix: false })).toContain('set-1/q-1')
    expect(top('serializr', { prefix: false })).toEqual(['set-2/q-5'])
    // A tail past the stem: "validaton" ≈ "valid" + "aton".
    expect(top('validaton', { prefix: false })).toEqual(['set-2/q-5'])
  })

  test('words under 5 letters and words 3 edits away are not corrected; a 6-letter word 1 edit away is', () => {
    expect(top('sesion', { prefix: false })).toEqual(['set-2/q-2'])
    expect(search(index, 'midd', { prefix: false }).total).toBe(0)
    expect(search(index, 'mxxxxware', { prefix: false }).total).toBe(0)
  })

  test('a word the index holds is never corrected', () => {
    const text = searchInternalsOf(index, 'test').text
    expect(findTypoTerms(text, ['midleware', 'midlewar']).map((m) => text.terms[m.id])).toEqual(['middlewar'])
    expect(top('signals', { prefix: false })).toEqual(['set-0/q-6'])
  })
})

describe('search: coordination and field weights', () => {
  test('a hit matching only a common small word ranks below one matching the words that carry the query', () => {
    expect(top('authentication vs authorization', { prefix: false })[0]).toBe('set-0/q-3')
  })

  test('a hit matching part of the query is scaled by the share of the query idf it matched (coordination)', () => {
    const c = createIndex([makeQuestion(0, { prompt: 'alpha' }), makeQuestion(1, { prompt: 'beta' }), makeQuestion(2, { prompt: 'beta gamma' }), makeQuestion(3, { prompt: 'gamma' })])
    const scoreOf = (text: string, id: string) => search(c, text, { prefix: false }).hits.find((h) => h.question.id === id)?.score as number
    const idf = (df: number) => Math.log(1 + (4 - df + 0.5) / (df + 0.5))
    expect(RANKING.coordinationExponent).toBeGreaterThan(0)
    // "alpha" is in 1 question, "beta" in 2: alpha alone holds idf(1) / (idf(1) + idf(2)) of "alpha beta".
    expect(scoreOf('alpha beta', 'set-0/q-0')).toBeCloseTo(scoreOf('alpha', 'set-0/q-0') * (idf(1) / (idf(1) + idf(2))) ** RANKING.coordinationExponent, 9)
  })

  test('a focused prompt outranks a long answer that mentions the word', () => {
    expect(top('middleware', { prefix: false })).toEqual(['set-1/q-1', 'set-0/q-6'])
  })

  test('b = 1 with questions lacking an answer keeps scores finite', () => {
    const hits = search(createSearchIndex(index, { b: 1 }), 'middleware validation').hits
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) expect(Number.isFinite(hit.score)).toBe(true)
  })
})

describe('search: lazy highlights', () => {
  test('matches are computed when read, the same as before, and survive JSON.stringify', () => {
    const [hit] = search(index, 'deployment').hits
    const json = JSON.parse(JSON.stringify(hit)) as { matches: unknown }
    expect(hit!.matches.prompt.map((m) => docs[0]!.prompt.slice(m.start, m.end))).toEqual(['deploying'])
    expect(json.matches).toEqual(hit!.matches)
    expect(hit!.matches).toBe(hit!.matches)
  })
})

describe('search index format', () => {
  test('version 2 records whether it stems; version 1 is refused with a way out', () => {
    const serialized = serializeSearchIndex(createSearchIndex(index))
    expect(serialized.version).toBe(2)
    expect(serialized.settings.stem).toBe(true)
    expect(search(loadSearchIndex(index, JSON.parse(JSON.stringify(serialized))), 'deploy').total).toBe(1)
    expect(errorOf(() => loadSearchIndex(index, { ...serialized, version: 1 } as never))).toMatchInlineSnapshot(`"INVALID_DATA: loadSearchIndex: search index version 1 is not supported by this release (it reads version 2). Rebuild it with serializeSearchIndex(createSearchIndex(index))."`)
    expect(errorOf(() => loadSearchIndex(index, { ...serialized, settings: { ...serialized.settings, stem: 'yes' } } as never))).toMatchInlineSnapshot(`"INVALID_DATA: loadSearchIndex: setting "stem": expected true or false, received "yes"."`)
  })
})
