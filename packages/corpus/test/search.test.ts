import { createIndex, QuizbankError } from '@quizbank/core'
import { createSearchIndex, search } from '@quizbank/core/search'
import { describe, expect, test } from 'vitest'
import { questions } from '@quizbank/corpus'
import { corpusSearchIndex } from '@quizbank/corpus/search'

// Queries of every kind the search handles: one word, several, a phrase-like pair, an inflection, a typo.
const QUERIES = ['middleware', 'select related prefetch', 'authentication vs authorization', 'deploying', 'querset', 'csrf token', 'signals']

describe('corpusSearchIndex: the prebuilt search index', () => {
  const index = createIndex(questions)
  const prebuilt = corpusSearchIndex(index)
  const fresh = createSearchIndex(index)

  test.each(QUERIES)('"%s": the same hits and scores as an index built now', (query) => {
    const a = search(prebuilt, query, { limit: 20 })
    const b = search(fresh, query, { limit: 20 })
    expect(a.total).toBe(b.total)
    expect(a.hits.map((h) => [h.question.id, h.score])).toEqual(b.hits.map((h) => [h.question.id, h.score]))
    expect(a.total).toBeGreaterThan(0)
  })

  test('loaded once per index', () => {
    expect(corpusSearchIndex(index)).toBe(prebuilt)
  })

  test('other questions (a filtered list) are refused with a QuizbankError that says to build one', () => {
    const other = createIndex(questions.slice(1))
    expect(() => corpusSearchIndex(other)).toThrow(QuizbankError)
    expect(() => corpusSearchIndex(other)).toThrow(/built for other questions.*createSearchIndex/s)
  })
})
