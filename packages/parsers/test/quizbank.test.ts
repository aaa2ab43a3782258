// The `quizbank` authoring format (docs/quizbank-format.md).
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normalizeText, parseText } from '@quizbank/parsers'
import { quizbankFormat } from '../src/formats/registry.js'
import type { SourceDocument } from '../src/types.js'

const docOf = (raw: string): SourceDocument => {
  const text = normalizeText(raw)
  return { text, lines: text.split('\n'), name: 'test' }
}
const FRONT = '---\nid: acme\ntitle: Acme\nsubject: web\nlanguage: en\nsource:\n  title: Notes\n  publisher: Acme\n  retrieved: 2025-01-31\n  license: MIT\n---\n'
// A subject's topics, as any taxonomy gives them: the parser knows no subject of its own.
const taxonomy = {
  id: 'web',
  topics: [
    { id: 'models', label: 'Models' },
    { id: 'views', label: 'Views' },
    { id: 'security', label: 'Security' },
    { id: 'orm', label: 'ORM & querying' },
  ],
}
const qb = (body: string) => parseText(`${FRONT}${body}`, { taxonomy })

describe('the specification', () => {
  const spec = readFileSync(new URL('../docs/quizbank-format.md', import.meta.url), 'utf8')
  const example = /```markdown\n([\s\S]*?)\n```\n/.exec(spec)?.[1] ?? ''

  test('its complete example parses as documented', () => {
    const result = parseText(example, { taxonomy })
    expect(result.format).toBe('quizbank')
    expect(result.meta.title).toBe('Django basics')
    expect(result.meta.frontMatter).toEqual({
      id: 'acme-django-basics',
      title: 'Django basics',
      description: 'Core questions for junior interviews.',
      subject: 'django',
      language: 'en',
      source: { title: 'Django basics — interview notes', publisher: 'Acme Inc.', url: 'https://example.com/django-basics', retrieved: '2025-01-31', license: 'CC-BY-4.0' },
    })
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(result.questions.map((q) => ({ id: q.id, topic: q.topic, tags: q.tags, difficulty: q.difficulty, hints: q.hints, choices: q.choices, prompt: q.prompt }))).toEqual([
      {
        id: 'acme-django-basics/what-is-a-model',
        topic: 'models',
        tags: ['orm', 'basics'],
        difficulty: 'beginner',
        hints: ['Think about database tables.'],
        choices: [
          { text: 'A Python class mapped to a database table', correct: true },
          { text: 'A template tag', correct: false },
        ],
        prompt: 'What is a model?',
      },
      {
        id: 'acme-django-basics/select-vs-prefetch',
        topic: 'models',
        tags: ['orm', 'performance'],
        difficulty: 'intermediate',
        hints: undefined,
        choices: undefined,
        prompt: 'How do `select_related()` and `prefetch_related()` differ?',
      },
    ])
    expect(result.questions[0]?.answer).toMatch(/^A model is the single[\s\S]*#### Example\n\n {4}class Book/)
  })
})

describe('detect', () => {
  test('front matter with set keys and a ### heading scores 1; front matter alone 0.6', () => {
    expect(quizbankFormat.detect(docOf(`${FRONT}\n## orm\n\n### What is a QuerySet?\n`))).toBe(1)
    expect(quizbankFormat.detect(docOf(FRONT))).toBe(0.6)
  })

  test('other front matter, no front matter, and the five seeds score 0', () => {
    expect(quizbankFormat.detect(docOf('---\nlayout: post\ntags: [a]\n---\n\n### What?\n'))).toBe(0)
    expect(quizbankFormat.detect(docOf('## orm\n\n### What is a QuerySet?\n'))).toBe(0)
    for (const set of ['notes-lover-top-25', 'top-30-guide', 'slashdev-top-20', 'django-questions-list', 'consolidated-sectioned']) {
      const text = readFileSync(new URL(`../../corpus/sources/${set}/source.txt`, import.meta.url), 'utf8')
      expect(quizbankFormat.detect(docOf(text)), set).toBe(0)
    }
  })
})

describe('questions', () => {
  test('leading blocks may come in any order; the first other block starts the answer', () => {
    const [q] = qb('\n## ORM & Querying\n\n### What is `F()`?\n\n- [ ] a function\n- [x] a field reference\n\n> Hint: database side\n\ndifficulty: advanced · tags: orm, f-expressions\n<!-- id: f-expr -->\n\nIt refers to a field.\n').questions
    expect(q).toEqual({
      prompt: 'What is `F()`?',
      answer: 'It refers to a field.',
      hints: ['database side'],
      choices: [
        { text: 'a function', correct: false },
        { text: 'a field reference', correct: true },
      ],
      section: ['ORM & Querying'],
      lines: { first: 15, last: 25 },
      promptInferred: false,
      id: 'acme/f-expr',
      topic: 'orm',
      tags: ['orm', 'f-expressions'],
      difficulty: 'advanced',
    })
  })

  test('<!-- answer --> lets an answer start with a task list or a Hint quote', () => {
    const [q] = qb('\n## orm\n\n### Which?\n\n<!-- answer -->\n\n- [x] part of the answer\n\n> Hint: also answer\n').questions
    expect(q?.answer).toBe('- [x] part of the answer\n\n> Hint: also answer')
    expect(q?.choices).toBeUndefined()
    expect(q?.hints).toBeUndefined()
  })

  test('#### and setext headings stay in the answer; trailing --- is a separator', () => {
    const result = qb('\n## orm\n\n### One?\n\nText.\n\n#### Detail\n\nSetext\n------\n\n---\n\n### Two?\n')
    expect(result.questions.map((q) => q.answer)).toEqual(['Text.\n\n#### Detail\n\nSetext\n------', undefined])
    expect(result.diagnostics.find((d) => d.reason === 'separator')?.lines).toEqual({ first: 24, last: 24 })
  })

  test('a metadata line may override the topic; an unknown override keeps the heading topic with a warning', () => {
    const result = qb('\n## views\n\n### A?\ntopic: Security\n\n### B?\ntopic: gardening\n')
    expect(result.questions.map((q) => q.topic)).toEqual(['security', 'views'])
    expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code)).toEqual(['unknown-topic'])
  })

  test('problems are warnings and the questions are kept', () => {
    const result = parseText('---\nid: acme\ntitle: T\n---\n\n## Gardening\n\n### A?\ndifficulty: expert · tags: Bad_Tag\n<!-- id: other/a -->\n\n- [ ] only option\n', { taxonomy })
    expect(result.questions).toHaveLength(1)
    expect(result.questions[0]).toMatchObject({ prompt: 'A?', id: 'other/a', tags: ['Bad_Tag'] })
    expect(result.questions[0]?.difficulty).toBeUndefined()
    expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code).sort()).toEqual(['front-matter-incomplete', 'id-set-mismatch', 'invalid-choices', 'invalid-difficulty', 'invalid-tag', 'unknown-topic'])
  })

  test('invalid YAML is an error and the front matter is left out', () => {
    const result = parseText('---\nid: [unclosed\ntitle: x\n---\n\n### A?\n', { format: 'quizbank' })
    expect(result.meta.frontMatter).toBeUndefined()
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.lines])).toEqual([['front-matter-invalid', { first: 1, last: 4 }]])
    expect(result.questions.map((q) => q.prompt)).toEqual(['A?'])
  })

  test('any text forced to quizbank: no throw, nothing unclassified, deterministic', () => {
    const piece = fc.constantFrom('---', 'id: a', 'title: b', '# T', '## orm', '## Nope', '### Q?', '<!-- id: x -->', '<!-- answer -->', 'difficulty: beginner · tags: a', '> Hint: h', '- [x] c', '- [ ] d', 'Text', '```', '#### Sub', '', '')
    const documents = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 50 }).map((ls) => ls.join('\n')))
    fc.assert(
      fc.property(documents, (text) => {
        const a = parseText(text, { format: 'quizbank' })
        expect(a.diagnostics.filter((d) => d.reason === 'unclassified' || d.code === 'parser-failure')).toEqual([])
        expect(parseText(text, { format: 'quizbank' })).toEqual(a)
      }),
      { numRuns: 200 },
    )
  }, 60_000)
})
