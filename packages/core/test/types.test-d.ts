import { describe, expectTypeOf, test } from 'vitest'
import type { Difficulty, Question, QuestionSet, Topic } from '@quizbank/core'
import type { ValidationIssue, ValidationResult } from '@quizbank/core/schema'
import { validateQuestionSet } from '@quizbank/core/schema'

describe('public types', () => {
  test('Question fields', () => {
    expectTypeOf<Question['id']>().toEqualTypeOf<string>()
    expectTypeOf<Question['prompt']>().toEqualTypeOf<string>()
    expectTypeOf<Question['answer']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Question['topic']>().toEqualTypeOf<Topic>()
    expectTypeOf<Question['tags']>().toEqualTypeOf<string[]>()
    expectTypeOf<Question['choices']>().toEqualTypeOf<{ text: string; correct: boolean }[] | undefined>()
    expectTypeOf<NonNullable<Question['difficulty']>['level']>().toEqualTypeOf<Difficulty>()
    expectTypeOf<Question['source']['lines']>().toEqualTypeOf<[number, number]>()
    expectTypeOf<Question['source']['promptInferred']>().toEqualTypeOf<boolean>()
  })

  test('Topic is a union of literal ids', () => {
    expectTypeOf<'orm'>().toExtend<Topic>()
    expectTypeOf<'database'>().not.toExtend<Topic>()
  })

  test('QuestionSet holds Questions', () => {
    expectTypeOf<QuestionSet['questions']>().toEqualTypeOf<Question[]>()
  })

  test('validateQuestionSet narrows on ok', () => {
    const r = validateQuestionSet({})
    expectTypeOf(r).toEqualTypeOf<ValidationResult<QuestionSet>>()
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<QuestionSet>()
    else expectTypeOf(r.issues).toEqualTypeOf<readonly ValidationIssue[]>()
  })
})
