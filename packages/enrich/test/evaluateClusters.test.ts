import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { clusterQuestions, evaluateClusters, questionsFromRefs, resolvePairRefs, type RefPair } from '../../src/enrich/index.js'

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

// The labelled pairs: a reviewed data file, checked for shape and scored.
interface PairsFile {
  pairs: (RefPair & { kind: string; reason: string; heldOut?: boolean })[]
}
const file = JSON.parse(readFileSync(new URL('../clusterPairs.json', import.meta.url), 'utf8')) as PairsFile
const source = (set: string) => readFileSync(new URL(`../../../corpus/sources/${set}/source.txt`, import.meta.url), 'utf8')
const fold = (text: string) => text.replace(/[*`]/g, '').replace(/\s+/g, ' ')

describe('clusterPairs.json', () => {
  test('has enough pairs of each kind', () => {
    const { pairs } = file
    expect(pairs.length).toBeGreaterThanOrEqual(100)
    expect(pairs.filter((p) => p.label === 'duplicate' && p.a.set !== p.b.set).length).toBeGreaterThanOrEqual(40)
    expect(pairs.filter((p) => p.kind === 'hard-negative').length).toBeGreaterThanOrEqual(40)
    expect(pairs.filter((p) => p.kind === 'easy-negative').length).toBeGreaterThan(0)
    for (const p of pairs) {
      expect(['duplicate', 'distinct']).toContain(p.label)
      expect(p.kind === 'duplicate').toBe(p.label === 'duplicate')
      expect(p.reason.trim()).not.toBe('')
    }
  })

  test('names no pair twice', () => {
    const keys = file.pairs.map((p) => [JSON.stringify(p.a), JSON.stringify(p.b)].sort().join('|'))
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('every question is named as its source prints it', () => {
    for (const ref of file.pairs.flatMap((p) => [p.a, p.b])) {
      const printed = ref.promptInferred ? ref.answerStart! : ref.prompt
      expect(fold(source(ref.set)), `${ref.set}: ${printed}`).toContain(fold(printed))
    }
  })

  test('clustering the named questions reaches precision ≥ 0.9 and recall ≥ 0.9', () => {
    const questions = questionsFromRefs(file.pairs)
    const result = evaluateClusters(resolvePairRefs(file.pairs, questions).pairs, clusterQuestions(questions))
    expect(result.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.recall).toBeGreaterThanOrEqual(0.9)
  })

  test('on the held-out pairs, precision stays ≥ 0.9 (recall is reported, not asserted: 6 of 9)', () => {
    const heldOut = file.pairs.filter((p) => p.heldOut)
    const questions = questionsFromRefs(file.pairs)
    const result = evaluateClusters(resolvePairRefs(heldOut, questions).pairs, clusterQuestions(questions))
    expect(heldOut.length).toBeGreaterThanOrEqual(50)
    expect(result.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.recall).toBeGreaterThanOrEqual(0.6)
  })
})
