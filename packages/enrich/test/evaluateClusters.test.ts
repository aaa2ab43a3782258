import { describe, expect, test } from 'vitest'
import { evaluateClusters, resolvePairRefs, type RefPair } from '../src/index.js'

describe('evaluateClusters', () => {
  const assignment = new Map([
    ['a', 'x'],
    ['b', 'x'],
    ['c', 'y'],
  ])

  test('counts pairs by whether both sides share a cluster id', () => {
    const result = evaluateClusters(
      [
        { a: 'a', b: 'b', label: 'duplicate' }, // TP
        { a: 'a', b: 'c', label: 'duplicate' }, // FN
        { a: 'c', b: 'd', label: 'duplicate' }, // FN: d is in no cluster
        { a: 'b', b: 'a', label: 'distinct' }, // FP
        { a: 'd', b: 'e', label: 'distinct' }, // TN: unclustered questions are not "together"
      ],
      assignment,
    )
    expect(result).toMatchObject({ truePositives: 1, falseNegatives: 2, falsePositives: 1, trueNegatives: 1 })
    expect(result.precision).toBeCloseTo(0.5)
    expect(result.recall).toBeCloseTo(1 / 3)
    expect(result.f1).toBeCloseTo(0.4)
    expect(result.errors.map((e) => e.error)).toEqual(['false-negative', 'false-negative', 'false-positive'])
    expect(result.errors[1]!.clusters).toEqual(['y', undefined])
  })

  test('empty cases are defined', () => {
    expect(evaluateClusters([], assignment)).toMatchObject({ precision: 1, recall: 1, f1: 1 })
    expect(evaluateClusters([{ a: 'a', b: 'c', label: 'duplicate' }], assignment)).toMatchObject({ precision: 1, recall: 0, f1: 0 })
  })
})

describe('resolvePairRefs', () => {
  const questions = [
    { id: 'q1', set: 's', prompt: 'What is **middleware** in Django ?' },
    { id: 'q2', set: 's', prompt: 'Explain `select_related`.' },
    { id: 'q3', set: 't', prompt: 'What is Django?', answer: 'Django is a high-level, open-source framework.' },
  ]
  test('matches prompts loosely and inferred prompts by their answer', () => {
    const pairs: RefPair[] = [
      { a: { set: 's', prompt: 'What is middleware in Django?' }, b: { set: 't', prompt: 'stand-in', answerStart: 'Django is a high-level', promptInferred: true }, label: 'distinct' },
      { a: { set: 's', prompt: 'Explain select_related.' }, b: { set: 's', prompt: 'Missing?' }, label: 'distinct' },
    ]
    const resolved = resolvePairRefs(pairs, questions)
    expect(resolved.pairs).toEqual([{ a: 'q1', b: 'q3', label: 'distinct' }])
    expect(resolved.unresolved).toEqual([{ ref: { set: 's', prompt: 'Missing?' }, problem: 'missing' }])
  })
})
