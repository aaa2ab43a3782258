import { describe, expect, test } from 'vitest'
import { createIndex, sample } from '@quizbank/core'
import { MESSAGE_LIMITS, describeValue, listValues, suggest } from '../src/errors.js'
import { errorOf, makeQuestion } from './questions.js'

describe('error messages echo bounded input', () => {
  test('describeValue cuts long strings and says how long they were', () => {
    expect(describeValue('orm')).toBe('"orm"')
    const long = describeValue('x'.repeat(2_000_000))
    expect(long.length).toBeLessThan(100)
    expect(long).toMatch(/\.\.\."\s\(2000000 characters\)$/)
  })

  test('describeValue never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(100)
    expect(describeValue(emoji)).not.toMatch(/\\ud[89ab]/i)
  })

  test('describeValue names big values instead of printing them', () => {
    expect(describeValue(10n ** 500n)).toBe('a 501-digit bigint')
    expect(describeValue(new Array(1e6))).toBe('an array of 1000000')
  })

  test('listValues names all values when they fit, and summarises the rest', () => {
    expect(listValues(['a', 'b'])).toBe('a, b')
    const many = Array.from({ length: 70_000 }, (_, i) => `topic-${i}`)
    const listed = listValues(many)
    expect(listed.length).toBeLessThan(MESSAGE_LIMITS.listedLength + 100)
    expect(listed).toMatch(/, … \(\d+ more\)$/)
  })

  test('suggest ignores over-long values (edit distance is quadratic)', () => {
    expect(suggest('orms', ['orm', 'views'])).toBe(' Did you mean "orm"?')
    expect(suggest('o'.repeat(10_000), ['o'.repeat(10_001)])).toBe('')
  })

  test('a 2-million-character topic gives a short message', () => {
    const index = createIndex([makeQuestion(0)])
    const message = errorOf(() => sample(index, { count: 1, seed: 1, topics: ['x'.repeat(2_000_000)] }))
    expect(message.length).toBeLessThan(600)
  })

  test('a long stratify key is quoted, not echoed', () => {
    const index = createIndex([makeQuestion(0)])
    const message = errorOf(() => sample(index, { count: 1, seed: 1, stratify: { ['k'.repeat(100_000)]: true } as never }))
    expect(message.length).toBeLessThan(300)
  })
})
