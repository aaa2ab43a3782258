import { describe, expect, test } from 'vitest'
import { createIndex, createQuiz, query, restoreQuiz, sample } from '@quizbank/core'
import { search } from '@quizbank/core/search'
import { errorOf, ids, makeQuestion } from './questions.js'

// Ids should be unique, but the index does not validate: a repeated id must
// never be dealt twice, and `exclude` must remove every copy.
const twice = (n: number) => Array.from({ length: 2 * n }, (_, i) => makeQuestion(i % n, { source: { set: 'set-0', lines: [i + 1, i + 1], promptInferred: false }, topic: i < n ? 'orm' : 'views' }))
const index = createIndex(twice(5))

describe('duplicate ids', () => {
  test('exclude removes every copy of an id (query, search, sample)', () => {
    expect(ids(query(index, { exclude: ['set-0/q-1'] }).questions)).not.toContain('set-0/q-1')
    expect(query(index, { exclude: ['set-0/q-1'] }).total).toBe(8)
    expect(search(index, 'item', { exclude: ['set-0/q-1'], limit: 20 }).hits.map((h) => h.question.id)).not.toContain('set-0/q-1')
    expect(ids(sample(index, { count: 4, seed: 3, exclude: ['set-0/q-1'] }))).not.toContain('set-0/q-1')
  })

  test('a quiz deals every id once, across restarts too', () => {
    const quiz = createQuiz(index, { seed: 'dup' })
    const first = ids(quiz.next(3).questions)
    const rest = ids(restoreQuiz(index, JSON.parse(JSON.stringify(quiz))).next(100).questions)
    const all = [...first, ...rest]
    expect(all).toHaveLength(5)
    expect(new Set(all).size).toBe(5)
  })

  test('sample counts each id once, and says so when the pool is too small', () => {
    expect(new Set(ids(sample(index, { count: 5, seed: 1 }))).size).toBe(5)
    expect(errorOf(() => sample(index, { count: 6, seed: 1 }))).toMatchInlineSnapshot(`"POOL_TOO_SMALL: sample: option "count" asks for 6 questions, but the filtered pool holds 5 counting each of the 5 repeated ids once (no filter). Lower "count" or widen the filter."`)
  })

  test('a repeated id in two strata is dealt once, and a draw that runs dry says why', () => {
    const quiz = createQuiz(index, { seed: 2, stratify: { topic: true } })
    const dealt = ids(quiz.next(100).questions)
    expect(new Set(dealt).size).toBe(dealt.length)
    expect(dealt).toHaveLength(5)
    expect(errorOf(() => sample(index, { count: 8, seed: 2, stratify: { topic: true } }))).toMatch(/ran out of distinct ids after \d+ \(a repeated id is dealt once, whichever stratum holds it\)/)
  })

  test('get returns the first copy', () => {
    expect(index.get('set-0/q-1')?.topic).toBe('orm')
  })
})
