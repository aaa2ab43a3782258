import { describe, expect, test } from 'vitest'
import { createIndex } from '@quizbank/core'
import { SEARCH_LIMITS, search } from '@quizbank/core/search'
import { runIsolated } from '../../../scripts/pathological/runIsolated.js'
import { errorOf, makeQuestion } from './questions.js'

// Long queries: refused past a named limit (never cut silently), and every
// word of an OR query counts, however many there are.
const index = createIndex(Array.from({ length: 50 }, (_, i) => makeQuestion(i, { prompt: `Only word${i} here` })))

describe('search: query limits', () => {
  test('a query past SEARCH_LIMITS.maxQueryLength is refused with the limit named', () => {
    expect(search(index, 'word1 '.repeat(SEARCH_LIMITS.maxQueryLength / 6), { prefix: false }).total).toBe(1)
    expect(errorOf(() => search(index, 'x'.repeat(SEARCH_LIMITS.maxQueryLength + 1)))).toMatchInlineSnapshot(`"INVALID_OPTION: search: the query text is 2001 characters long; the limit is SEARCH_LIMITS.maxQueryLength = 2000. Search for its key words instead."`)
  })

  test(
    'a 1,000,000-character query is refused at once (it took 39 s)',
    () => {
      const run = runIsolated('search-huge-query', 1_000_000, { limitMs: 20_000 })
      expect(run.outcome).toMatch(/^INVALID_OPTION: search: the query text is \d+ characters long/)
    },
    30_000,
  )

  test('an OR query over more than 32 words counts every word (words past the 32nd were dropped)', () => {
    const words = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ')
    const { total, hits } = search(index, words, { prefix: false, limit: 50 })
    expect(total).toBe(45)
    expect(hits.map((h) => h.question.prompt)).toContain('Only word44 here')
  })

  test("combine: 'and' over more than SEARCH_LIMITS.maxAndWords words is refused", () => {
    const words = Array.from({ length: 33 }, (_, i) => `word${i}`).join(' ')
    expect(errorOf(() => search(index, words, { combine: 'and' }))).toMatchInlineSnapshot(`"INVALID_OPTION: search: combine: 'and' takes at most SEARCH_LIMITS.maxAndWords = 32 distinct words, and the query has 33. Use combine: 'or' (ranked by how many words match), or fewer words."`)
    // Repeats and stop words do not count.
    expect(search(index, `${'word1 '.repeat(40)} the of and`, { combine: 'and', prefix: false }).total).toBe(1)
  })
})
