// The reader's labels of every corpus question (topics, difficulty): checked for shape, and
// the committed topics scored against them (the figures are in BENCHMARKS.md;
// `npm run eval:topics` prints them).
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { evaluateTopics, type TopicLabel } from '@quizbank/enrich'
import { djangoTaxonomy, questions } from '@quizbank/corpus'

const file = JSON.parse(readFileSync(new URL('./topicLabels.json', import.meta.url), 'utf8')) as { labels: (TopicLabel & { heldOut?: boolean; why?: string })[] }
const topicIds = new Set<string>(djangoTaxonomy.topics.map((t) => t.id))

test('every corpus question is labelled once, with topics of the taxonomy', () => {
  expect(file.labels.map((l) => l.id).sort()).toEqual(questions.map((q) => q.id).sort())
  for (const l of file.labels) {
    expect(topicIds.has(l.topic), `${l.id}: ${l.topic}`).toBe(true)
    if (l.alt !== undefined) expect(topicIds.has(l.alt) && l.alt !== l.topic, `${l.id}: alt ${l.alt}`).toBe(true)
  }
  // A third held out of tuning, as the file says.
  const heldOut = file.labels.filter((l) => l.heldOut === true).length
  expect(heldOut / file.labels.length).toBeGreaterThan(0.3)
})

test('the committed topics agree with the labels at least 93 % of the time (measured 94.1 %)', () => {
  const result = evaluateTopics(file.labels, new Map(questions.map((q) => [q.id, q.topic])))
  expect(result.missing).toEqual([])
  expect(result.accuracy).toBeGreaterThanOrEqual(0.93)
  // Where they disagree, nearly always the rules chose the reader's second choice.
  expect(result.lenientAccuracy).toBeGreaterThanOrEqual(0.98)
})

test('the difficulty rules agree with a reader at least 85% of the time (measured 86.4%)', () => {
  const file2 = JSON.parse(readFileSync(new URL('./difficultyLabels.json', import.meta.url), 'utf8')) as { labels: { id: string; level: string }[] }
  const level = new Map(file2.labels.map((l) => [l.id, l.level]))
  expect(file2.labels.map((l) => l.id).sort()).toEqual(questions.map((q) => q.id).sort())
  const ruled = questions.filter((q) => q.difficulty?.origin === 'rule')
  const agree = ruled.filter((q) => q.difficulty?.level === level.get(q.id)).length
  expect(ruled.length).toBeGreaterThanOrEqual(30)
  expect(agree / ruled.length).toBeGreaterThanOrEqual(0.85)
})
