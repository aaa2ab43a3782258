import { describe, expect, test } from 'vitest'
import { fromAiken, toAiken } from '@quizbank/formats'
import { setOf } from './helpers/arbitraries.js'

const source = { set: 'set-a', lines: [1, 1] as [number, number], promptInferred: false }

describe('toAiken', () => {
  test("Moodle's rules: the question on one line, 'A. ' choices, ANSWER: right after, a blank line between questions", () => {
    const { text } = toAiken(
      setOf([
        { id: 'set-a/one', prompt: 'Which LMS\nimports Aiken?', choices: [{ text: 'Moodle', correct: true }, { text: 'Paper', correct: false }], topic: 't', tags: [], source },
        { id: 'set-a/two', prompt: '2+2?', choices: [{ text: '3', correct: false }, { text: '4', correct: true }], topic: 't', tags: [], source },
      ]),
    )
    expect(text).toBe('Which LMS imports Aiken?\nA. Moodle\nB. Paper\nANSWER: A\n\n2+2?\nA. 3\nB. 4\nANSWER: B\n')
  })

  test('questions Aiken cannot hold are listed with the reason, and every dropped part is reported', () => {
    const r = toAiken(
      setOf([
        { id: 'set-a/open', prompt: 'Explain.', answer: 'x', topic: 't', tags: [], source },
        { id: 'set-a/multi', prompt: 'Two?', choices: [{ text: 'a', correct: true }, { text: 'b', correct: true }], topic: 't', tags: [], source },
        { id: 'set-a/ok', prompt: 'One?', answer: 'Because a.', hints: ['h'], choices: [{ text: 'a', correct: true }, { text: 'b', correct: false }], topic: 't', tags: ['k'], source },
      ]),
    )
    expect(r.exported).toBe(1)
    expect(r.notExported).toEqual([
      { id: 'set-a/open', reason: 'an open question: Aiken holds multiple-choice questions only' },
      { id: 'set-a/multi', reason: '2 right choices: Aiken names exactly one right answer' },
    ])
    expect(r.lost.map((l) => l.field)).toEqual(['answer', 'hints', 'topic', 'tags', 'id'])
  })
})

describe('fromAiken', () => {
  test("Moodle's documented example: choices with '.' or ')', any number of them", () => {
    const r = fromAiken('What is the right answer?\nA. This one?\nB) Maybe this?\nC. Or this?\nANSWER: B\n\nSecond?\nA) yes\nB) no\nANSWER: A\n')
    expect(r.diagnostics).toEqual([])
    expect(r.questions.map((q) => [q.prompt, q.choices?.map((c) => `${c.correct ? '*' : ''}${c.text}`)])).toEqual([
      ['What is the right answer?', ['This one?', '*Maybe this?', 'Or this?']],
      ['Second?', ['*yes', 'no']],
    ])
  })

  test('every broken rule is an error naming the line', () => {
    const r = fromAiken('Q1?\nA. a\nC. c\nANSWER: A\n\nQ2?\nA. a\nB. b\n\nQ3?\nA. a\nB. b\nANSWER: D\n\nQ4?\nA. a\nB. b\nanswer: a\n')
    expect(r.questions).toEqual([])
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'line 3: choice letter "C" out of order (expected "B"). Question skipped.',
      'line 6: no "ANSWER: <letter>" line after the choices. Question skipped.',
      'line 10: ANSWER: D names no choice (choices A–B). Question skipped.',
      'line 18: expected a choice "C. text" or "ANSWER: <letter>", received "answer: a". Question skipped.',
    ])
  })
})
