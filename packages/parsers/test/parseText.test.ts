import { describe, expect, test } from 'vitest'
import { decodeInput, normalizeText, parseText } from '@quizbank/parsers'

describe('decodeInput', () => {
  test.each([
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9], 'café', 'utf-8-bom'],
    ['plain UTF-8', [0x63, 0x61, 0x66, 0xc3, 0xa9], 'café', 'utf-8'],
    ['Windows-1252 (invalid UTF-8)', [0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94], 'café “q”', 'windows-1252'],
    ['UTF-16LE with BOM', [0xff, 0xfe, 0x68, 0x00, 0x69, 0x00], 'hi', 'utf-16le-bom'],
    ['UTF-16BE with BOM', [0xfe, 0xff, 0x00, 0x68, 0x00, 0x69], 'hi', 'utf-16be-bom'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeInput(new Uint8Array(bytes))).toEqual({ text, encoding })
  })

  test('a string passes through, minus a leading BOM', () => {
    expect(decodeInput('\uFEFFhi')).toEqual({ text: 'hi', encoding: 'string' })
  })
})

test('normalizeText folds line endings, exotic spaces and invisible characters', () => {
  expect(normalizeText('a\u00A0b\r\nc\u200Bd\re\u2009f\u00AD')).toBe('a b\ncd\ne f')
})

describe('parseText guards', () => {
  test('input over maxBytes is an error diagnostic, not a hang', () => {
    const result = parseText('x'.repeat(2000), { maxBytes: 1000, sourceName: 'big.txt' })
    expect(result.questions).toEqual([])
    expect(result.diagnostics).toEqual([
      { severity: 'error', code: 'input-too-large', message: 'big.txt: input is 2000 bytes; the limit is 1000 (set options.maxBytes to raise it).' },
    ])
  })

  test('an unknown forced format is an error diagnostic', () => {
    const result = parseText('1. What?', { format: 'nope' as never })
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code: 'unknown-format' })
  })

  test('empty input yields an empty, consistent result', () => {
    const result = parseText('')
    expect(result.questions).toEqual([])
    expect(result.coverage).toEqual({ lines: 1, nonBlankLines: 0, questionLines: 0, skippedLines: 0 })
  })
})

describe('declared counts', () => {
  test('a year in the title is not a count', () => {
    const result = parseText('2025 Django Interview Questions\n\n1. What is Django?\n2. What is a view?\n')
    expect(result.questions.map((q) => q.prompt)).toEqual(['What is Django?', 'What is a view?'])
    expect(result.meta.declaredCount).toBeUndefined()
    expect(result.diagnostics.filter((d) => d.code === 'declared-count-mismatch')).toEqual([])
  })

  test('a count the title declares is kept, and a different number found is a warning naming both', () => {
    const result = parseText('# Top 3 Shell Questions\n\n1. What does `ls` do?\n2. What does `cd` do?\n', { sourceName: 'shell.md' })
    expect(result.meta.declaredCount).toBe(3)
    expect(result.diagnostics.filter((d) => d.code === 'declared-count-mismatch')).toEqual([
      {
        severity: 'warning',
        code: 'declared-count-mismatch',
        message: 'shell.md: the document declares 3 questions but 2 were found; some questions may have been missed or merged. Check the questions before using them.',
      },
    ])
  })

  test('a table of contents that repeats the questions is not read as more questions', () => {
    const questions = ['What is a closure?', 'What is hoisting?', 'What is the event loop?']
    const text = [
      '# Top 3 JavaScript Interview Questions',
      '',
      ...questions.map((q, i) => `${i + 1}. ${q}`),
      '',
      ...questions.flatMap((q, i) => [`${i + 1}. ${q}`, '', `An answer to question ${i + 1}, in one sentence.`, '']),
    ].join('\n')
    const result = parseText(text)
    expect(result.questions.map((q) => [q.prompt, q.answer])).toEqual(questions.map((q, i) => [q, `An answer to question ${i + 1}, in one sentence.`]))
    expect(result.diagnostics.filter((d) => d.code === 'declared-count-mismatch')).toEqual([])
  })
})
