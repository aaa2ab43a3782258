import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createIndex, query, sample } from '@quizbank/core'
import { CODE_VALUES_SETTINGS, codeValues } from '../src/query/codeValues.js'
import { makeQuestion } from './questions.js'

// Pairs with equal 32-bit FNV-1a hashes, so the sorted path meets runs of
// equal hashes that hold different values.
const COLLIDING = ['costarring', 'liquid', 'declinate', 'macallums', 'altarage', 'zinke']

const bySorting = 0
const byMap = Infinity

/** Runs `codeValues` with the Map limit set to `mapLimit` (restored after). */
function coded(items: readonly string[], mapLimit: number) {
  const saved = CODE_VALUES_SETTINGS.mapLimit
  CODE_VALUES_SETTINGS.mapLimit = mapLimit
  try {
    const { codes, book } = codeValues(items)
    return { codes: [...codes], values: [...book.values], lookups: [...items, ...COLLIDING, 'absent'].map((v) => book.get(v)) }
  } finally {
    CODE_VALUES_SETTINGS.mapLimit = saved
  }
}

describe('codeValues', () => {
  test('codes in order of first sight, looked up both ways', () => {
    const { codes, book } = codeValues(['orm', 'views', 'orm'])
    expect([...codes]).toEqual([0, 1, 0])
    expect(book.get('views')).toBe(1)
    expect(book.get('admin')).toBeUndefined()
  })

  test('values with equal hashes get their own codes when coded by sorting', () => {
    const { codes, values, lookups } = coded(['liquid', 'costarring', 'liquid', 'zinke'], bySorting)
    expect(codes).toEqual([0, 1, 0, 2])
    expect(values).toEqual(['liquid', 'costarring', 'zinke'])
    // Looked up: the items, then COLLIDING ('altarage' has zinke's hash but is not a value), then 'absent'.
    expect(lookups).toEqual([0, 1, 0, 2, 1, 0, undefined, undefined, undefined, 2, undefined])
  })

  test('sorting hashes, and switching to it part way, give the Map\'s codes and lookups', () => {
    const value = fc.oneof(fc.constantFrom(...COLLIDING), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 }))
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), fc.nat({ max: 20 }), (items, limit) => {
        const expected = coded(items, byMap)
        expect(coded(items, bySorting)).toEqual(expected)
        expect(coded(items, limit)).toEqual(expected)
      }),
    )
  })

  test('an index past the Map limit filters by tag and topic exactly', () => {
    const n = CODE_VALUES_SETTINGS.mapLimit + 10
    const questions = [
      makeQuestion(0, { topic: 'orm', tags: [...Array.from({ length: n }, (_, i) => `tag-${i}`), 'liquid'] }),
      makeQuestion(1, { topic: 'views', tags: ['costarring', 'tag-7', 'costarring'] }),
      ...Array.from({ length: n }, (_, i) => makeQuestion(i + 2, { topic: `topic-${i}` })),
    ]
    const index = createIndex(questions)
    expect(query(index, { tags: ['costarring'] }).questions.map((q) => q.id)).toEqual([questions[1]?.id])
    expect(query(index, { tags: ['liquid'] }).questions.map((q) => q.id)).toEqual([questions[0]?.id])
    expect(query(index, { tags: ['tag-7'] }).total).toBe(2)
    expect(query(index, { tags: [`tag-${n - 1}`] }).total).toBe(1)
    expect(query(index, { topics: [`topic-${n - 1}`] }).questions.map((q) => q.id)).toEqual([questions[n + 1]?.id])
    expect(query(index, { tags: ['zinke'], unknownValues: 'match-none' }).total).toBe(0)
  })
})

describe('fields past the Map limit keep code 0 for "none"', () => {
  const n = CODE_VALUES_SETTINGS.mapLimit + 10

  test('questions without a cluster are each dealt with distinct clusters', () => {
    const questions = Array.from({ length: n }, (_, i) => makeQuestion(i, i >= n - 3 ? {} : { cluster: `cluster-${i}` }))
    const index = createIndex(questions)
    expect(sample(index, { count: n, seed: 1, distinct: 'cluster' })).toHaveLength(n)
  })

  test('a subject filter over 65,536 declared subjects', () => {
    const questions = [makeQuestion(0), makeQuestion(1)]
    const sets = [...new Set(questions.map((q) => q.source.set)), ...Array.from({ length: n }, (_, i) => `declared-${i}`)].map((id) => ({ id, subject: `subject-of-${id}` }))
    const index = createIndex(questions, { sets })
    expect(query(index, { subjects: [`subject-of-${questions[1]?.source.set}`] }).questions.map((q) => q.id)).toContain(questions[1]?.id)
    expect(query(index, { subjects: ['subject-of-declared-7', `subject-of-declared-${n - 1}`] }).total).toBe(0)
  })

  test('questions take their declared set\'s subject (the last one given), past the Map limit too', () => {
    // Every question in a set of its own: the last sets are coded past the limit.
    const questions = Array.from({ length: n }, (_, i) => makeQuestion(i, { source: { set: `own-${i}`, lines: [i + 1, i + 1], promptInferred: false } }))
    const first = questions[0] as (typeof questions)[number]
    const last = questions[n - 1] as (typeof questions)[number]
    const sets = [
      { id: last.source.set, subject: 'replaced' },
      { id: first.source.set, subject: 'early' },
      { id: 'declared-only', subject: 'unused' },
      { id: last.source.set, subject: 'late' },
    ]
    const index = createIndex(questions, { sets })
    const ids = (subject: string) => query(index, { subjects: [subject] }).questions.map((q) => q.id)
    expect(['early', 'late', 'replaced', 'unused'].map(ids)).toEqual([[first.id], [last.id], [], []])
  })
})
