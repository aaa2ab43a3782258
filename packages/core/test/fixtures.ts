import type { Question, QuestionSet, Taxonomy } from '@quizbank/core'

/** A complete, valid question; tests derive invalid variants from it. */
export function validQuestion(overrides: Record<string, unknown> = {}): Question {
  return {
    id: 'acme/middleware',
    prompt: 'What is middleware in Django?',
    answer: 'A framework of hooks into request/response processing.',
    topic: 'middleware',
    tags: ['request-cycle'],
    source: { set: 'acme', lines: [3, 7], promptInferred: false },
    ...overrides,
  } as Question
}

/** A small subject taxonomy the fixtures' topics belong to. */
export function webTaxonomy(): Taxonomy {
  return {
    id: 'web',
    title: 'Web frameworks',
    topics: [
      { id: 'middleware', label: 'Middleware', description: 'Hooks around request handling.' },
      { id: 'orm', label: 'ORM & querying', description: 'Mapping objects to tables, and queries.' },
      { id: 'static-files', label: 'Static & media files', description: 'Serving assets and uploads.' },
    ],
  }
}

/** A complete, valid set with two questions. */
export function validSet(overrides: Record<string, unknown> = {}): QuestionSet {
  return {
    id: 'acme',
    title: 'Acme Django questions',
    subject: 'web',
    language: 'en',
    source: { title: 'Acme interview guide', publisher: 'Acme', retrieved: '2026-11-01', license: 'unknown' },
    questions: [
      validQuestion(),
      validQuestion({
        id: 'acme/select-related',
        prompt: 'Compare `select_related()` and `prefetch_related()`.',
        topic: 'orm',
        difficulty: { level: 'intermediate', origin: 'source' },
        hints: ['Think about joins.'],
        choices: [
          { text: 'One uses a JOIN', correct: true },
          { text: 'They are the same', correct: false },
        ],
        flags: { markers: ['done'] },
        cluster: 'select-related-vs-prefetch',
      }),
    ],
    ...overrides,
  } as QuestionSet
}
