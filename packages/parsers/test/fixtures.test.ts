// Fixture tests: each folder under fixtures/ holds an `input.*` document, an
// optional `options.json` (ParseOptions), and `expected.json` (the full
// ParseResult). A missing expected.json is written on first run; `UPDATE=1`
// rewrites all of them so reviewers read the change as a diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { parseText, type ParseOptions, type ParseResult } from '@quizbank/parsers'

const root = fileURLToPath(new URL('./fixtures/', import.meta.url))
const update = process.env['UPDATE'] === '1'

for (const name of readdirSync(root).sort()) {
  const dir = join(root, name)
  const inputFile = readdirSync(dir).find((f) => f.startsWith('input.'))
  if (inputFile === undefined) continue
  describe(name, () => {
    const bytes = new Uint8Array(readFileSync(join(dir, inputFile)))
    const optionsFile = join(dir, 'options.json')
    const options = (existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}) as ParseOptions
    const result = parseText(bytes, { sourceName: inputFile, ...options })
    const expectedFile = join(dir, 'expected.json')

    test('matches expected.json', () => {
      const actual = JSON.parse(JSON.stringify(result)) as ParseResult
      if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
    })

    test('accounts for every non-blank line', () => {
      const { coverage } = result
      expect(coverage.questionLines + coverage.skippedLines).toBe(coverage.nonBlankLines)
      const text = new TextDecoder().decode(bytes)
      expect(coverage.nonBlankLines).toBe(text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '' && l.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\s]/g, '') !== '').length)
    })

    test('every question has a prompt and a line range inside the input', () => {
      for (const q of result.questions) {
        expect(q.prompt.trim()).not.toBe('')
        expect(q.lines.first).toBeGreaterThanOrEqual(1)
        expect(q.lines.last).toBeGreaterThanOrEqual(q.lines.first)
        expect(q.lines.last).toBeLessThanOrEqual(result.coverage.lines)
      }
    })
  })
}
