import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createIndex, createQuiz, sample, type Question, type SampleOptions } from '@quizbank/core'
import { arbCorpus, arbFilter, errorOf, fixedCorpus, ids, makeQuestion, satisfies } from './questions.js'

const index = createIndex(fixedCorpus())

describe('sample: pinned draws (the reproducibility contract)', () => {
  // Same corpus, options and seed → same questions in the same order, on
  // every platform and every release of this major version.
  test("5 from the fixed corpus, seed 'quizbank'", () => {
    expect(ids(sample(index, { count: 5, seed: 'quizbank' }))).toMatchInlineSnapshot(`
      [
        "set-2/q-50",
        "set-2/q-2",
        "set-0/q-15",
        "set-1/q-16",
        "set-1/q-25",
      ]
    `)
  })

  test('5 from the fixed corpus, seed 42, filtered', () => {
    expect(ids(sample(index, { count: 5, seed: 42, hasAnswer: true, topics: ['orm', 'models', 'views'] }))).toMatchInlineSnapshot(`
      [
        "set-1/q-40",
        "set-0/q-36",
        "set-0/q-57",
        "set-1/q-10",
        "set-1/q-7",
      ]
    `)
  })

  test('stratified and distinct, seed 42', () => {
    const drawn = sample(index, { count: 10, seed: 42, stratify: { difficulty: { beginner: 50, intermediate: 30, advanced: 20 } }, distinct: 'cluster' })
    expect(drawn.map((q) => `${q.id} ${q.difficulty?.level}`)).toMatchInlineSnapshot(`
      [
        "set-0/q-24 beginner",
        "set-1/q-25 intermediate",
        "set-2/q-32 beginner",
        "set-0/q-30 advanced",
        "set-0/q-12 beginner",
        "set-2/q-5 intermediate",
        "set-0/q-36 beginner",
        "set-1/q-46 advanced",
        "set-2/q-29 intermediate",
        "set-1/q-28 beginner",
      ]
    `)
  })
})

describe('sample: examples', () => {
  test('a number seed equals its string', () => {
    expect(ids(sample(index, { count: 8, seed: 7 }))).toEqual(ids(sample(index, { count: 8, seed: '7' })))
  })

  test('count 0 gives nothing; the whole pool gives a permutation of it', () => {
    expect(sample(index, { count: 0, seed: 1 })).toEqual([])
    const all = sample(index, { count: 60, seed: 1 })
    expect(new Set(ids(all)).size).toBe(60)
  })

  test('50/30/20 weights over 10 draws give 5/3/2', () => {
    const drawn = sample(index, { count: 10, seed: 'w', stratify: { difficulty: { beginner: 0.5, intermediate: 0.3, advanced: 0.2 } } })
    expect(countBy(drawn, (q) => q.difficulty?.level ?? 'unrated')).toEqual({ beginner: 5, intermediate: 3, advanced: 2 })
  })

  test('stratify by topic: true gives equal shares of the topics present', () => {
    const drawn = sample(index, { count: 10, seed: 's', topics: ['orm', 'views'], stratify: { topic: true } })
    expect(countBy(drawn, (q) => q.topic)).toEqual({ orm: 5, views: 5 })
  })

  test('stratify by topic and difficulty: product weights', () => {
    const drawn = sample(index, { count: 12, seed: 'p', topics: ['orm', 'views'], stratify: { topic: true, difficulty: { beginner: 1, advanced: 1, intermediate: 1 } } })
    expect(Object.values(countBy(drawn, (q) => `${q.topic}/${q.difficulty?.level}`))).toEqual([2, 2, 2, 2, 2, 2])
  })

  test('the first draws do not depend on the pool size beyond the pool (O(count) draws)', () => {
    // Drawing 3 from a 1 000-question pool touches 3 permutation steps: the
    // walk never visits, let alone copies, the rest of the pool.
    const big = createIndex(Array.from({ length: 1000 }, (_, i) => makeQuestion(i)))
    expect(ids(sample(big, { count: 3, seed: 'x' }))).toEqual(ids(createQuiz(big, { seed: 'x' }).next(3).questions))
  })

  test('draws are close to uniform over the pool', () => {
    const small = createIndex(Array.from({ length: 10 }, (_, i) => makeQuestion(i)))
    const counts = new Map<string, number>()
    for (let s = 0; s < 3000; s++) for (const q of sample(small, { count: 2, seed: s })) counts.set(q.id, (counts.get(q.id) ?? 0) + 1)
    // 6 000 picks over 10 questions: 600 expected each; chi-square, 9 df, p = 0.001 at 27.9.
    const chi = [...counts.values()].reduce((sum, c) => sum + (c - 600) ** 2 / 600, 0)
    expect(counts.size).toBe(10)
    expect(chi).toBeLessThan(27.9)
  })
})

describe('sample: properties', () => {
  const arbWeights = fc.record(
    { beginner: fc.integer({ min: 0, max: 9 }), intermediate: fc.integer({ min: 0, max: 9 }), advanced: fc.integer({ min: 0, max: 9 }), unrated: fc.integer({ min: 0, max: 9 }) },
    { requiredKeys: [] },
  )

  test('no duplicates, every question satisfies the filter, same seed → same draw, equals createQuiz().next(count)', () => {
    fc.assert(
      fc.property(arbCorpus(), arbFilter(), fc.oneof(fc.string(), fc.integer()), fc.integer({ min: 0, max: 12 }), fc.boolean(), (corpus, filter, seed, count, distinct) => {
        const idx = createIndex(corpus)
        const options: SampleOptions = { ...filter, count, seed, ...(distinct ? { distinct: 'cluster' as const } : {}) }
        let drawn: Question[]
        try {
          drawn = sample(idx, options)
        } catch (error) {
          // Only an honest "too few" is allowed: check that it really is.
          const pool = corpus.filter((q) => satisfies(q, filter))
          const capacity = distinct ? distinctCapacity(pool) : pool.length
          expect(capacity).toBeLessThan(count)
          expect(errorOf(() => sample(idx, options))).toMatch(/^POOL_TOO_SMALL/)
          return
        }
        expect(drawn).toHaveLength(count)
        expect(new Set(ids(drawn)).size).toBe(count)
        for (const q of drawn) expect(satisfies(q, filter)).toBe(true)
        if (distinct) {
          const clusters = drawn.flatMap((q) => (q.cluster === undefined ? [] : [q.cluster]))
          expect(new Set(clusters).size).toBe(clusters.length)
        }
        expect(ids(sample(createIndex(corpus), options))).toEqual(ids(drawn))
        const { count: _count, ...spec } = options
        expect(ids(createQuiz(idx, spec).next(count).questions)).toEqual(ids(drawn))
      }),
      { numRuns: 400 },
    )
  })

  test('stratified counts match the weights within ±1', () => {
    fc.assert(
      fc.property(arbCorpus(60), arbWeights, fc.string(), fc.integer({ min: 1, max: 30 }), (corpus, weights, seed, count) => {
        const idx = createIndex(corpus)
        const levelOf = (q: Question) => q.difficulty?.level ?? 'unrated'
        const present = new Set(corpus.map(levelOf))
        const usable = Object.fromEntries(Object.entries(weights).filter(([level]) => present.has(level as 'beginner')))
        const total = Object.values(usable).reduce((a, b) => a + b, 0)
        fc.pre(total > 0)
        let drawn: Question[]
        try {
          drawn = sample(idx, { count, seed, stratify: { difficulty: usable } })
        } catch (error) {
          expect(errorOf(() => sample(idx, { count, seed, stratify: { difficulty: usable } }))).toMatch(/^POOL_TOO_SMALL/)
          return
        }
        const counts = countBy(drawn, levelOf)
        for (const [level, w] of Object.entries(usable)) expect(Math.abs((counts[level] ?? 0) - (w / total) * count)).toBeLessThanOrEqual(1)
      }),
      { numRuns: 300 },
    )
  })

  test('excluded ids never appear, and excluding an id that was not drawn changes nothing', () => {
    fc.assert(
      fc.property(arbCorpus(), fc.string(), fc.integer({ min: 1, max: 5 }), (corpus, seed, count) => {
        fc.pre(corpus.length >= count + 3)
        const idx = createIndex(corpus)
        const drawn = sample(idx, { count, seed })
        const notDrawn = corpus.map((q) => q.id).filter((id) => !ids(drawn).includes(id))
        expect(ids(sample(idx, { count, seed, exclude: notDrawn.slice(0, 2) }))).toEqual(ids(drawn))
        const without = sample(idx, { count, seed, exclude: [drawn[0]!.id] })
        expect(ids(without)).not.toContain(drawn[0]!.id)
      }),
      { numRuns: 200 },
    )
  })
})

describe('sample: errors name the option and list valid values', () => {
  test('more questions than the pool holds', () => {
    expect(errorOf(() => sample(index, { count: 20, seed: 1, topics: ['orm'], difficulties: ['advanced'] }))).toMatchInlineSnapshot(`"POOL_TOO_SMALL: sample: option "count" asks for 20 questions, but the filtered pool holds 3 (filter: topics: orm; difficulties: advanced). Lower "count" or widen the filter."`)
    expect(errorOf(() => sample(index, { count: 12, seed: 1, topics: ['orm'], exclude: ['set-0/q-0'] }))).toMatchInlineSnapshot(`"POOL_TOO_SMALL: sample: option "count" asks for 12 questions, but the filtered pool holds 11 after excluding 1 id (filter: topics: orm). Lower "count" or widen the filter."`)
  })

  test('an unknown stratify key lists the valid ones in a copy: changing it leaves the index alone', () => {
    const own = createIndex(fixedCorpus())
    let error: unknown
    try {
      sample(own, { count: 1, seed: 1, stratify: { topic: { nope: 1 } } })
    } catch (e) {
      error = e
    }
    const expected = (error as { expected: string[] }).expected
    expect(expected).toContain('orm')
    expected.length = 0
    expect(sample(own, { count: 1, seed: 1, stratify: { topic: { orm: 1 } } })[0]?.topic).toBe('orm')
  })

  test('a stratum smaller than its share', () => {
    expect(errorOf(() => sample(index, { count: 20, seed: 1, stratify: { difficulty: { beginner: 90, advanced: 10 } } }))).toMatchInlineSnapshot(`"POOL_TOO_SMALL: sample: option "stratify": 20 questions at these weights need 18 from difficulty=beginner, but the filtered pool holds 15 there (no filter). Lower "count", change the weights, or widen the filter."`)
  })

  test('weighted strata holding fewer than count in all', () => {
    expect(errorOf(() => sample(index, { count: 40, seed: 1, stratify: { difficulty: { beginner: 90, advanced: 10 } } }))).toMatchInlineSnapshot(`"POOL_TOO_SMALL: sample: option "count" asks for 40 questions, but the strata with a positive weight (difficulty=beginner, difficulty=advanced) hold 30 (no filter). Lower "count" or widen the filter."`)
  })

  test('distinct clusters run out', () => {
    const twins = createIndex([makeQuestion(0, { cluster: 'k' }), makeQuestion(1, { cluster: 'k' }), makeQuestion(2)])
    expect(errorOf(() => sample(twins, { count: 3, seed: 1, distinct: 'cluster' }))).toMatchInlineSnapshot(`"POOL_TOO_SMALL: sample: option "count" asks for 3 questions, but with distinct: 'cluster' the filtered pool ran out of distinct clusters after 2 (no filter). Lower "count", drop "distinct", or widen the filter."`)
  })

  test('unknown topic', () => {
    expect(errorOf(() => sample(index, { count: 1, seed: 1, topics: ['orms' as 'orm'] }))).toMatchInlineSnapshot(`"UNKNOWN_VALUE: sample: option "topics": unknown topic "orms". Did you mean "orm"? Known topics: orm, models, views, templates, security. To let unknown values match nothing instead (e.g. a saved filter), pass unknownValues: 'match-none'."`)
  })

  test('invalid and contradictory weights', () => {
    const s = (stratify: SampleOptions['stratify'], extra: Partial<SampleOptions> = {}) => errorOf(() => sample(index, { count: 5, seed: 1, stratify, ...extra }))
    expect(s({ difficulty: { expert: 1 } as never })).toMatchInlineSnapshot(`"UNKNOWN_VALUE: sample: option "stratify.difficulty": unknown difficulty "expert". Valid keys: beginner, intermediate, advanced, unrated."`)
    expect(s({ difficulty: { beginner: -1 } })).toMatchInlineSnapshot(`"INVALID_WEIGHTS: sample: option "stratify.difficulty": the weight of "beginner" must be a finite number ≥ 0, received -1."`)
    expect(s({ difficulty: { beginner: 0, advanced: 0 } })).toMatchInlineSnapshot(`"INVALID_WEIGHTS: sample: option "stratify.difficulty": every weight is 0; give at least one of beginner, intermediate, advanced, unrated a positive weight."`)
    expect(s({ difficulty: { beginner: 1, advanced: 1 } }, { difficulties: ['beginner'] })).toMatchInlineSnapshot(`"INVALID_WEIGHTS: sample: option "stratify.difficulty": "advanced" has weight 1, but no question in the filtered pool has difficulty "advanced" (filter: difficulties: beginner). Present: beginner. Remove the weight or widen the filter."`)
    expect(s({ level: true } as never)).toMatchInlineSnapshot(`"UNKNOWN_VALUE: sample: option "stratify": cannot stratify by "level". Valid keys: topic, difficulty."`)
    expect(s({ topic: 'all' } as never)).toMatchInlineSnapshot(`
      "INVALID_WEIGHTS: sample: option "stratify.topic": expected true or an object of weights, received "all".
        example: { topic: { orm: 2, views: 1 } }"
    `)
  })

  test('bad count, seed and distinct', () => {
    expect(errorOf(() => sample(index, { count: 2.5, seed: 1 }))).toMatchInlineSnapshot(`
      "INVALID_OPTION: sample: option "count": expected an integer ≥ 0, received 2.5.
        example: { count: 10, seed: 42 }"
    `)
    expect(errorOf(() => sample(index, { count: 2 } as SampleOptions))).toMatchInlineSnapshot(`"INVALID_OPTION: sample: option "seed": expected a string or a finite number, received nothing. A seed makes the draw reproducible; pass e.g. { seed: 'daily-2026-11-21' }, or { seed: Date.now() } for a fresh draw each time."`)
    expect(errorOf(() => sample(index, { count: 2, seed: 1, distinct: 'topic' as 'cluster' }))).toMatchInlineSnapshot(`"UNKNOWN_VALUE: sample: option "distinct": expected 'cluster' (or no value), received "topic"."`)
  })
})

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1
  return out
}

function distinctCapacity(pool: readonly Question[]): number {
  const clusters = new Set<string>()
  let free = 0
  for (const q of pool) {
    if (q.cluster === undefined) free++
    else clusters.add(q.cluster)
  }
  return free + clusters.size
}
