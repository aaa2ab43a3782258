import { questions, sets } from '@quizbank/corpus'
import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/runCli.js'

describe('quizbank topics', () => {
  test('--json lists every topic the questions use, with counts taken from the data', async () => {
    const r = await runCli(['topics', '--json'])
    expect(r.code).toBe(0)
    const topics = JSON.parse(r.stdout) as { id: string; label: string; count: number }[]
    const expected = new Map<string, number>()
    for (const q of questions) expected.set(q.topic, (expected.get(q.topic) ?? 0) + 1)
    expect(new Map(topics.map((t) => [t.id, t.count]))).toEqual(expected)
    expect(topics.find((t) => t.id === 'orm')?.label).toBe('ORM & querying')
  })

  test('the human table right-aligns the counts', async () => {
    const r = await runCli(['topics'])
    const [header, ...rows] = r.stdout.trimEnd().split('\n')
    expect(header).toMatch(/^topic +questions {2}label$/)
    const end = header!.indexOf('questions') + 'questions'.length
    for (const row of rows) expect(row.slice(0, end)).toMatch(/\d$/)
  })
})

describe('quizbank stats', () => {
  test('--json counts sets, topics, difficulty and clusters of the bundled corpus', async () => {
    const r = await runCli(['stats', '--json'])
    expect(r.code).toBe(0)
    const stats = JSON.parse(r.stdout) as {
      questions: number
      answered: number
      sets: { id: string; questions: number }[]
      topics: { questions: number; beginner: number; intermediate: number; advanced: number; unrated: number }[]
      difficulty: { fromSource: number; byRule: number; reviewed: number }[]
      clusters: { count: number; questions: number }
    }
    expect(stats.questions).toBe(questions.length)
    expect(stats.answered).toBe(questions.filter((q) => q.answer !== undefined).length)
    expect(stats.sets.map((s) => [s.id, s.questions])).toEqual(sets.map((s) => [s.id, s.questions.length]))
    expect(stats.topics.reduce((a, t) => a + t.questions, 0)).toBe(questions.length)
    for (const t of stats.topics) expect(t.beginner + t.intermediate + t.advanced + t.unrated).toBe(t.questions)
    expect(stats.difficulty.reduce((a, d) => a + d.fromSource + d.byRule + d.reviewed, 0)).toBe(questions.filter((q) => q.difficulty !== undefined).length)
    expect(stats.clusters.count).toBe(new Set(questions.flatMap((q) => (q.cluster === undefined ? [] : [q.cluster]))).size)
  })

  test('the human output starts with the totals', async () => {
    const r = await runCli(['stats'])
    const answered = Math.round((100 * questions.filter((q) => q.answer !== undefined).length) / questions.length)
    expect(r.stdout.split('\n')[0]).toBe(`${questions.length} questions in ${sets.length} sets, ${answered}% with an answer`)
  })
})
