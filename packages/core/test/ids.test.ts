import { describe, expect, test } from 'vitest'
import { QUESTION_ID_PATTERN, mintQuestionId, slugify } from '@quizbank/core'

describe('slugify', () => {
  test.each([
    ['What is middleware in Django?', 'middleware-django'],
    ['Explain Django’s ‘select_related’ and ‘prefetch_related.’', 'django-select-related-prefetch-related'],
    ['How do custom headers (e.g., `X-Frame-Options`) work?', 'custom-headers-x-frame-options'],
    ['Café au lait?', 'cafe-au-lait'],
    ['???', 'question'],
    ['What is it?', 'what-is-it'],
    ['one two three four five six seven', 'one-two-three-four-five'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug)
  })

  test('respects maxWords', () => {
    expect(slugify('one two three four five six seven', { maxWords: 3 })).toBe('one-two-three')
  })
})

test('mintQuestionId avoids taken ids and always yields a valid id', () => {
  const taken = new Set(['acme/view', 'acme/view-2'])
  expect(mintQuestionId('acme', 'What is a view?', taken)).toBe('acme/view-3')
  expect(mintQuestionId('acme', '', new Set())).toMatch(QUESTION_ID_PATTERN)
})
