import { describe, expect, test } from 'vitest'
import { checkBudgets } from './checkBudgets.js'

describe('checkBudgets', () => {
  const budgets = { gzipBytes: { '@quizbank/core': 12_000, '@quizbank/parsers': 100_000 } }

  test('sizes at or under budget pass', () => {
    expect(checkBudgets(budgets, new Map([['@quizbank/core', 12_000], ['@quizbank/parsers', 90_000]]))).toEqual([])
  })

  test('a breach names the entry, the size, the budget and the overshoot', () => {
    const [message, ...rest] = checkBudgets(budgets, new Map([['@quizbank/core', 12_600], ['@quizbank/parsers', 90_000]]))
    expect(rest).toEqual([])
    expect(message).toMatch(/^@quizbank\/core: 12600 B gzip, over its budget of 12000 B by 600 B \(5\.0%\)\./)
  })

  test('an entry with a budget but no measurement fails rather than passing silently', () => {
    expect(checkBudgets(budgets, new Map([['@quizbank/core', 1]]))).toEqual(['@quizbank/parsers: no size measured (its bundle failed); budget 100000 B.'])
  })
})
