import { describe, expect, test } from 'vitest'
import { createIndex, loadIndex, query, sample, serializeIndex, type Question } from '@quizbank/core'
import { validateQuestion } from '@quizbank/core/schema'
import { errorOf, fixedCorpus, ids, makeQuestion } from './questions.js'

describe('the test helpers build valid questions', () => {
  test.each(fixedCorpus().map((q) => [q.id, q] as const))('%s is valid', (_, q) => {
    expect(validateQuestion(q).issues).toEqual([])
  })
})

describe('createIndex', () => {
  test('keeps the questions in corpus order and finds them by id', () => {
    const corpus = fixedCorpus()
    const index = createIndex(corpus)
    expect(index.size).toBe(60)
    expect(index.questions).toBe(corpus)
    expect(index.get('set-1/q-7')).toBe(corpus[7])
    expect(index.get('nope/q-1')).toBeUndefined()
  })

  test('with duplicate ids, get returns the first', () => {
    const a = makeQuestion(1)
    const b = { ...makeQuestion(1), prompt: 'Second copy?' }
    expect(createIndex([a, b]).get(a.id)).toBe(a)
  })

  test('an empty corpus is a valid, empty index', () => {
    const index = createIndex([])
    expect(query(index).total).toBe(0)
    expect(index.get('x/y')).toBeUndefined()
  })

  test('a tag listed twice on one question is counted once', () => {
    const index = createIndex([makeQuestion(0, { tags: ['a', 'a'] }), makeQuestion(1, { tags: ['a'] })])
    expect(query(index, { tags: ['a'] }).total).toBe(2)
  })

  test('topics outside the taxonomy (unvalidated data) are indexed and filterable', () => {
    const index = createIndex([makeQuestion(0, { topic: 'legacy' as Question['topic'] }), makeQuestion(1)])
    expect(ids(query(index, { topics: ['legacy' as 'orm'] }).questions)).toEqual(['set-0/q-0'])
  })
})

describe('serialising', () => {
  test('JSON round trip gives an index with the same answers', () => {
    const index = createIndex(fixedCorpus())
    const loaded = loadIndex(JSON.parse(JSON.stringify(index)))
    expect(loaded.size).toBe(index.size)
    const filter = { topics: ['orm', 'views'] as const, hasAnswer: true }
    expect(ids(query(loaded, { ...filter, topics: [...filter.topics] }).questions)).toEqual(ids(query(index, { ...filter, topics: [...filter.topics] }).questions))
    expect(ids(sample(loaded, { count: 5, seed: 'x' }))).toEqual(ids(sample(index, { count: 5, seed: 'x' })))
  })

  test('serializeIndex and toJSON agree', () => {
    const index = createIndex(fixedCorpus())
    expect(serializeIndex(index)).toEqual(index.toJSON())
    expect(serializeIndex(index)).toMatchObject({ format: 'quizbank-index', version: 1 })
  })
})

describe('errors', () => {
  test('not an array', () => {
    expect(errorOf(() => createIndex('questions' as unknown as Question[]))).toMatchInlineSnapshot(`"INVALID_OPTION: createIndex: expected an array of questions, received "questions"."`)
  })

  test('a record that is not a question names its position', () => {
    const broken = [makeQuestion(0), { id: 'a/b', prompt: 'x', topic: 'orm' }] as unknown as Question[]
    expect(errorOf(() => createIndex(broken))).toMatchInlineSnapshot(`"INVALID_DATA: createIndex: questions[1] is not a question (expected a "tags" field). Check records with validateQuestionSet from '@quizbank/core/schema' before indexing them."`)
  })

  test('a bad cacheSize', () => {
    expect(errorOf(() => createIndex([], { cacheSize: -1 }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: createIndex: option "cacheSize": expected an integer ≥ 0, received -1.
        example: { cacheSize: 64 }"
    `)
  })

  test('loading something that is not a serialised index', () => {
    expect(errorOf(() => loadIndex({ questions: [] }))).toMatchInlineSnapshot(`"INVALID_DATA: loadIndex: expected the output of serializeIndex() ({ format: 'quizbank-index', version: 1, questions: [...] }), received an object."`)
    expect(errorOf(() => loadIndex({ format: 'quizbank-index', version: 2, questions: [] }))).toMatchInlineSnapshot(`"INVALID_DATA: loadIndex: serialised index version 2 is not supported by this release (it reads version 1)."`)
  })

  test('passing a parsed JSON index (not loaded) to query', () => {
    const parsed = JSON.parse(JSON.stringify(createIndex(fixedCorpus())))
    expect(errorOf(() => query(parsed))).toMatchInlineSnapshot(`"INVALID_INDEX: query: expected an index from createIndex() or loadIndex(), received an object. A serialised index must be loaded first: loadIndex(JSON.parse(text))."`)
  })
})
