import { describe, expectTypeOf, test } from 'vitest'
import type { Difficulty, Question, QuestionSet, Taxonomy } from '@quizbank/core'
import type { ValidationIssue, ValidationResult } from '@quizbank/core/schema'
import { validateQuestionSet } from '@quizbank/core/schema'

describe('public types', () => {
  test('Question fields', () => {
    expectTypeOf<Question['id']>().toEqualTypeOf<string>()
    expectTypeOf<Question['prompt']>().toEqualTypeOf<string>()
    expectTypeOf<Question['answer']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Question['topic']>().toEqualTypeOf<string>()
    expectTypeOf<Question['tags']>().toEqualTypeOf<string[]>()
    expectTypeOf<Question['choices']>().toEqualTypeOf<{ text: string; correct: boolean }[] | undefined>()
    expectTypeOf<NonNullable<Question['difficulty']>['level']>().toEqualTypeOf<Difficulty>()
    expectTypeOf<Question['source']['lines']>().toEqualTypeOf<[number, number]>()
    expectTypeOf<Question['source']['promptInferred']>().toEqualTypeOf<boolean>()
  })

  test('a topic type parameter narrows topic, and nothing else', () => {
    type PyQuestion = Question<'basics' | 'generators'>
    expectTypeOf<PyQuestion['topic']>().toEqualTypeOf<'basics' | 'generators'>()
    expectTypeOf<PyQuestion['prompt']>().toEqualTypeOf<string>()
    expectTypeOf<'orm'>().not.toExtend<PyQuestion['topic']>()
    expectTypeOf<PyQuestion>().toExtend<Question>()
    expectTypeOf<Taxonomy<'basics'>['topics'][number]['id']>().toEqualTypeOf<'basics'>()
  })

  test('QuestionSet holds Questions and names its subject', () => {
    expectTypeOf<QuestionSet['questions']>().toEqualTypeOf<Question[]>()
    expectTypeOf<QuestionSet<'basics'>['questions']>().toEqualTypeOf<Question<'basics'>[]>()
    expectTypeOf<QuestionSet['subject']>().toEqualTypeOf<string>()
  })

  test('validateQuestionSet narrows on ok', () => {
    const r = validateQuestionSet({})
    expectTypeOf(r).toEqualTypeOf<ValidationResult<QuestionSet>>()
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<QuestionSet>()
    else expectTypeOf(r.issues).toEqualTypeOf<readonly ValidationIssue[]>()
  })
})
