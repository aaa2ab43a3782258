// The committed cluster ids, scored against the hand-labelled pairs in
// packages/parsers/test/clusterPairs.json (the figures go in BENCHMARKS.md;
// reproduce with `npx tsx --conditions=@quizbank/source scripts/evalClusters.ts --data`).
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { questions } from '@quizbank/corpus'
import { evaluateClusters } from '@quizbank/parsers'
import { resolvePairRefs, type RefPair } from '../../parsers/src/enrich/index.js'

const file = JSON.parse(readFileSync(new URL('../../parsers/test/clusterPairs.json', import.meta.url), 'utf8')) as { pairs: RefPair[] }
// Pairs name questions by the prompt as printed; overrides keep it in flags.edited.
const resolvable = questions.map((q) => ({ id: q.id, set: q.source.set, prompt: q.flags?.edited?.prompt ?? q.prompt, ...(q.answer === undefined ? {} : { answer: q.answer }) }))
const assignment = new Map(questions.flatMap((q) => (q.cluster === undefined ? [] : [[q.id, q.cluster] as const])))
const resolved = resolvePairRefs(file.pairs, resolvable)

test('every labelled pair names questions of the corpus', () => {
  expect(resolved.unresolved).toEqual([])
  expect(resolved.pairs.length).toBeGreaterThanOrEqual(80)
})

test('clusters reach precision ≥ 0.9 and recall ≥ 0.9 on the labelled pairs', () => {
  const { precision, recall } = evaluateClusters(resolved.pairs, assignment)
  expect(precision).toBeGreaterThanOrEqual(0.9)
  expect(recall).toBeGreaterThanOrEqual(0.9)
})
