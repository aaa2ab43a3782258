import { describe, expect, test } from 'vitest'
import type { Question } from '@quizbank/core'
import { QuestionSetSchema, formatIssues, validateQuestion, validateQuestionSet, validateTaxonomy, validateWith } from '@quizbank/core/schema'
import { MESSAGE_LIMITS } from '../src/errors.js'
import { validQuestion, validSet, webTaxonomy } from './fixtures.js'

const messages = (data: unknown) => {
  const result = validateQuestionSet(data, { file: 'data/acme.json', taxonomy: webTaxonomy() })
  return result.ok ? [] : result.issues.map((i) => i.message)
}

const withQuestion = (q: Record<string, unknown>) => validSet({ questions: [q] })

describe('valid data', () => {
  test('a complete set passes and round-trips unchanged', () => {
    const set = validSet()
    const result = validateQuestionSet(set)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value).toEqual(set)
  })

  test('a complete set passes against its taxonomy', () => {
    expect(validateQuestionSet(validSet(), { taxonomy: webTaxonomy() }).ok).toBe(true)
  })

  test('without a taxonomy any kebab-case topic passes: the model is subject-neutral', () => {
    expect(validateQuestionSet(withQuestion(validQuestion({ topic: 'generators' }))).ok).toBe(true)
    expect(messages(withQuestion(validQuestion({ topic: 'Generators' })))).toHaveLength(2) // not kebab-case, and not in the taxonomy
  })

  test('a minimal question (no optional fields) passes', () => {
    const { answer: _answer, ...minimal } = validQuestion()
    expect(validateQuestion(minimal).ok).toBe(true)
  })
})

describe('invalid data yields every problem, readably', () => {
  test('missing prompt', () => {
    const { prompt: _prompt, ...q } = validQuestion()
    expect(messages(withQuestion(q))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].prompt": expected a string, received nothing (the field is missing).",
      ]
    `)
  })

  test('topic outside the taxonomy, with a suggestion', () => {
    expect(messages(withQuestion(validQuestion({ topic: 'database' })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].topic": expected a topic of the "web" taxonomy ("middleware", "orm", "static-files"), received "database".",
      ]
    `)
    expect(messages(withQuestion(validQuestion({ topic: 'static-file' })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].topic": expected a topic of the "web" taxonomy ("middleware", "orm", "static-files"), received "static-file" (did you mean "static-files"?).",
      ]
    `)
  })

  test('a set of another subject than the taxonomy', () => {
    expect(messages(validSet({ subject: 'python' }))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "subject": expected "web" (the subject of the taxonomy it is checked against), received "python".",
      ]
    `)
  })

  test('a single question is checked against the taxonomy too', () => {
    const result = validateQuestion(validQuestion({ topic: 'orms' }), { taxonomy: webTaxonomy() })
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "field "topic": expected a topic of the "web" taxonomy ("middleware", "orm", "static-files"), received "orms" (did you mean "orm"?).",
      ]
    `)
  })

  test('difficulty level that does not exist', () => {
    expect(messages(withQuestion(validQuestion({ difficulty: { level: 'expert', origin: 'source' } })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].difficulty.level": expected one of "beginner", "intermediate", "advanced", received "expert".",
      ]
    `)
  })

  test('difficulty without its origin', () => {
    expect(messages(withQuestion(validQuestion({ difficulty: { level: 'advanced' } })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].difficulty.origin": expected one of "source", "rule", "reviewed", received nothing (the field is missing).",
      ]
    `)
  })

  test('wrong types', () => {
    expect(messages(withQuestion(validQuestion({ prompt: 42, tags: 'orm', hints: [1] })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].prompt": expected a string, received 42.",
        "data/acme.json: field "questions[0].hints[0]": expected a string, received 1.",
        "data/acme.json: field "questions[0].tags": expected an array, received "orm".",
      ]
    `)
  })

  test('duplicate ids within a set', () => {
    expect(messages(validSet({ questions: [validQuestion(), validQuestion()] }))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[1].id": expected an id unique within the set (questions[0] already uses it), received "acme/middleware".",
      ]
    `)
  })

  test('unknown fields are reported, not dropped', () => {
    expect(messages(validSet({ author: 'me', questions: [validQuestion({ level: 'easy' })] }))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].level": expected only the fields "id", "prompt", "answer", "hints", "choices", "topic", "tags", "difficulty", "source", "flags", "cluster", "answerOrigin", "license", received unknown field "level".",
        "data/acme.json: field "author": expected only the fields "id", "title", "description", "subject", "language", "source", "questions", received unknown field "author".",
      ]
    `)
  })

  test('__proto__ and constructor keys neither pollute nor pass', () => {
    const data = JSON.parse(
      '{"id":"acme","title":"t","language":"en","source":{"title":"t","publisher":"p","retrieved":"2026-01-01","license":"MIT"},"questions":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    )
    expect(messages(data)).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "subject": expected a string, received nothing (the field is missing).",
        "data/acme.json: field "__proto__": expected only the fields "id", "title", "description", "subject", "language", "source", "questions", received unknown field "__proto__".",
        "data/acme.json: field "constructor": expected only the fields "id", "title", "description", "subject", "language", "source", "questions", received unknown field "constructor".",
      ]
    `)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  test('empty and blank strings', () => {
    expect(messages(withQuestion(validQuestion({ prompt: '   ', answer: '' })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].prompt": expected a non-blank string, received "   ".",
        "data/acme.json: field "questions[0].answer": expected a non-blank string, received "".",
      ]
    `)
  })

  test('huge strings are summarised, not echoed', () => {
    expect(messages(withQuestion(validQuestion({ prompt: 'x'.repeat(50_000) })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].prompt": expected at most 2000 characters, received a string of 50000 characters ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"…).",
      ]
    `)
  })

  test('malformed ids', () => {
    expect(messages(withQuestion(validQuestion({ id: 'Acme Middleware' })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].id": expected "<set-id>/<slug>" in kebab-case, received "Acme Middleware".",
      ]
    `)
  })

  test('tags that are not kebab-case', () => {
    expect(messages(withQuestion(validQuestion({ tags: ['Request Cycle'] })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].tags[0]": expected a kebab-case tag, received "Request Cycle".",
      ]
    `)
  })

  test('source line range backwards and a question from another set', () => {
    expect(messages(withQuestion(validQuestion({ source: { set: 'other', lines: [9, 2], promptInferred: false } })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].source.lines": expected a first line that is not after the last line, received an array of 2 items.",
        "data/acme.json: field "questions[0].source.set": expected the set's own id "acme", received "other".",
      ]
    `)
  })

  test('multiple-choice options with none correct', () => {
    const choices = [
      { text: 'a', correct: false },
      { text: 'b', correct: false },
    ]
    expect(messages(withQuestion(validQuestion({ choices })))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].choices": expected at least one choice marked correct, received an array of 2 items.",
      ]
    `)
  })

  test('bad set metadata: language, license, date, url', () => {
    const source = { title: 'T', publisher: 'P', retrieved: '01/11/2026', license: 'MIT-ish !', url: 'not a url' }
    expect(messages(validSet({ language: 'English', source }))).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "language": expected a BCP 47 language tag such as "en" or "en-GB", received "English".",
        "data/acme.json: field "source.url": expected an absolute URL such as "https://example.com/page", received "not a url".",
        "data/acme.json: field "source.retrieved": expected a date as YYYY-MM-DD, received "01/11/2026".",
        "data/acme.json: field "source.license": expected an SPDX id or "unknown", received "MIT-ish !".",
      ]
    `)
  })

  test('not an object at all', () => {
    expect(messages(null)).toMatchInlineSnapshot(`
      [
        "data/acme.json: value: expected an object, received null.",
      ]
    `)
    expect(messages([])).toMatchInlineSnapshot(`
      [
        "data/acme.json: value: expected an object, received an array of 0 items.",
      ]
    `)
  })

  test('every problem at once, not just the first', () => {
    const bad = { ...validQuestion({ topic: 'x', tags: ['A'] }), prompt: '' }
    expect(messages(validSet({ title: '', questions: [bad, bad] })).length).toBeGreaterThanOrEqual(7)
  })
})

describe('answer origin and licenses', () => {
  test('an authored answer cites documentation; a cluster answer names its question; neither without an answer', () => {
    const q = (fields: Record<string, unknown>) => messages(withQuestion(validQuestion(fields)))
    expect(q({ answerOrigin: { kind: 'authored', references: ['https://docs.djangoproject.com/en/5.2/topics/http/middleware/'] }, license: { prompt: 'unknown', answer: 'CC-BY-4.0' } })).toEqual([])
    expect(q({ answerOrigin: { kind: 'authored' } })).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].answerOrigin.references": expected at least one documentation URL (kind "authored"), received nothing (the field is missing).",
      ]
    `)
    expect(q({ answerOrigin: { kind: 'cluster' } })).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].answerOrigin.from": expected the id of the question the answer comes from (kind "cluster"), received nothing (the field is missing).",
      ]
    `)
    expect(q({ answer: undefined, answerOrigin: { kind: 'source' }, license: { prompt: 'MIT', answer: 'MIT' } })).toMatchInlineSnapshot(`
      [
        "data/acme.json: field "questions[0].answerOrigin": expected no answerOrigin without an answer, received an object.",
        "data/acme.json: field "questions[0].license.answer": expected no answer license without an answer, received "MIT".",
      ]
    `)
  })
})

describe('taxonomies', () => {
  test('a valid taxonomy passes', () => {
    expect(validateTaxonomy(webTaxonomy()).ok).toBe(true)
  })

  test('duplicate topic ids, bad ids and missing labels are each reported', () => {
    const bad = { id: 'Web', title: 'Web', topics: [{ id: 'orm', label: 'ORM', description: 'x' }, { id: 'orm', label: '', description: 'y' }, { id: 'static files', label: 'S', description: 'z' }] }
    const result = validateTaxonomy(bad, { file: 'taxonomies/web.json' })
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "taxonomies/web.json: field "id": expected a kebab-case subject id such as "django", received "Web".",
        "taxonomies/web.json: field "topics[1].label": expected at least 1 characters, received "".",
        "taxonomies/web.json: field "topics[2].id": expected a kebab-case topic id such as "static-files", received "static files".",
        "taxonomies/web.json: field "topics[1].id": expected a topic id unique within the taxonomy (topics[0] already uses it), received "orm".",
      ]
    `)
  })
})

describe('issue objects', () => {
  test('carry path, segments, expected, received and file', () => {
    const result = validateQuestionSet(withQuestion(validQuestion({ topic: 'database' })), { file: 'x.json', taxonomy: webTaxonomy() })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const [issue] = result.issues
    expect(issue).toMatchObject({ path: 'questions[0].topic', segments: ['questions', 0, 'topic'], received: '"database"', file: 'x.json' })
    expect(formatIssues(result.issues)).toContain('x.json: field "questions[0].topic"')
  })

  test('a value that throws when read becomes an issue, not an exception', () => {
    const hostile = {
      get id(): string {
        throw new Error('boom')
      },
    }
    const result = validateQuestion(hostile)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]?.received).toContain('boom')
  })
})

// Issue 11: validateQuestionSet on 10⁶ empty questions listed 5×10⁶ issues
// and ran out of a 4 GiB heap. Issues past MESSAGE_LIMITS.listedIssues are
// counted, not listed, and the last issue says how many (never silently).
describe('very many issues', () => {
  test('a set of 100,000 empty questions lists the first 1,000 issues and counts the rest', () => {
    const result = validateQuestionSet(validSet({ questions: Array.from({ length: 100_000 }, () => ({})) }), { file: 'big.json' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(MESSAGE_LIMITS.listedIssues + 1)
    expect(result.omittedIssues).toBe(500_000 - MESSAGE_LIMITS.listedIssues)
    expect(result.issues[0]?.path).toBe('questions[0].id')
    const last = result.issues.at(-1)
    expect(last).toMatchObject({ path: '(root)', segments: [], file: 'big.json' })
    expect(last?.message).toBe(
      'big.json: value: expected at most 1,000 issues listed (MESSAGE_LIMITS.listedIssues), received 499,000 more issues, counted but not listed; fix the ones above and check again.',
    )
  })

  test('taxonomy issues past the limit are counted too', () => {
    const questions = Array.from({ length: 1_500 }, (_, i) => validQuestion({ id: `acme/q-${i}`, topic: 'database' }))
    const result = validateQuestionSet(validSet({ questions }), { taxonomy: webTaxonomy() })
    expect(result.ok).toBe(false)
    if (!result.ok) expect([result.issues.length, result.omittedIssues]).toEqual([1_001, 500])
  })

  test('a question with 5,000 unknown fields: one issue per field, up to the limit', () => {
    const result = validateQuestion({ ...validQuestion(), ...Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`extra${i}`, i])) })
    expect(result.ok).toBe(false)
    if (!result.ok) expect([result.issues.length, result.omittedIssues]).toEqual([1_001, 4_000])
  })

  test('a small bad set reports exactly what the whole-set schema reports', () => {
    const set = validSet()
    const [first, second] = set.questions as [Question, Question]
    const bad = { ...set, extra: 1, questions: [{ ...first, prompt: ' ', extra: 2 }, { ...second, id: first.id, source: { ...second.source, set: 'other' } }] }
    const result = validateQuestionSet(bad)
    const whole = validateWith(QuestionSetSchema, bad)
    expect(result.issues.map((i) => i.message)).toEqual(whole.issues.map((i) => i.message))
    expect(result.issues.map((i) => i.path)).toEqual(['questions[0].prompt', 'questions[0].extra', 'extra', 'questions[1].id', 'questions[1].source.set'])
  })
})
