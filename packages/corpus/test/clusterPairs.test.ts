// The labelled near-duplicate pairs of the corpus (a reviewed data file):
// checked for shape, and the clustering rules with the Django vocabulary
// scored on the questions they name. `npm run eval:clusters` prints the figures.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { clusterQuestions, evaluateClusters, questionsFromRefs, resolvePairRefs, type RefPair } from '@quizbank/enrich'
import { django } from '@quizbank/enrich/vocabularies/django'
import { questions } from '@quizbank/corpus'

// The labelled pairs: a reviewed data file, checked for shape and scored.
interface PairsFile {
  pairs: (RefPair & { kind: string; reason: string; heldOut?: boolean; round?: number })[]
}
const file = JSON.parse(readFileSync(new URL('./clusterPairs.json', import.meta.url), 'utf8')) as PairsFile
const source = (set: string) => readFileSync(new URL(`../sources/${set}/source.txt`, import.meta.url), 'utf8')
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

  // Round 6 judges every pair the reviewed clusters join, so it names pairs earlier readers named too.
  test('names no pair twice within a round', () => {
    const keys = file.pairs.map((p) => `${p.round ?? 1}:${[JSON.stringify(p.a), JSON.stringify(p.b)].sort().join('|')}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('every question is named as its source prints it', () => {
    for (const ref of file.pairs.flatMap((p) => [p.a, p.b])) {
      const printed = ref.promptInferred ? ref.answerStart! : ref.prompt
      expect(fold(source(ref.set)), `${ref.set}: ${printed}`).toContain(fold(printed))
    }
  })

  test('clustering the named questions reaches precision ≥ 0.9 and recall ≥ 0.9', () => {
    // Round 1: the pairs the rules were built on (round 2 measures them; see below).
    const round1 = file.pairs.filter((p) => p.round === undefined)
    const questions = questionsFromRefs(round1)
    const result = evaluateClusters(resolvePairRefs(round1, questions).pairs, clusterQuestions(questions, { vocabulary: django }))
    expect(result.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.recall).toBeGreaterThanOrEqual(0.9)
  })

  test('on the held-out pairs, precision stays ≥ 0.9 (recall is reported, not asserted: 6 of 9)', () => {
    const heldOut = file.pairs.filter((p) => p.heldOut && p.round === undefined)
    const questions = questionsFromRefs(file.pairs.filter((p) => p.round === undefined))
    const result = evaluateClusters(resolvePairRefs(heldOut, questions).pairs, clusterQuestions(questions, { vocabulary: django }))
    expect(heldOut.length).toBeGreaterThanOrEqual(50)
    expect(result.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.recall).toBeGreaterThanOrEqual(0.6)
  })
})

// The committed cluster ids, scored against the same pairs (the figures go in BENCHMARKS.md).
// Pairs name questions by the prompt as printed; overrides keep it in flags.edited.
const resolvable = questions.map((q) => ({ id: q.id, set: q.source.set, prompt: q.flags?.edited?.prompt ?? q.prompt, ...(q.answer === undefined ? {} : { answer: q.answer }) }))
const assignment = new Map(questions.flatMap((q) => (q.cluster === undefined ? [] : [[q.id, q.cluster] as const])))
const resolved = resolvePairRefs(file.pairs.filter((p) => p.round === undefined), resolvable)
const round2 = resolvePairRefs(file.pairs.filter((p) => p.round === 2), resolvable)
const round2HeldOut = resolvePairRefs(file.pairs.filter((p) => p.round === 2 && p.heldOut), resolvable)
const round3 = resolvePairRefs(file.pairs.filter((p) => p.round === 3), resolvable)

test('every labelled pair names questions of the corpus', () => {
  expect(resolved.unresolved).toEqual([])
  expect(resolved.pairs.length).toBeGreaterThanOrEqual(80)
})

test('clusters reach precision ≥ 0.9 and recall ≥ 0.9 on the labelled pairs', () => {
  const { precision, recall } = evaluateClusters(resolved.pairs, assignment)
  expect(precision).toBeGreaterThanOrEqual(0.9)
  expect(recall).toBeGreaterThanOrEqual(0.9)
})

test('round 2 (within-set paraphrases, labelled later): every pair resolves, precision holds at 0.95 and recall at 0.8', () => {
  expect(round2.unresolved).toEqual([])
  expect(round2.pairs.length).toBeGreaterThanOrEqual(200)
  const { precision, recall } = evaluateClusters(round2.pairs, assignment)
  // Measured P 1.000, R 0.839 (47 of 56; was 0.768 before the 'and other' examples, kind-noun and
  // signals-purpose rules); before the comparison, elaboration-cap and same-set rules R was 0.554.
  expect(precision).toBeGreaterThanOrEqual(0.95)
  expect(recall).toBeGreaterThanOrEqual(0.8)
  // Its held-out part: with the rules, P 1.000, R 0.829 (29 of 35). The clusters are reviewed data
  // now, and the review was calibrated on every round before round 6: R 0.771 (27 of 35), lower
  // because the review was then revised on the stricter readers of rounds 4 and 5 (round 6 below
  // is the held-out figure).
  const heldOut = evaluateClusters(round2HeldOut.pairs, assignment)
  expect(heldOut.precision).toBeGreaterThanOrEqual(0.95)
  expect(heldOut.recall).toBeGreaterThanOrEqual(0.75)
})

test('round 3 (held out, labelled after the rules were frozen): every pair resolves, and at most 2 of its distinct pairs are clustered', () => {
  expect(round3.unresolved).toEqual([])
  expect(round3.pairs.length).toBeGreaterThanOrEqual(60)
  expect(file.pairs.filter((p) => p.round === 3).every((p) => p.heldOut === true)).toBe(true)
  const result = evaluateClusters(round3.pairs, assignment)
  // Measured: no false positive among 224 distinct pairs. Recall is not asserted: 0 of its 4
  // duplicates are found (the WSGI/ASGI distinguishing group keeps "WSGI's limits" apart from ASGI questions).
  expect(result.falsePositives).toBeLessThanOrEqual(2)
})

test('round 6 (held out, labelled blind after the reviewed clusters were frozen): precision ≥ 0.95 and recall ≥ 0.85 (issue 10)', () => {
  const round6 = resolvePairRefs(file.pairs.filter((p) => p.round === 6), resolvable)
  expect(round6.unresolved).toEqual([])
  expect(round6.pairs.length).toBeGreaterThanOrEqual(150)
  expect(file.pairs.filter((p) => p.round === 6).every((p) => p.heldOut === true)).toBe(true)
  // Measured P 0.969 (125 of the 129 pairs the clusters join), R 0.940 (125 of 133).
  const { precision, recall } = evaluateClusters(round6.pairs, assignment)
  expect(precision).toBeGreaterThanOrEqual(0.95)
  expect(recall).toBeGreaterThanOrEqual(0.85)
})
