import { describe, expectTypeOf, test } from 'vitest'
import {
  createIndex,
  createQuiz,
  createRandom,
  loadIndex,
  query,
  QuizbankError,
  restoreQuiz,
  sample,
  serializeIndex,
  type CreateIndexOptions,
  type DifficultyLevel,
  type Question,
  type QuestionFilter,
  type QuestionIndex,
  type QueryResult,
  type Quiz,
  type QuizDeal,
  type QuizbankErrorCode,
  type QuizSpec,
  type QuizState,
  type Random,
  type SampleOptions,
  type SerializedIndex,
} from '@quizbank/core'
import { createSearchIndex, loadSearchIndex, search, serializeSearchIndex, type SearchIndex, type SearchResult, type SerializedSearchIndex } from '@quizbank/core/search'

declare const questions: Question[]
const index = createIndex(questions)

describe('public signatures', () => {
  test('createIndex / serializeIndex / loadIndex', () => {
    expectTypeOf(createIndex<Question>).parameters.toEqualTypeOf<[questions: readonly Question[], options?: CreateIndexOptions]>()
    expectTypeOf(index).toEqualTypeOf<QuestionIndex>()
    expectTypeOf(index.questions).toEqualTypeOf<readonly Question[]>()
    expectTypeOf(index.get).returns.toEqualTypeOf<Question | undefined>()
    expectTypeOf(serializeIndex(index)).toEqualTypeOf<SerializedIndex>()
    expectTypeOf(loadIndex).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(loadIndex).returns.toEqualTypeOf<QuestionIndex>()
  })

  test('query takes a filter plus paging and returns a page and a total', () => {
    expectTypeOf(query(index, { topics: ['orm'], limit: 10 })).toEqualTypeOf<QueryResult>()
    expectTypeOf<QueryResult['questions']>().toEqualTypeOf<Question[]>()
    expectTypeOf<QueryResult['total']>().toEqualTypeOf<number>()
    // Difficulties are checked at compile time; topics are open (any
    // subject) unless the questions' type narrows them (see the corpus's type test).
    query(index, { topics: ['database'] })
    // @ts-expect-error: not a difficulty level
    query(index, { difficulties: ['expert'] })
    expectTypeOf<'unrated'>().toExtend<DifficultyLevel>()
    expectTypeOf<QuestionFilter['kind']>().toEqualTypeOf<'open' | 'multiple-choice' | undefined>()
  })

  test('sample needs count and seed', () => {
    expectTypeOf(sample).returns.toEqualTypeOf<Question[]>()
    expectTypeOf<SampleOptions['count']>().toEqualTypeOf<number>()
    expectTypeOf<SampleOptions['seed']>().toEqualTypeOf<string | number>()
    expectTypeOf<SampleOptions['distinct']>().toEqualTypeOf<'cluster' | undefined>()
    // @ts-expect-error: seed is required
    sample(index, { count: 3 })
    sample(index, { count: 3, seed: 1, stratify: { difficulty: { beginner: 50, intermediate: 30, advanced: 20 } } })
    // @ts-expect-error: weights are keyed by difficulty level
    sample(index, { count: 3, seed: 1, stratify: { difficulty: { expert: 1 } } })
  })

  test('quizzes deal and save', () => {
    const quiz = createQuiz(index, { seed: 'x' })
    expectTypeOf(quiz).toEqualTypeOf<Quiz>()
    expectTypeOf(quiz.next).toEqualTypeOf<(n?: number) => QuizDeal>()
    expectTypeOf<QuizDeal['exhausted']>().toEqualTypeOf<boolean>()
    expectTypeOf(quiz.state()).toEqualTypeOf<QuizState>()
    expectTypeOf(restoreQuiz).parameters.toEqualTypeOf<[index: QuestionIndex, state: QuizState]>()
    expectTypeOf<QuizState['spec']>().toEqualTypeOf<QuizSpec>()
  })

  test('createRandom and QuizbankError', () => {
    expectTypeOf(createRandom).toEqualTypeOf<(seed: string | number) => Random>()
    expectTypeOf<Random['int']>().toEqualTypeOf<(bound: number) => number>()
    expectTypeOf<QuizbankError['code']>().toEqualTypeOf<QuizbankErrorCode>()
    expectTypeOf<QuizbankError>().toExtend<Error>()
  })

  test('search accepts a plain index or a search index', () => {
    const searchIndex = createSearchIndex(index, { boost: { prompt: 3 } })
    expectTypeOf(searchIndex).toEqualTypeOf<SearchIndex>()
    expectTypeOf(search(index, 'x')).toEqualTypeOf<SearchResult>()
    expectTypeOf(search(searchIndex, 'x', { topics: ['orm'], prefix: 'last', combine: 'and' })).toEqualTypeOf<SearchResult>()
    expectTypeOf<SearchResult['hits'][number]['matches']['prompt'][number]>().toEqualTypeOf<{ readonly start: number; readonly end: number; readonly term: string }>()
    expectTypeOf(serializeSearchIndex(searchIndex)).toEqualTypeOf<SerializedSearchIndex>()
    expectTypeOf(loadSearchIndex).returns.toEqualTypeOf<SearchIndex>()
  })
})
