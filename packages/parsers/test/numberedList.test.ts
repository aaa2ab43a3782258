import { describe, expect, test } from 'vitest'
import { parseText } from '@quizbank/parsers'
import { asksOrDirects } from '../src/shared/questionCues.js'

describe('asksOrDirects', () => {
  test.each(['What is X', 'Explain X.', 'Differentiate A and B.', 'In what order are they run', 'Is it fast', 'Why not?', 'Compare A with B'])('%s', (text) => {
    expect(asksOrDirects(text)).toBe(true)
  })
  test.each(['Install Node.', 'Start the server.', 'Host this project using Nginx.', 'Virtual environment having its own project.'])('not: %s', (text) => {
    expect(asksOrDirects(text)).toBe(false)
  })
})

describe('numbered-list format', () => {
  const page = [
    'Top Flask Interview Questions',
    '',
    'Some questions I collected.',
    '',
    '  1. What is Flask ?',
    '  2. How do you define a route ?',
    '  3. What is the use of file ?',
    '  4. Explain blueprints.',
    '',
    'Deploying Flask',
    '',
    'Things we will do :',
    '',
    '  1. Install Gunicorn.',
    '  2. Start the app.',
    '',
    'How to cache responses in Flask ?',
  ].join('\n')

  test('only the question list counts; the steps list and the stray ? title are unrelated prose', () => {
    const r = parseText(page)
    expect(r.format).toBe('numbered-list')
    expect(r.questions.map((q) => [q.number, q.prompt, q.lines.first])).toEqual([
      ['1', 'What is Flask ?', 5],
      ['2', 'How do you define a route ?', 6],
      ['3', 'What is the use of file ?', 7],
      ['4', 'Explain blueprints.', 8],
    ])
    expect(r.questions.every((q) => q.answer === undefined && !q.promptInferred)).toBe(true)
    expect(r.diagnostics.filter((d) => d.code === 'skipped').map((d) => [d.reason, d.lines?.first, d.lines?.last])).toEqual([
      ['title', 1, 1],
      ['preamble', 3, 3],
      ['unrelated-prose', 10, 17],
    ])
  })

  test('a prompt that lost inline code is kept as printed, marked damaged and warned about', () => {
    const r = parseText(page)
    expect(r.questions[2]?.damaged).toEqual(['missing-inline-code'])
    expect(r.questions.filter((q) => q.damaged !== undefined)).toHaveLength(1)
    const warning = r.diagnostics.find((d) => d.code === 'damaged-text')
    expect(warning).toMatchObject({ severity: 'warning', lines: { first: 7, last: 7 } })
  })

  test('headings above lists become sections; bulleted ? lists count; indented (hints) attach', () => {
    const text = 'JavaScript questions\n\nBasics\n1) What is a closure?\n2) What is hoisting?\n   (Mention var and let.)\n\nAsync\n- What is a promise?\n- How does await work?\n'
    const r = parseText(text)
    expect(r.questions.map((q) => [q.prompt, q.section, q.hints])).toEqual([
      ['What is a closure?', ['Basics'], undefined],
      ['What is hoisting?', ['Basics'], ['Mention var and let.']],
      ['What is a promise?', ['Async'], undefined],
      ['How does await work?', ['Async'], undefined],
    ])
  })

  test('a hard-wrapped item continues on a lower-case line', () => {
    const r = parseText('Go questions\n\n1. What is the difference between a slice\nand an array?\n2. Explain defer.\n')
    expect(r.questions.map((q) => [q.prompt, q.lines])).toEqual([
      ['What is the difference between a slice and an array?', { first: 3, last: 4 }],
      ['Explain defer.', { first: 5, last: 5 }],
    ])
  })

  test('as the fallback, a document without questions is fully accounted for', () => {
    const r = parseText('Release notes\n\nFixed a bug.\nImproved speed.\n')
    expect(r.format).toBe('numbered-list')
    expect(r.questions).toEqual([])
    expect(r.coverage).toMatchObject({ nonBlankLines: 3, skippedLines: 3 })
    expect(r.diagnostics.find((d) => d.code === 'no-questions')).toMatchObject({ severity: 'warning' })
    expect(r.diagnostics.some((d) => d.reason === 'unclassified')).toBe(false)
  })

  test('never throws on odd input', () => {
    for (const text of ['', '\n\n', '1.', '1. ', '-\n-\n-', '?', '1) ?\n2) ?', 'Q1)\nAnswer', '  •  \n1. a?\n   b']) {
      expect(() => parseText(text, { format: 'numbered-list' })).not.toThrow()
      expect(() => parseText(text, { format: 'question-answer' })).not.toThrow()
      expect(() => parseText(text, { format: 'article' })).not.toThrow()
    }
  })
})
