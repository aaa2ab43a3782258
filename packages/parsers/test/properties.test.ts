import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parseText } from '@quizbank/parsers'

// Lines that look like the building blocks of question documents, so the
// generator reaches the interesting branches, not only random noise.
const pieces = fc.constantFrom(
  '1. What is Django?',
  '2) How do views work?',
  'Answer: A framework.',
  'Q: What is ORM?',
  'A: A mapper.',
  '## 1. Section',
  '### Sub',
  '- item',
  '-',
  '**done**',
  '*a hint*',
  '(a note)',
  '---',
  'Question 3: Title',
  'Middleware in Django is a framework of hooks.',
  '',
  '   ',
  '```',
  '<details><summary>Q?</summary>',
  '| Q | A |',
)
const documents = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 40 })), { maxLength: 40 }).map((ls) => ls.join('\n')))

test('any string: no throw, coverage adds up, deterministic', () => {
  fc.assert(
    fc.property(documents, (text) => {
      const a = parseText(text)
      expect(a.coverage.questionLines + a.coverage.skippedLines).toBe(a.coverage.nonBlankLines)
      expect(parseText(text)).toEqual(a)
    }),
    { numRuns: 300 },
  )
})

test('any bytes: no throw, coverage adds up', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      const r = parseText(bytes)
      expect(r.coverage.questionLines + r.coverage.skippedLines).toBe(r.coverage.nonBlankLines)
    }),
    { numRuns: 300 },
  )
})
