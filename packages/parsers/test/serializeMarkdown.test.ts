// serializeMarkdown writes the quizbank format; parseText must read it back
// to the same questions and set metadata, for any valid QuestionSet.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DIFFICULTIES, type Question, type QuestionSet, type Taxonomy } from '@quizbank/core'
import { validateQuestionSet } from '@quizbank/core/schema'
import { parseText } from '@quizbank/parsers'
import { serializeMarkdown } from '@quizbank/parsers'
import { carried, draftsToQuestionSet, setMetadata } from './helpers/draftsToQuestionSet.js'

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/)
const capitalised = word.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
const kebab = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join('-'))
const ident = fc.stringMatching(/^[a-z_][a-z0-9_.()]{0,10}$/)
const code = ident.map((s) => `\`${s}\``)
// Text markdown would interpret if written raw: the serializer has to escape it.
const tricky = fc.constantFrom('*', '_', '**bold**', '*em*', '[x]', '[link](url)', '<b>', '&amp;', '&copy;', '#', 'C#', 'a_b', '\\', '~', '~x~', '~~x~~', '|', '!', '(e.g. this)', '`', '>', '1.', '- item', '{#slug}', 'www')
const sentence = (min: number, max: number) => fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: capitalised }, { weight: 2, arbitrary: code }, { weight: 2, arbitrary: tricky }), { minLength: min, maxLength: max }).map((ws) => ws.join(' '))
const prompt = fc.tuple(sentence(1, 12), fc.constantFrom('?', '.', '')).map(([s, end]) => `${s}${end}`)
// Inline markdown that is kept as written in hints, choices and answers.
const inlineMd = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: code }, { weight: 1, arbitrary: word.map((w) => `**${w}**`) }, { weight: 1, arbitrary: word.map((w) => `*${w}*`) }), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '))
const answerBlock = fc.oneof(
  { weight: 5, arbitrary: fc.array(inlineMd, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')) },
  { weight: 1, arbitrary: fc.array(inlineMd, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(inlineMd, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(ident, { minLength: 1, maxLength: 3 }).map((ls) => `\`\`\`python\n${ls.join('\n')}\n\`\`\``) },
  { weight: 1, arbitrary: ident.map((s) => `    ${s} = 1`) },
  { weight: 1, arbitrary: inlineMd.map((s) => `#### ${s}`) },
  // Blocks that look like a question's leading blocks: only safe after an <!-- answer --> marker.
  { weight: 1, arbitrary: inlineMd.map((s) => `> Hint: ${s}`) },
  { weight: 1, arbitrary: inlineMd.map((s) => `- [x] ${s}`) },
  { weight: 1, arbitrary: word.map((s) => `difficulty: ${s}`) },
  { weight: 1, arbitrary: word.map((s) => `<!-- id: ${s} -->`) },
)
const answer = fc.array(answerBlock, { minLength: 1, maxLength: 4 }).map((bs) => bs.join('\n\n'))
const choices = fc
  .array(fc.record({ text: inlineMd, correct: fc.boolean() }), { minLength: 2, maxLength: 5 })
  .map((cs) => (cs.some((c) => c.correct) ? cs : [{ ...cs[0]!, correct: true }, ...cs.slice(1)]))
const date = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
const yamlish = fc.oneof(sentence(1, 6), fc.constantFrom('yes', 'no', '123', 'null', 'a: b', '#hash', '"quoted"', "it's", '- dash', '2025-01-01'))

// Any subject: the format carries topic ids (or a taxonomy's labels), not a fixed list.
const TOPIC_IDS = ['basics', 'generators', 'decorators', 'orm'] as const
const taxonomy: Taxonomy = {
  id: 'python',
  title: 'Python',
  topics: [
    { id: 'basics', label: 'Basics', description: 'Syntax and built-in types.' },
    { id: 'generators', label: 'Generators & iterators', description: 'yield, iterator protocol.' },
  ],
}

const questionSet = fc
  .record({
    id: kebab,
    title: yamlish,
    description: fc.option(yamlish, { nil: undefined }),
    subject: kebab,
    language: fc.constantFrom('en', 'en-GB', 'fr', 'pt-BR'),
    source: fc.record({
      title: yamlish,
      publisher: yamlish,
      url: fc.option(kebab.map((k) => `https://example.com/${k}`), { nil: undefined }),
      retrieved: date,
      license: fc.constantFrom('CC-BY-4.0', 'MIT', 'unknown'),
    }),
    questions: fc.array(
      fc.record({
        slug: kebab,
        prompt,
        answer: fc.option(answer, { nil: undefined }),
        hints: fc.option(fc.array(inlineMd, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        choices: fc.option(choices, { nil: undefined }),
        topic: fc.constantFrom(...TOPIC_IDS, 'static-files'),
        tags: fc.uniqueArray(kebab, { maxLength: 3 }),
        difficulty: fc.option(fc.constantFrom(...DIFFICULTIES), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
  })
  .map((r): QuestionSet => {
    const set: QuestionSet = {
      id: r.id,
      title: r.title,
      subject: r.subject,
      language: r.language,
      source: { title: r.source.title, publisher: r.source.publisher, retrieved: r.source.retrieved, license: r.source.license },
      questions: r.questions.map((g, i): Question => {
        const q: Question = {
          id: `${r.id}/q${i}-${g.slug}`,
          prompt: g.prompt,
          topic: g.topic,
          tags: g.tags,
          source: { set: r.id, lines: [1, 1], promptInferred: false },
        }
        if (g.answer !== undefined) q.answer = g.answer
        if (g.hints !== undefined) q.hints = g.hints
        if (g.choices !== undefined) q.choices = g.choices
        if (g.difficulty !== undefined) q.difficulty = { level: g.difficulty, origin: 'source' }
        return q
      }),
    }
    if (r.description !== undefined) set.description = r.description
    if (r.source.url !== undefined) set.source.url = r.source.url
    return set
  })

describe('serializeMarkdown', () => {
  // Slow (1–3 s alone, several times that under load): an explicit timeout.
  test('round trip: parseText(serializeMarkdown(set)) gives the same questions and set metadata', () => {
    fc.assert(
      fc.property(questionSet, (set) => {
        // The generator must make valid sets, or the property proves little.
        expect(validateQuestionSet(set).issues).toEqual([])
        const text = serializeMarkdown(set)
        const result = parseText(text)
        expect(result.format).toBe('quizbank')
        expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
        const back = draftsToQuestionSet(result)
        expect(back.questions.map(carried)).toEqual(set.questions.map(carried))
        expect(setMetadata(back)).toEqual(setMetadata(set))
        // Writing what was read gives the same text.
        expect(serializeMarkdown(back)).toBe(text)
      }),
      { numRuns: 100 },
    )
  }, 120_000)

  test('writes front matter, topic headings when the topic changes, and each question block', () => {
    const set: QuestionSet = {
      id: 'acme',
      title: 'Acme set',
      subject: 'web',
      language: 'en',
      source: { title: 'Acme notes', publisher: 'Acme', retrieved: '2025-01-31', license: 'MIT' },
      questions: [
        { id: 'acme/model', prompt: 'What is a *model*?', answer: 'A class.', hints: ['Tables'], choices: [{ text: 'A class', correct: true }, { text: 'A view', correct: false }], topic: 'models', tags: ['orm'], difficulty: { level: 'beginner', origin: 'rule', rule: 'short' }, source: { set: 'acme', lines: [1, 1], promptInferred: false } },
        { id: 'acme/view', prompt: 'What is a view?', topic: 'views', tags: [], source: { set: 'acme', lines: [2, 2], promptInferred: false } },
        { id: 'acme/model-2', prompt: 'What is a field?', answer: '## Big heading\n\n```\n## not a heading\n```', topic: 'models', tags: [], source: { set: 'acme', lines: [3, 3], promptInferred: false } },
      ],
    }
    expect(serializeMarkdown(set)).toBe(
      [
        '---',
        'id: acme',
        'title: Acme set',
        'subject: web',
        'language: en',
        'source:',
        '  title: Acme notes',
        '  publisher: Acme',
        '  retrieved: 2025-01-31',
        '  license: MIT',
        '---',
        '',
        '# Acme set',
        '',
        '## models',
        '',
        '### What is a \\*model\\*?',
        '<!-- id: acme/model -->',
        'difficulty: beginner · tags: orm',
        '',
        '> Hint: Tables',
        '',
        '- [x] A class',
        '- [ ] A view',
        '',
        'A class.',
        '',
        '## views',
        '',
        '### What is a view?',
        '<!-- id: acme/view -->',
        '',
        '## models',
        '',
        '### What is a field?',
        '<!-- id: acme/model-2 -->',
        '',
        '#### Big heading',
        '',
        '```',
        '## not a heading',
        '```',
        '',
      ].join('\n'),
    )
  }, 30_000)

  test("with a taxonomy, topic headings are its labels, and parsing with it reads them back as ids", () => {
    const set: QuestionSet = {
      id: 'py',
      title: 'Python',
      subject: 'python',
      language: 'en',
      source: { title: 'Notes', publisher: 'Me', retrieved: '2026-01-31', license: 'CC-BY-4.0' },
      questions: [{ id: 'py/yield', prompt: 'What does `yield` do?', topic: 'generators', tags: [], source: { set: 'py', lines: [1, 1], promptInferred: false } }],
    }
    const text = serializeMarkdown(set, { taxonomy })
    expect(text).toContain('\n## Generators & iterators\n')
    expect(parseText(text, { taxonomy }).questions[0]?.topic).toBe('generators')
    // Without the taxonomy the parser keeps the name as written, for the enrichment to resolve.
    expect(parseText(text).questions[0]?.topic).toBe('Generators & iterators')
    // A name the taxonomy does not know is a warning naming it.
    const unknown = parseText(text.replace('## Generators & iterators', '## Closures'), { taxonomy })
    expect(unknown.diagnostics.filter((d) => d.code === 'unknown-topic').map((d) => d.message)).toEqual([
      'input:15: "Closures" is not a topic id or label of the "python" taxonomy; questions under it get no topic',
    ])
  })
})
