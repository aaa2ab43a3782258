import { describe, expect, test } from 'vitest'
import { createIndex, createQuiz, sample, type Question } from '@quizbank/core'
import { makeQuestion } from './questions.js'

// Weights are any finite numbers ≥ 0: their products and sums must not
// overflow to Infinity (every share became 0 or NaN, nothing was dealt) nor
// underflow to 0 (a stratum with positive weights was dropped).
const levels = ['beginner', 'intermediate', 'advanced'] as const
const questions: Question[] = Array.from({ length: 120 }, (_, i) =>
  makeQuestion(i, { topic: i % 2 === 0 ? 'orm' : 'views', difficulty: { level: levels[i % 3] as (typeof levels)[number], origin: 'source' } }),
)
const index = createIndex(questions)
const share = (dealt: readonly Question[], level: string) => dealt.filter((q) => q.difficulty?.level === level).length

describe('stratify weights at the limits of floating point', () => {
  test('Number.MAX_VALUE weights deal 49 of 49 in equal shares', () => {
    const max = Number.MAX_VALUE
    const dealt = sample(index, { count: 49, seed: 1, stratify: { difficulty: { beginner: max, intermediate: max, advanced: max } } })
    expect(dealt).toHaveLength(49)
    for (const level of levels) expect(Math.abs(share(dealt, level) - 49 / 3)).toBeLessThanOrEqual(1)
    const quiz = createQuiz(index, { seed: 1, stratify: { difficulty: { beginner: max, intermediate: max, advanced: max } } })
    expect(quiz.exhausted).toBe(false)
    expect(quiz.next(49).questions).toHaveLength(49)
  })

  test('MAX_VALUE on both dimensions (the product overflows)', () => {
    const max = Number.MAX_VALUE
    const dealt = sample(index, { count: 40, seed: 2, stratify: { topic: { orm: max, views: max }, difficulty: { beginner: max, advanced: max } } })
    expect(dealt).toHaveLength(40)
    expect(dealt.filter((q) => q.topic === 'orm')).toHaveLength(20)
  })

  test('tiny weights whose product underflows still deal, in proportion', () => {
    const dealt = sample(index, { count: 30, seed: 3, stratify: { topic: { orm: 1e-200, views: 3e-200 }, difficulty: { beginner: 1e-200, advanced: 1e-200 } } })
    expect(dealt).toHaveLength(30)
    expect(Math.abs(dealt.filter((q) => q.topic === 'views').length - 22.5)).toBeLessThanOrEqual(1)
  })

  test('a weight far below the others is still dealt once the others run dry', () => {
    const quiz = createQuiz(index, { seed: 4, stratify: { difficulty: { beginner: Number.MAX_VALUE, advanced: Number.MIN_VALUE } } })
    const dealt = quiz.next(200).questions
    expect(share(dealt, 'beginner')).toBe(40)
    expect(share(dealt, 'advanced')).toBe(40)
  })
})
