import { describe, expect, test } from 'vitest'
import { createIndex, query, sample } from '@quizbank/core'
import { makeQuestion } from './questions.js'

// Topic codes were stored in 16 bits: with more than 65,536 distinct topics,
// a code wrapped around and a filter returned another topic's question.
describe('the topic column widens past 65,536 topics', () => {
  const n = 65_536 + 600
  const index = createIndex(Array.from({ length: n }, (_, i) => makeQuestion(i, { topic: `topic-${i}` })))

  test('a topic past the 16-bit range finds its own question', () => {
    const topic = `topic-${n - 1}`
    expect(query(index, { topics: [topic] }).questions.map((q) => q.topic)).toEqual([topic])
    expect(sample(index, { count: 1, seed: 1, topics: [topic] })[0]?.topic).toBe(topic)
    expect(query(index, { topics: ['topic-5'] }).total).toBe(1)
  })

  test('stratifying by topic keeps each question in its own stratum', () => {
    const topics = [`topic-${n - 2}`, `topic-${n - 1}`, 'topic-1']
    const dealt = sample(index, { count: 3, seed: 2, topics, stratify: { topic: true } })
    expect(dealt.map((q) => q.topic).sort()).toEqual([...topics].sort())
  })
})
