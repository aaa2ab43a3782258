import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createIndex, query, type QuestionFilter } from '@quizbank/core'
import { arbCorpus, arbFilter, errorOf, fixedCorpus, ids, makeQuestion, mixedCorpus, satisfies } from './questions.js'

const index = createIndex(fixedCorpus())

describe('query: examples', () => {
  test('no filter: everything, in corpus order', () => {
    const { questions, total } = query(index)
    expect(total).toBe(60)
    expect(questions).toEqual(index.questions)
  })

  test('combined filter', () => {
    const result = query(index, { topics: ['orm', 'views'], difficulties: ['beginner'], hasAnswer: true })
    expect(ids(result.questions)).toMatchInlineSnapshot(`
      [
        "set-0/q-0",
        "set-0/q-12",
        "set-1/q-40",
        "set-1/q-52",
      ]
    `)
    expect(result.total).toBe(result.questions.length)
  })

  test('tags: all of them; anyTags: at least one', () => {
    expect(ids(query(index, { tags: ['queryset', 'joins'] }).questions)).toMatchInlineSnapshot(`
      [
        "set-0/q-0",
        "set-0/q-12",
        "set-0/q-24",
        "set-0/q-36",
        "set-0/q-48",
      ]
    `)
    expect(query(index, { anyTags: ['queryset', 'joins'] }).total).toBe(index.questions.filter((q) => q.tags.includes('queryset') || q.tags.includes('joins')).length)
  })

  test("'unrated' selects questions without a difficulty", () => {
    const { questions } = query(index, { difficulties: ['unrated'] })
    expect(questions.length).toBe(15)
    expect(questions.every((q) => q.difficulty === undefined)).toBe(true)
  })

  test('kind and clusters', () => {
    expect(query(index, { kind: 'multiple-choice' }).total).toBe(9)
    expect(ids(query(index, { clusters: ['c2'] }).questions)).toEqual(['set-2/q-2', 'set-1/q-7', 'set-0/q-12'])
  })

  test('unknown topics, subjects, sets, tags and clusters are all errors by default; unknown excluded ids are ignored', () => {
    for (const filter of [{ topics: ['databse'] }, { subjects: ['django'] }, { sets: ['no-such-set'] }, { tags: ['queryset', 'no-such-tag'] }, { anyTags: ['no-such-tag'] }, { clusters: ['c9'] }]) {
      expect(errorOf(() => query(index, filter)), JSON.stringify(filter)).toMatch(/^UNKNOWN_VALUE: query: option "\w+": unknown \w+ "/)
    }
    expect(query(index, { exclude: ['no/such-id'] }).total).toBe(60)
  })

  test("with unknownValues: 'match-none' an unknown value matches nothing (a saved filter keeps working)", () => {
    const lenient = { unknownValues: 'match-none' } as const
    expect(query(index, { ...lenient, tags: ['queryset', 'no-such-tag'] }).total).toBe(0)
    expect(query(index, { ...lenient, sets: ['no-such-set'] }).total).toBe(0)
    expect(query(index, { ...lenient, topics: ['databse'] }).total).toBe(0)
    expect(query(index, { ...lenient, anyTags: ['no-such-tag', 'csrf'] }).total).toBe(index.questions.filter((q) => q.tags.includes('csrf')).length)
    expect(query(index, { ...lenient, sets: ['no-such-set', 'set-1'] }).total).toBe(20)
    // A closed vocabulary is still checked: 'expert' is a typo, never a dropped value.
    expect(errorOf(() => query(index, { ...lenient, difficulties: ['expert' as 'advanced'] }))).toMatch(/^UNKNOWN_VALUE/)
  })

  test('topics and sets declared at createIndex are known even when empty; subjects come from the sets', () => {
    const declared = createIndex(index.questions, {
      sets: [{ id: 'set-0', subject: 'web' }, { id: 'set-1', subject: 'web' }, { id: 'set-9', subject: 'cli' }],
      taxonomies: [{ id: 'web', topics: [{ id: 'orm', label: 'ORM', description: '…' }, { id: 'caching', label: 'Caching', description: '…' }] }],
    })
    expect(query(declared, { topics: ['caching'] }).total).toBe(0)
    expect(query(declared, { sets: ['set-9'] }).total).toBe(0)
    expect(query(declared, { subjects: ['web'] }).total).toBe(40)
    expect(query(declared, { subjects: ['cli'] }).total).toBe(0)
    expect(query(declared, { subjects: ['web'], topics: ['orm'] }).total).toBe(index.questions.filter((q) => q.source.set !== 'set-2' && q.topic === 'orm').length)
    expect(errorOf(() => query(declared, { subjects: ['wbe'] }))).toMatchInlineSnapshot(`"UNKNOWN_VALUE: query: option "subjects": unknown subject "wbe". Known subjects: web, cli. To let unknown values match nothing instead (e.g. a saved filter), pass unknownValues: 'match-none'."`)
    // Declaring changes no result: the same filter gives the same questions.
    expect(ids(query(declared, { topics: ['orm', 'views'] }).questions)).toEqual(ids(query(index, { topics: ['orm', 'views'] }).questions))
  })

  test('createIndex reports bad declarations clearly', () => {
    expect(errorOf(() => createIndex([], { sets: [{ id: 'x' }] as never }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: createIndex: option "sets[0]": expected a set with string "id" and "subject" fields, received an object.
        example: { id: 'python-basics', subject: 'python' }"
    `)
    expect(errorOf(() => createIndex([], { taxonomies: {} as never }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: createIndex: option "taxonomies": expected an array of taxonomies, received an object.
        example: { taxonomies: [taxonomy] }"
    `)
  })

  test('empty lists put no constraint', () => {
    expect(query(index, { topics: [], tags: [], anyTags: [], sets: [] }).total).toBe(60)
  })

  test('paging with exclusions', () => {
    const all = query(index, { topics: ['orm'] }).questions
    const exclude = [all[0]!.id, all[3]!.id]
    const page = query(index, { topics: ['orm'], exclude, offset: 1, limit: 2 })
    expect(page.total).toBe(all.length - 2)
    expect(ids(page.questions)).toEqual([all[2]!.id, all[4]!.id])
  })

  test('an offset past the end gives an empty page and the true total', () => {
    expect(query(index, { offset: 100, limit: 5 })).toEqual({ questions: [], total: 60 })
  })
})

describe('query: properties', () => {
  test('returns exactly the questions satisfying the filter, in corpus order, with the right total', () => {
    fc.assert(
      fc.property(arbCorpus(), arbFilter(), (corpus, filter) => {
        const expected = corpus.filter((q) => satisfies(q, filter))
        const result = query(createIndex(corpus), filter)
        expect(ids(result.questions)).toEqual(ids(expected))
        expect(result.total).toBe(expected.length)
      }),
      { numRuns: 300 },
    )
  })

  test('on a 3 000-question corpus too (both plans: postings walk and bitset intersection)', () => {
    const corpus = mixedCorpus(3000)
    const idx = createIndex(corpus)
    fc.assert(
      fc.property(arbFilter(), (filter) => {
        const expected = corpus.filter((q) => satisfies(q, filter))
        const result = query(idx, { ...filter, limit: 50 })
        expect(result.total).toBe(expected.length)
        expect(ids(result.questions)).toEqual(ids(expected.slice(0, 50)))
      }),
      { numRuns: 300 },
    )
  })

  test('concatenating pages equals the unpaged query', () => {
    fc.assert(
      fc.property(arbCorpus(), arbFilter(), fc.integer({ min: 1, max: 7 }), (corpus, filter, pageSize) => {
        const idx = createIndex(corpus)
        const whole = query(idx, filter)
        const pages: string[] = []
        for (let offset = 0; offset < whole.total + pageSize; offset += pageSize) {
          const page = query(idx, { ...filter, offset, limit: pageSize })
          expect(page.total).toBe(whole.total)
          pages.push(...ids(page.questions))
        }
        expect(pages).toEqual(ids(whole.questions))
      }),
      { numRuns: 150 },
    )
  })

  test('repeating a query (served from the cache) gives the same result', () => {
    fc.assert(
      fc.property(arbCorpus(), arbFilter(), (corpus, filter) => {
        const idx = createIndex(corpus, { cacheSize: 2 })
        const first = ids(query(idx, filter).questions)
        query(idx, { topics: ['views'], unknownValues: 'match-none' })
        query(idx, { hasAnswer: false })
        expect(ids(query(idx, filter).questions)).toEqual(first)
        expect(ids(query(createIndex(corpus, { cacheSize: 0 }), filter).questions)).toEqual(first)
      }),
      { numRuns: 100 },
    )
  })
})

describe('query: errors name the option and list valid values', () => {
  test('unknown topic', () => {
    expect(errorOf(() => query(index, { topics: ['database'] }))).toMatchInlineSnapshot(`"UNKNOWN_VALUE: query: option "topics": unknown topic "database". Known topics: orm, models, views, templates, security. To let unknown values match nothing instead (e.g. a saved filter), pass unknownValues: 'match-none'."`)
  })

  test('unknown difficulty', () => {
    expect(errorOf(() => query(index, { difficulties: ['expert' as 'advanced'] }))).toMatchInlineSnapshot(`"UNKNOWN_VALUE: query: option "difficulties": unknown difficulty "expert". Known difficulties: beginner, intermediate, advanced, unrated."`)
  })

  test('unknown kind', () => {
    expect(errorOf(() => query(index, { kind: 'essay' as 'open' }))).toMatchInlineSnapshot(`"UNKNOWN_VALUE: query: option "kind": unknown kind "essay". Valid kinds: open, multiple-choice."`)
  })

  test('a string where a list is expected', () => {
    expect(errorOf(() => query(index, { topics: 'orm' as unknown as ['orm'] }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: query: option "topics": expected an array of strings, received "orm".
        example: { topics: ['orm'] }"
    `)
  })

  test('a misspelt option', () => {
    expect(errorOf(() => query(index, { topic: ['orm'] } as QuestionFilter))).toMatchInlineSnapshot(`"INVALID_OPTION: query: unknown option "topic". Did you mean "topics"? Valid options: offset, limit, topics, subjects, tags, anyTags, difficulties, sets, clusters, licenses, hasAnswer, kind, exclude, unknownValues."`)
  })

  test('bad paging', () => {
    expect(errorOf(() => query(index, { limit: -1 }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: query: option "limit": expected an integer ≥ 0, received -1.
        example: { offset: 20, limit: 10 }"
    `)
    expect(errorOf(() => query(index, { offset: 1.5 }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: query: option "offset": expected an integer ≥ 0, received 1.5.
        example: { offset: 20, limit: 10 }"
    `)
  })

  test('hasAnswer must be a boolean', () => {
    expect(errorOf(() => query(index, { hasAnswer: 'yes' as unknown as boolean }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: query: option "hasAnswer": expected true or false, received "yes".
        example: { hasAnswer: true }"
    `)
  })
})

describe('query: licenses', () => {
  const licensed = [
    makeQuestion(1, { license: { prompt: 'CC-BY-4.0' } }),
    makeQuestion(2, { answer: 'A.', license: { prompt: 'CC-BY-4.0', answer: 'CC-BY-4.0' } }),
    makeQuestion(3, { answer: 'A.', license: { prompt: 'unknown', answer: 'CC-BY-4.0' } }),
    makeQuestion(4, { answer: 'A.', license: { prompt: 'CC-BY-4.0', answer: 'unknown' } }),
    makeQuestion(5, { answer: 'A.' }),
  ]
  const idx = createIndex(licensed)

  test('keeps questions whose prompt and answer may both be used under the allowed licenses', () => {
    expect(ids(query(idx, { licenses: ['CC-BY-4.0'] }).questions)).toEqual(['set-1/q-1', 'set-2/q-2'])
    expect(query(idx, { licenses: ['CC-BY-4.0', 'unknown'] }).total).toBe(5)
    // No license field counts as unknown, for prompt and answer alike.
    expect(ids(query(idx, { licenses: ['unknown'] }).questions)).toEqual(['set-2/q-5'])
  })

  test('a license no question uses is an unknown value, like every other field', () => {
    expect(errorOf(() => query(idx, { licenses: ['CC-BY-SA-4.0'] }))).toMatch(/^UNKNOWN_VALUE: query: option "licenses": unknown license "CC-BY-SA-4.0"\. Known licenses: CC-BY-4.0, unknown\./)
    expect(query(idx, { licenses: ['CC-BY-SA-4.0'], unknownValues: 'match-none' }).total).toBe(0)
  })
})
