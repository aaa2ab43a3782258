// The scoring rule of scripts/evalParsers.ts, pinned on small made-up cases
// so that it stays the rule of ../shared/real-docs/score.mjs.
import { describe, expect, test } from 'vitest'
import { jaccard, promptWords, scoreDocument, totals } from './scoreGold.js'

describe('promptWords', () => {
  test('drops case, quotes, emphasis, stop words and a plural or -ing ending', () => {
    expect(promptWords('What are **Promises** in `JavaScript`?')).toEqual(['promis', 'javascript'])
    expect(promptWords('Explain “caching” strategies')).toEqual(['explain', 'cach', 'strategi'])
  })
  test('keeps dots, plus and hash inside words', () => {
    expect(promptWords('C# vs C++ in .NET')).toEqual(['c#', 'vs', 'c++', '.net'])
  })
})

describe('scoreDocument', () => {
  const gold = {
    questions: [
      { prompt: 'What is a closure?', hasAnswer: true },
      { prompt: 'Explain event delegation.', hasAnswer: false },
      { prompt: 'What is hoisting?', hasAnswer: true },
    ],
  }

  test('pairs one to one at Jaccard ≥ 0.5 and counts answer agreement on the pairs', () => {
    const s = scoreDocument(
      [
        { prompt: 'What is a closure in practice?', answer: 'A function with its scope.' },
        { prompt: 'Explain event delegation', answer: 'Listening on a parent.' },
        { prompt: 'Table of contents' },
      ],
      gold,
    )
    expect(s).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, answerAgreements: 1 })
    expect(s.unmatchedParsed).toEqual(['Table of contents'])
    expect(s.unmatchedGold).toEqual(['What is hoisting?'])
    expect(jaccard(promptWords('What is a closure in practice?'), promptWords('What is a closure?'))).toBe(0.5)
  })

  test('an inferred gold file lowers the threshold to 0.25', () => {
    const parsed = [{ prompt: 'closure scope chain lexical' }]
    expect(scoreDocument(parsed, { questions: [{ prompt: 'closure', hasAnswer: false }] }).truePositives).toBe(0)
    expect(scoreDocument(parsed, { inferred: true, questions: [{ prompt: 'closure', hasAnswer: false }] }).truePositives).toBe(1)
  })

  test('micro totals', () => {
    const t = totals([scoreDocument([{ prompt: 'What is hoisting?', answer: ' ' }], gold)])
    expect(t).toMatchObject({ precision: 1, truePositives: 1, falseNegatives: 2, answerAgreement: 0 })
    expect(t.recall).toBeCloseTo(1 / 3)
    expect(t.f1).toBeCloseTo(0.5)
  })
})
