import { expect, test } from 'vitest'
import { isTopic, TOPIC_IDS, TOPICS } from '@quizbank/core'

test('TOPICS and TOPIC_IDS name the same topics in the same order', () => {
  expect(TOPICS.map((t) => t.id)).toEqual([...TOPIC_IDS])
})

test('every topic has a label and a description', () => {
  for (const t of TOPICS) {
    expect(t.label.trim()).not.toBe('')
    expect(t.description.trim()).not.toBe('')
  }
})

test('isTopic accepts taxonomy ids only', () => {
  expect(isTopic('orm')).toBe(true)
  expect(isTopic('database')).toBe(false)
  expect(isTopic(undefined)).toBe(false)
})
