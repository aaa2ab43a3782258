// A subject nobody wrote a vocabulary for (Python, with its own six-topic
// taxonomy), through the public API end to end: parse → enrich → validate →
// index → query, sample and search. Nothing Django may leak in.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { createIndex, mintQuestionId, query, sample, type QuestionSet, type Taxonomy } from '@quizbank/core'
import { validateQuestionSet, validateTaxonomy } from '@quizbank/core/schema'
import { search } from '@quizbank/core/search'
import { draftToQuestion } from '@quizbank/enrich'
import { parseText } from '@quizbank/parsers'

const fixture = (file: string) => readFileSync(new URL(`./fixtures/python-basics/${file}`, import.meta.url))
const taxonomy = JSON.parse(fixture('taxonomy.json').toString('utf8')) as Taxonomy
const parsed = parseText(new Uint8Array(fixture('input.md')), { sourceName: 'input.md', taxonomy })

function toSet(): QuestionSet {
  const taken = new Set<string>()
  const questions = parsed.questions.map((draft) => {
    const id = mintQuestionId('python-basics', draft.prompt, taken)
    taken.add(id)
    return draftToQuestion(draft, { set: 'python-basics', id, taxonomy })
  })
  return {
    id: 'python-basics',
    title: 'Python interview questions',
    subject: 'python',
    language: 'en',
    source: { title: 'Python interview questions', publisher: 'quizbank tests', retrieved: '2026-12-02', license: 'CC-BY-4.0' },
    questions,
  }
}

describe('a Python set with its own taxonomy', () => {
  const set = toSet()

  test('the taxonomy is valid, and the document parses with no warning', () => {
    expect(validateTaxonomy(taxonomy).ok).toBe(true)
    expect(parsed.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(parsed.questions).toHaveLength(12)
  })

  test('every question gets a topic of its own taxonomy, the one its section names', () => {
    expect(set.questions.map((q) => [q.prompt.slice(0, 30), q.topic])).toEqual([
      ['What is the difference between', 'basics'],
      ['Which values are falsy in Pyth', 'basics'],
      ['What do `*args` and `**kwargs`', 'functions'],
      ['What is a closure?', 'functions'],
      ['How does a generator differ fr', 'iterators'],
      ['What does the iterator protoco', 'iterators'],
      ['What is a decorator?', 'decorators'],
      ['Why use `functools.wraps` insi', 'decorators'],
      ['What is the GIL and how does i', 'concurrency'],
      ['When would you choose `asyncio', 'concurrency'],
      ['What is a pytest fixture?', 'testing'],
      ['How do you replace a dependenc', 'testing'],
    ])
    // No Django vocabulary: no inferred tags either (only stated ones, and this document states none).
    expect(set.questions.flatMap((q) => q.tags)).toEqual([])
  })

  test('the set validates against its taxonomy', () => {
    const result = validateQuestionSet(set, { taxonomy })
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([])
  })

  test('a Django topic in it is rejected with a readable error', () => {
    const wrong = { ...set, questions: set.questions.map((q, i) => (i === 4 ? { ...q, topic: 'orm' } : q)) }
    const result = validateQuestionSet(wrong, { taxonomy, file: 'python-basics.json' })
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'python-basics.json: field "questions[4].topic": expected a topic of the "python" taxonomy ("basics", "functions", "iterators", "decorators", "concurrency", "testing"), received "orm".',
    ])
  })

  test('it is queried, sampled and searched through the public API by its own topics and subject', () => {
    const index = createIndex(set.questions, { sets: [set], taxonomies: [taxonomy] })
    expect(query(index, { topics: ['generators'], unknownValues: 'match-none' }).total).toBe(0)
    expect(query(index, { topics: ['iterators'] }).questions.map((q) => q.id)).toEqual(set.questions.filter((q) => q.topic === 'iterators').map((q) => q.id))
    expect(query(index, { subjects: ['python'] }).total).toBe(12)
    const drawn = sample(index, { count: 4, seed: 'python-1', stratify: { topic: { concurrency: 1, testing: 1 } } })
    expect(drawn.map((q) => q.topic).sort()).toEqual(['concurrency', 'concurrency', 'testing', 'testing'])
    expect(sample(index, { count: 4, seed: 'python-1', stratify: { topic: { concurrency: 1, testing: 1 } } })).toEqual(drawn)
    expect(search(index, 'generator', { topics: ['iterators'] }).hits[0]?.question.prompt).toBe('How does a generator differ from a list comprehension?')
    // A Django topic is unknown here, and said so.
    expect(() => query(index, { topics: ['orm'] })).toThrow(/unknown topic "orm"\. Known topics: basics, functions, iterators, decorators, concurrency, testing\./)
  })
})
