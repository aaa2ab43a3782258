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
/**
 * What every result must satisfy and `accountLines` cannot make true by
 * construction: no parser failed (a failure is caught and reported, so
 * "no throw" alone proves nothing), and every question lies inside the input.
 */
function expectSound(r: ParseResult, text: string | Uint8Array): void {
  expect(r.diagnostics.filter((d) => d.code === 'parser-failure').map((d) => d.message)).toEqual([])
  const lines = r.coverage.lines
  for (const q of r.questions) {
    expect(q.lines.first).toBeGreaterThanOrEqual(1)
    expect(q.lines.last).toBeLessThanOrEqual(Math.max(lines, typeof text === 'string' ? text.split('\n').length : lines))
  }
}

const documents = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 40 })), { maxLength: 40 }).map((ls) => ls.join('\n')))

test('any string: no throw, valid questions, coverage adds up, deterministic', () => {
  fc.assert(
    fc.property(documents, (text) => {
      const a = parseText(text)
      expect(a.coverage.questionLines + a.coverage.skippedLines).toBe(a.coverage.nonBlankLines)
      expectSound(a, text)
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
      expectSound(r, bytes)
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
      expectSound(r, text)
      expectValid(r)
    }),
    { numRuns: 600 },
  )
})

test('a numbered list of distinct questions yields exactly those questions, in order', () => {
  const subject = fc.stringMatching(/^[a-z]{3,10}$/)
  fc.assert(
    fc.property(fc.uniqueArray(subject, { minLength: 3, maxLength: 12 }), (subjects) => {
      const text = subjects.map((s, i) => `${i + 1}. What is ${s}?`).join('\n')
      const r = parseText(text)
      expectSound(r, text)
      expect(r.questions.map((q) => q.prompt)).toEqual(subjects.map((s) => `What is ${s}?`))
    }),
    { numRuns: 200 },
  )
})

