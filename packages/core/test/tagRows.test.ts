import { describe, expect, test } from 'vitest'
import { createIndex, query } from '@quizbank/core'
import { runIsolated } from '../../../scripts/pathological/runIsolated.js'
import { makeQuestion } from './questions.js'

// Building the tag rows checked each tag against the question's earlier
// tags, so one question with 200k tags took 25 s to index.
describe('tag rows', () => {
  test('a tag listed twice on one question is indexed once', () => {
    const index = createIndex([makeQuestion(0, { tags: ['a', 'b', 'a', 'c', 'b'] }), makeQuestion(1, { tags: ['a'] })])
    expect(query(index, { tags: ['a'] }).total).toBe(2)
    expect(query(index, { tags: ['b', 'c'] }).total).toBe(1)
    expect(query(index, { anyTags: ['a', 'b'] }).total).toBe(2)
  })

  test(
    'one question with 200,000 tags indexes in linear time (createIndex and loadIndex)',
    () => {
      // Quadratic, this took 25 s; linear, about 0.2 s plus the child's start-up.
      for (const name of ['createIndex-tags', 'loadIndex-tags']) {
        const run = runIsolated(name, 200_000, { limitMs: 12_000 })
        expect(run.status, run.outcome).toBe('ok')
      }
    },
    40_000,
  )
})
