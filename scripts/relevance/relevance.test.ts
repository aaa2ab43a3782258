// The search relevance figures of BENCHMARKS.md (c) hold: a floor under
// nDCG@5 on the judged queries (npm run eval:search prints the figures and
// MiniSearch's beside them). Judgments name corpus questions that exist.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { createIndex } from '@quizbank/core'
import { search } from '@quizbank/core/search'
import { questions } from '@quizbank/corpus'
import { scoreRanking, type Judged } from './scoreRanking.js'

const { queries } = JSON.parse(readFileSync(new URL('./judgments.json', import.meta.url), 'utf8')) as { queries: Judged[] }
const index = createIndex(questions)
const ndcg5 = (qs: readonly Judged[]) => qs.reduce((sum, q) => sum + scoreRanking(q, search(index, q.text, { limit: 10 }).hits.map((h) => h.question.id)).ndcg5, 0) / qs.length

test('every judgment names a corpus question', () => {
  const known = new Set(questions.map((q) => q.id))
  expect(queries.flatMap((q) => Object.keys(q.judgments).filter((id) => !known.has(id)))).toEqual([])
  expect(queries.length).toBeGreaterThanOrEqual(60)
})

test('nDCG@5 stays at least 0.80 on the tuning queries and 0.85 on the held-out ones (measured 0.841 and 0.913)', { timeout: 60_000 }, () => {
  expect(ndcg5(queries.filter((q) => !q.heldOut))).toBeGreaterThanOrEqual(0.8)
  expect(ndcg5(queries.filter((q) => q.heldOut))).toBeGreaterThanOrEqual(0.85)
})
