import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseText } from '@quizbank/parsers'
import { afterAll, describe, expect, test } from 'vitest'
import { FIXTURES, runCli } from './helpers/runCli.js'

const out = mkdtempSync(join(tmpdir(), 'quizbank-cli-parse-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('quizbank parse', () => {
  test('prints the questions, every diagnostic and a summary line', async () => {
    const r = await runCli(['parse', 'notes.txt'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatchSnapshot()
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('notes.txt: 4 questions · skipped 4 lines (1 chrome, 1 preamble, 1 title, 1 unrelated-prose) · 0 warnings')
  })

  test('warnings are listed under "check lines"', async () => {
    const r = await runCli(['parse', 'invalid-set.md'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('warning: invalid-set.md:17: ')
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^invalid-set\.md: 2 questions · skipped \d+ lines \(.*\) · 3 warnings · check lines 17, 22$/)
  })

  test('--json gives the parse result and the summary per file', async () => {
    const r = await runCli(['parse', 'notes.txt', 'valid-set.md', '--json'])
    const [notes, set] = JSON.parse(r.stdout) as { file: string; format: string; questions: unknown[]; coverage: { skippedLines: number }; summary: { skipped: { lines: number }[] } }[]
    expect(notes?.file).toBe('notes.txt')
    expect(notes?.format).toBe('question-answer')
    expect(notes?.questions).toHaveLength(4)
    // Skipped lines by reason add up to the parser's own count.
    expect(notes?.summary.skipped.reduce((a, s) => a + s.lines, 0)).toBe(notes?.coverage.skippedLines)
    expect(set?.format).toBe('quizbank')
  })

  test('--out writes the authoring format, which validates and parses back (SOURCE_DATE_EPOCH fixes the date)', async () => {
    const target = join(out, 'notes.md')
    const taxonomy = join(FIXTURES, 'python.json')
    const r = await runCli(['parse', 'notes.txt', '--out', target, '--taxonomy', taxonomy], { env: { SOURCE_DATE_EPOCH: '1764547200' } })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${target}: wrote 4 questions (set "notes") in the quizbank format`)
    const text = readFileSync(target, 'utf8')
    expect(text).toMatch(/^---\nid: notes\ntitle: Top 4 Python Packaging Interview Questions\nsubject: python\nlanguage: en\nsource:\n {2}title: .*\n {2}publisher: unknown\n {2}retrieved: 2025-12-01\n {2}license: unknown\n---\n/)
    // Topics come from the document's own subject: the Python taxonomy given, never a Django topic.
    expect([...text.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual(['Packaging'])
    const back = parseText(text)
    expect(back.format).toBe('quizbank')
    expect(back.questions.map((q) => q.prompt)).toEqual(parseText(readFileSync(join(FIXTURES, 'notes.txt'))).questions.map((q) => q.prompt))
    expect((await runCli(['validate', target, '--taxonomy', taxonomy])).code).toBe(0)
    // Without the taxonomy the subject is unknown to the bundle: said, with the fix, and exit 1.
    const unchecked = await runCli(['validate', target])
    expect(unchecked.code).toBe(1)
    expect(unchecked.stdout).toContain('topics not checked: no bundled taxonomy for subject "python"')
  })

  test('usage errors: a missing file, --out with two inputs, an unknown style', async () => {
    const missing = await runCli(['parse', 'nothere.txt'])
    expect([missing.code, missing.stderr]).toEqual([2, 'quizbank parse: cannot read "nothere.txt": no such file.\n'])
    const two = await runCli(['parse', 'notes.txt', 'valid-set.md', '--out', join(out, 'x.md')])
    expect([two.code, two.stderr]).toEqual([2, 'quizbank parse: --out writes one set: give one input file (received 2).\n'])
    const style = await runCli(['parse', 'notes.txt', '--format', 'markdwn'])
    expect(style.code).toBe(2)
    expect(style.stderr).toMatch(/^quizbank parse: --format: .*markdwn/)
  })
})
