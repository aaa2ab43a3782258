import fc from 'fast-check'
import { expect, test } from 'vitest'
import { mintQuestionId, type QuestionSet } from '@quizbank/core'
import { validateQuestionSet } from '@quizbank/core/schema'
import { FORMATS, parseText, type ParseResult } from '@quizbank/parsers'
import { draftToQuestion } from './helpers/draftsToQuestionSet.js'

/**
 * The drafts as a set (ids minted as the corpus build does; a fixed topic,
 * since topics are the enrichment's job), so the core schema can judge every
 * field the parsers produce.
 */
function asQuestionSet(result: ParseResult): QuestionSet {
  const taken = new Set<string>()
  const questions = result.questions.map((draft) => {
    const id = mintQuestionId('prop', draft.prompt, taken)
    taken.add(id)
    return { ...draftToQuestion({ ...draft, id }, 'prop'), topic: 'general' }
  })
  return { id: 'prop', title: 't', subject: 'any', language: 'en', source: { title: 't', publisher: 'p', retrieved: '2026-01-01', license: 'unknown' }, questions }
}

function expectValid(result: ParseResult): void {
  const validation = validateQuestionSet(asQuestionSet(result))
  expect(validation.ok ? [] : validation.issues.map((i) => i.message)).toEqual([])
}

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

test('any string: no throw, valid questions, coverage adds up, deterministic', () => {
  fc.assert(
    fc.property(documents, (text) => {
      const a = parseText(text)
      expect(a.coverage.questionLines + a.coverage.skippedLines).toBe(a.coverage.nonBlankLines)
      expectValid(a)
      expect(parseText(text)).toEqual(a)
    }),
    { numRuns: 300 },
  )
})

test('any bytes: no throw, valid questions, coverage adds up', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      const r = parseText(bytes)
      expect(r.coverage.questionLines + r.coverage.skippedLines).toBe(r.coverage.nonBlankLines)
      expectValid(r)
    }),
    { numRuns: 300 },
  )
})

test('every style, forced on any text: no throw, valid questions, coverage adds up', () => {
  const formats = fc.constantFrom(...FORMATS.map((f) => f.name))
  fc.assert(
    fc.property(formats, documents, (format, text) => {
      const r = parseText(text, { format })
      expect(r.format).toBe(format)
      expect(r.coverage.questionLines + r.coverage.skippedLines).toBe(r.coverage.nonBlankLines)
      expectValid(r)
    }),
    { numRuns: 600 },
  )
})
