import { describe, expect, test } from 'vitest'
import { createIndex, type Question } from '@quizbank/core'
import { createSearchIndex, search } from '@quizbank/core/search'
import { errorOf, makeQuestion } from './questions.js'

// createIndex does not validate questions, so the search index checks the
// text fields it reads and names the record, instead of a TypeError.
const broken = (fields: Record<string, unknown>) => createIndex([makeQuestion(0), { ...makeQuestion(1), ...fields } as unknown as Question])

describe('search: records that cannot be searched', () => {
  test('a record without a prompt', () => {
    expect(errorOf(() => search(broken({ prompt: undefined }), 'item'))).toMatchInlineSnapshot(`"INVALID_DATA: search: questions[1] cannot be searched: expected a "prompt" string. Check records with validateQuestionSet from '@quizbank/core/schema' before indexing them."`)
  })

  test('an answer or hints of the wrong type, through createSearchIndex', () => {
    expect(errorOf(() => createSearchIndex(broken({ answer: 42 })))).toMatch(/^INVALID_DATA: createSearchIndex: questions\[1\] cannot be searched: expected an "answer" that is a string/)
    expect(errorOf(() => createSearchIndex(broken({ hints: [null] })))).toMatch(/expected "hints" that are an array of strings/)
  })

  test('options that are not an object', () => {
    expect(errorOf(() => createSearchIndex(createIndex([makeQuestion(0)]), null as never))).toMatch(/^INVALID_OPTION: createSearchIndex: expected an options object, received null/)
  })
})
