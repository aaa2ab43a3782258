// The five bundled source documents, one per style: each must be detected as
// its style and yield the question count its source declares or implies,
// with every non-blank line accounted for and none left unclassified.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseText, type FormatName } from '@quizbank/parsers'

const seeds: { set: string; format: FormatName; count: number }[] = [
  { set: 'notes-lover-top-25', format: 'headless-answers', count: 25 },
  { set: 'top-30-guide', format: 'question-answer', count: 31 },
  { set: 'slashdev-top-20', format: 'article', count: 20 },
  { set: 'django-questions-list', format: 'numbered-list', count: 25 },
  { set: 'consolidated-sectioned', format: 'markdown', count: 256 },
]

for (const seed of seeds) {
  describe(seed.set, () => {
    const file = new URL(`../../corpus/sources/${seed.set}/source.txt`, import.meta.url)
    const result = parseText(new Uint8Array(readFileSync(file)), { sourceName: `${seed.set}/source.txt` })

    test(`is detected as ${seed.format}`, () => {
      expect(result.format).toBe(seed.format)
    })

    test(`yields ${seed.count} questions`, () => {
      expect(result.questions).toHaveLength(seed.count)
    })

    test('leaves no line unclassified', () => {
      expect(result.diagnostics.filter((d) => d.reason === 'unclassified')).toEqual([])
      expect(result.coverage.questionLines + result.coverage.skippedLines).toBe(result.coverage.nonBlankLines)
    })

    test('question line ranges do not overlap and go in document order', () => {
      for (let i = 1; i < result.questions.length; i++) {
        const prev = result.questions[i - 1]!
        const cur = result.questions[i]!
        // Two questions may share a line only where scraping glued them together.
        expect(cur.lines.first).toBeGreaterThanOrEqual(prev.lines.last)
      }
    })
  })
}
