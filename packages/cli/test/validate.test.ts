import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/runCli.js'

describe('quizbank validate', () => {
  test('valid JSON and markdown sets pass with exit 0', async () => {
    const r = await runCli(['validate', 'valid-set.md', 'valid-set.json'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('ok   valid-set.md (2 questions)\nok   valid-set.json (1 question)\nall 2 files valid\n')
  })

  test('markdown: every parser warning and schema problem, at its line; exit 1', async () => {
    const r = await runCli(['validate', 'invalid-set.md'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatchInlineSnapshot(`
      "invalid-set.md:2: field "id": expected a kebab-case set id, received "Packaging Basics".
      invalid-set.md:5: field "language": expected a BCP 47 language tag such as "en" or "en-GB", received "english".
      invalid-set.md:17: difficulty "expert" is not one of beginner, intermediate, advanced
      invalid-set.md:17: tag "Packaging" is not kebab-case
      invalid-set.md:22: a multiple-choice question needs at least two options and at least one marked [x]
      FAIL invalid-set.md: 5 problems (2 questions)
      "
    `)
  })

  test('JSON: each schema problem at the line of its field (or of its parent when missing); exit 1', async () => {
    const r = await runCli(['validate', 'invalid-set.json', '--json'])
    expect(r.code).toBe(1)
    const [report] = JSON.parse(r.stdout) as { ok: boolean; problems: { line: number; path: string }[] }[]
    expect(report?.ok).toBe(false)
    expect(report?.problems.map((p) => [p.line, p.path])).toEqual([
      [5, 'source.retrieved'],
      [7, 'questions[0].topic'],
      [12, 'questions[0].colour'],
    ])
  })

  test('JSON syntax errors are located', async () => {
    const r = await runCli(['validate', 'broken.json'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('broken.json:4: not valid JSON: comma expected\nFAIL broken.json: 1 problem (0 questions)\n')
  })

  test('mixed files: exit 1 and a count of the invalid ones', async () => {
    const r = await runCli(['validate', 'valid-set.json', 'broken.json'])
    expect(r.code).toBe(1)
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 of 2 files invalid')
  })

  test('every data file of the bundled corpus is valid', async () => {
    const dir = fileURLToPath(new URL('../../corpus/data/', import.meta.url))
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json')
    expect(files.length).toBeGreaterThan(0)
    const r = await runCli(['validate', ...files], { cwd: dir })
    expect(r.stdout).toContain(`all ${files.length} files valid`)
    expect(r.code).toBe(0)
  })
})
