import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/runCli.js'

interface SearchJson {
  query: string
  total: number
  hits: { question: { id: string; topic: string; prompt: string }; score: number; matches: { prompt: { start: number; end: number }[] } }[]
}

describe('quizbank search', () => {
  test('--json ranks the question that names both words first, with match positions', async () => {
    const r = await runCli(['search', 'prefetch', 'related', '--json'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as SearchJson
    expect(out.query).toBe('prefetch related')
    expect(out.total).toBeGreaterThan(1)
    const first = out.hits[0]!
    expect(first.question.prompt.toLowerCase()).toContain('prefetch_related')
    expect(first.matches.prompt.length).toBeGreaterThan(0)
    expect(out.hits.map((h) => h.score)).toEqual([...out.hits.map((h) => h.score)].sort((a, b) => b - a))
  })

  test('filters apply (--topic, --limit, --offset pages through the same ranking)', async () => {
    const all = JSON.parse((await runCli(['search', 'middleware', '--topic', 'middleware', '--limit', '6', '--json'])).stdout) as SearchJson
    expect(all.hits).toHaveLength(6)
    for (const h of all.hits) expect(h.question.topic).toBe('middleware')
    const page = JSON.parse((await runCli(['search', 'middleware', '--topic', 'middleware', '--limit', '3', '--offset', '3', '--json'])).stdout) as SearchJson
    expect(page.hits.map((h) => h.question.id)).toEqual(all.hits.slice(3).map((h) => h.question.id))
  })

  test('the human table is aligned and points to the next page', async () => {
    const r = await runCli(['search', 'prefetch', 'related', '--limit', '2'])
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toMatch(/^\d+ matches for "prefetch related" \(showing 1–2\)$/)
    const header = lines[2]!
    expect(header).toMatch(/^score {2}id +topic +prompt$/)
    // Every row starts its id and topic columns where the header does.
    for (const row of lines.slice(3, 5)) {
      expect(row.indexOf(' ', header.indexOf('id'))).toBeGreaterThan(header.indexOf('id'))
      expect(row.slice(header.indexOf('id') - 2, header.indexOf('id'))).toBe('  ')
    }
    expect(r.stdout).toContain('More: --offset 2')
  })

  test('no match is not an error', async () => {
    const r = await runCli(['search', 'zzzzqqq'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('0 matches for "zzzzqqq"\n')
  })

  test('bad flags are usage errors', async () => {
    expect((await runCli(['search', 'x', '--limit', 'ten'])).code).toBe(2)
    const topic = await runCli(['search', 'x', '--topic', 'view'])
    expect(topic.code).toBe(2)
    expect(topic.stderr).toContain('Did you mean "views"?')
    expect((await runCli(['search'])).stderr).toContain("missing required argument 'text'")
  })
})
