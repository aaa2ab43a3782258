import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createIndex, createQuiz, restoreQuiz, sample, type Question, type QuizSpec, type QuizState } from '@quizbank/core'
import { Sfc32, seedToString } from '../src/createRandom.js'
import { arbCorpus, arbFilter, errorOf, fixedCorpus, ids, makeQuestion, satisfies } from './questions.js'

const index = createIndex(fixedCorpus())
const roundTrip = (state: QuizState): QuizState => JSON.parse(JSON.stringify(state)) as QuizState

describe('createQuiz: examples', () => {
  test('deals without repeats until exhausted, then says so', () => {
    const quiz = createQuiz(index, { seed: 'q', topics: ['orm'] })
    const first = quiz.next(5)
    expect(first.questions).toHaveLength(5)
    expect(first.exhausted).toBe(false)
    const rest = quiz.next(100)
    expect(rest.questions).toHaveLength(7)
    expect(rest.exhausted).toBe(true)
    expect(quiz.exhausted).toBe(true)
    expect(quiz.next(3)).toEqual({ questions: [], exhausted: true })
    const all = ids([...first.questions, ...rest.questions])
    expect(new Set(all).size).toBe(12)
    expect(all.sort()).toEqual(ids(index.questions.filter((q) => q.topic === 'orm')).sort())
  })

  test('exhausted is true as soon as the last question is dealt', () => {
    const quiz = createQuiz(createIndex([makeQuestion(0), makeQuestion(1)]), { seed: 1 })
    expect(quiz.next(2)).toMatchObject({ exhausted: true })
    expect(quiz.dealt).toBe(2)
  })

  test('the state is small: spec, counter and a pool hash (never the dealt ids)', () => {
    const quiz = createQuiz(index, { seed: 'small' })
    quiz.next(40)
    expect(quiz.state()).toMatchInlineSnapshot(`
      {
        "dealt": 40,
        "format": "quizbank-quiz",
        "pool": "v7ovwt6q36",
        "spec": {
          "seed": "small",
        },
        "version": 1,
      }
    `)
    expect(JSON.stringify(quiz)).toBe(JSON.stringify(quiz.state()))
  })

  test('restoring continues exactly where the quiz stopped', () => {
    const spec: QuizSpec = { seed: 'r', stratify: { difficulty: true }, distinct: 'cluster' }
    const uninterrupted = createQuiz(index, spec).next(30).questions
    const quiz = createQuiz(index, spec)
    const before = quiz.next(11).questions
    const restored = restoreQuiz(createIndex(fixedCorpus()), roundTrip(quiz.state()))
    expect(restored.dealt).toBe(11)
    expect(ids([...before, ...restored.next(19).questions])).toEqual(ids(uninterrupted))
  })

  test('a changed spec object does not change the saved state', () => {
    const topics: QuizSpec['topics'] = ['orm']
    const quiz = createQuiz(index, { seed: 's', topics })
    ;(topics as string[]).push('views')
    expect(quiz.state().spec.topics).toEqual(['orm'])
  })

  test('the pool may gain unrelated questions without breaking saved quizzes', () => {
    const quiz = createQuiz(index, { seed: 'g', topics: ['orm'] })
    const before = quiz.next(3).questions
    const grown = createIndex([...fixedCorpus(), makeQuestion(100, { topic: 'views' })])
    const restored = restoreQuiz(grown, roundTrip(quiz.state()))
    expect(ids(restored.next(20).questions)).not.toContain(before[0]!.id)
  })
})

describe('createQuiz: properties', () => {
  test('across any number of restarts: never a repeat, every question satisfies the filter, same order as without restarts', () => {
    fc.assert(
      fc.property(
        arbCorpus(),
        arbFilter(),
        fc.string(),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 8 }),
        (corpus, filter, seed, distinct, steps) => {
          const spec: QuizSpec = { ...filter, seed, ...(distinct ? { distinct: 'cluster' as const } : {}) }
          const idx = createIndex(corpus)
          const pool = corpus.filter((q) => satisfies(q, filter))
          const straight = createQuiz(idx, spec).next(pool.length + 1)
          let state = createQuiz(idx, spec).state()
          const dealt: Question[] = []
          let exhausted = false
          for (const n of steps) {
            // A fresh index each time: a process restart.
            const quiz = restoreQuiz(createIndex(corpus), roundTrip(state))
            const deal = quiz.next(n)
            dealt.push(...deal.questions)
            exhausted = deal.exhausted
            if (!deal.exhausted) expect(deal.questions).toHaveLength(n)
            state = quiz.state()
            expect(state.dealt).toBe(dealt.length)
          }
          expect(new Set(ids(dealt)).size).toBe(dealt.length)
          for (const q of dealt) expect(satisfies(q, filter)).toBe(true)
          expect(ids(dealt)).toEqual(ids(straight.questions.slice(0, dealt.length)))
          if (exhausted) expect(dealt.length).toBe(straight.questions.length)
          if (!distinct) expect(straight.questions.length).toBe(pool.length)
        },
      ),
      { numRuns: 300 },
    )
  })

  test('sample(count) is the first count of the quiz', () => {
    fc.assert(
      fc.property(arbCorpus(), fc.integer(), (corpus, seed) => {
        const idx = createIndex(corpus)
        const count = Math.floor(corpus.length / 2)
        expect(ids(sample(idx, { count, seed }))).toEqual(ids(createQuiz(idx, { seed }).next(count).questions))
      }),
    )
  })
})

describe('createQuiz / restoreQuiz: errors', () => {
  test('restoring against different questions', () => {
    const quiz = createQuiz(index, { seed: 'x', topics: ['orm'] })
    quiz.next(2)
    const changed = createIndex(fixedCorpus().map((q) => (q.id === 'set-0/q-0' ? { ...q, id: 'set-0/renamed' } : q)))
    expect(errorOf(() => restoreQuiz(changed, roundTrip(quiz.state())))).toMatchInlineSnapshot(`"INVALID_DATA: restoreQuiz: the questions this quiz draws from changed since its state was saved (pool 2c2ia99wvgr, now avzmbqntnt), so continuing could repeat questions. Start a new quiz, passing the ids already seen as "exclude"."`)
  })

  test('not a quiz state', () => {
    expect(errorOf(() => restoreQuiz(index, { dealt: 3 } as unknown as QuizState))).toMatchInlineSnapshot(`"INVALID_DATA: restoreQuiz: expected a state from quiz.state() ({ format: 'quizbank-quiz', version: 1, spec, dealt, pool }), received an object."`)
    expect(errorOf(() => restoreQuiz(index, { ...createQuiz(index, { seed: 1 }).state(), version: 2 } as unknown as QuizState))).toMatchInlineSnapshot(`"INVALID_DATA: restoreQuiz: quiz state version 2 is not supported by this release (it reads version 1)."`)
  })

  test('a state claiming more deals than the pool holds', () => {
    const state = { ...createQuiz(index, { seed: 1, topics: ['orm'] }).state(), dealt: 99 }
    expect(errorOf(() => restoreQuiz(index, state))).toMatchInlineSnapshot(`"INVALID_DATA: restoreQuiz: the state says 99 questions were dealt, but this pool only holds 12."`)
  })

  test('a bad count for next, a bad spec', () => {
    expect(errorOf(() => createQuiz(index, { seed: 1 }).next(-1))).toMatchInlineSnapshot(`
      "INVALID_OPTION: quiz.next: expected a count that is an integer ≥ 0, received -1.
        example: quiz.next(5)"
    `)
    expect(errorOf(() => createQuiz(index, { seed: 1, count: 5 } as QuizSpec))).toMatchInlineSnapshot(`
      "INVALID_OPTION: createQuiz: option "count" is not part of a quiz spec: a quiz deals as many as you ask for each time.
        example: createQuiz(index, { seed: 42 }).next(10)"
    `)
  })
})

// Issue 11: a walk that deals much of a large pool moves its displaced
// entries from a Map into a typed array (DEALER_LIMITS.denseShare). The
// order is part of the reproducibility contract, so it must be exactly the
// sparse Fisher–Yates of the docs on both sides of the switch.
test('dealing a whole pool follows the documented sparse Fisher–Yates, before and after the walk turns dense', () => {
  const n = 5_000
  const corpus = Array.from({ length: n }, (_, i) => makeQuestion(i))
  const dealt = ids(createQuiz(createIndex(corpus), { seed: 'dense' }).next(n).questions)
  const random = new Sfc32(seedToString('dense'))
  const displaced = new Map<number, number>()
  const expected: string[] = []
  for (let i = 0; i < n; i++) {
    const j = i + random.int(n - i)
    const picked = displaced.get(j) ?? j
    if (j !== i) displaced.set(j, displaced.get(i) ?? i)
    displaced.delete(i)
    expected.push(corpus[picked]!.id)
  }
  expect(dealt).toEqual(expected)
})
