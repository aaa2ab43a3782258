import type { Question } from './schema/question.js'
import { QuizbankError, describeValue } from './errors.js'
import { buildIndexData } from './query/buildIndexData.js'
import { indexDataOf, positionOf, registerIndex } from './query/indexData.js'

/** Options of {@link createIndex} and {@link loadIndex}. */
export interface CreateIndexOptions {
  /**
   * How many filter results (and stratified partitions) the index keeps, so
   * repeated queries and draws with the same filter skip the filtering; the
   * least recently used is dropped first. Each entry holds at most 4 bytes
   * per matching question. `0` disables the cache. Default `64`.
   */
  readonly cacheSize?: number
}

/** Questions plus the structures that make filtering and sampling fast. Build with {@link createIndex}. */
export interface QuestionIndex {
  /** The questions, in corpus order (the order every result keeps). */
  readonly questions: readonly Question[]
  /** How many questions the index holds. */
  readonly size: number
  /** The question with this id, or `undefined`. With duplicate ids, the first one. */
  get(id: string): Question | undefined
  /** The serialisable form, so `JSON.stringify(index)` works; see {@link serializeIndex}. */
  toJSON(): SerializedIndex
}

/** The JSON form of an index. */
export interface SerializedIndex {
  readonly format: 'quizbank-index'
  readonly version: 1
  readonly questions: readonly Question[]
}

/**
 * Index questions for {@link query}, {@link sample} and {@link createQuiz}:
 * per-question codes and postings lists for topic, tag, difficulty, set,
 * has-answer, kind and cluster, built in two linear passes. The questions
 * are not copied or validated (validate with `@quizbank/core/schema` first);
 * the index keeps a reference, so do not mutate them afterwards.
 *
 * @example
 *   import questions from '@quizbank/corpus/questions.json'
 *   const index = createIndex(questions)
 *   query(index, { topics: ['orm'], hasAnswer: true, limit: 10 })
 */
export function createIndex(questions: readonly Question[], options: CreateIndexOptions = {}): QuestionIndex {
  if (!Array.isArray(questions)) {
    throw new QuizbankError('INVALID_OPTION', `createIndex: expected an array of questions, received ${describeValue(questions)}.`, { option: 'questions' })
  }
  const cacheSize = options.cacheSize ?? 64
  if (!Number.isInteger(cacheSize) || cacheSize < 0) {
    throw new QuizbankError('INVALID_OPTION', `createIndex: option "cacheSize": expected an integer ≥ 0, received ${describeValue(cacheSize)}.\n  example: { cacheSize: 64 }`, {
      option: 'cacheSize',
    })
  }
  checkShapes(questions)
  const data = buildIndexData(questions, cacheSize)
  const index: QuestionIndex = {
    questions,
    size: questions.length,
    get: (id) => {
      const pos = positionOf(data, id)
      return pos === undefined ? undefined : questions[pos]
    },
    toJSON: () => serializeIndex(index),
  }
  registerIndex(index, data)
  return index
}

/**
 * The JSON-safe form of an index. It holds the questions only: measured
 * (Node 20), rebuilding the postings costs a fraction of parsing the
 * questions themselves (300 000 questions: JSON.parse 1.45 s, createIndex
 * 0.2 s; 400 questions: under 2 ms either way), while serialised postings
 * would add about nine numbers per question to the payload and still need
 * decoding. The text index is different: tokenising is the expensive part,
 * so `@quizbank/core/search` serialises it (see `serializeSearchIndex`).
 *
 * @example
 *   writeFileSync('index.json', JSON.stringify(serializeIndex(index)))
 */
export function serializeIndex(index: QuestionIndex): SerializedIndex {
  const data = indexDataOf(index, 'serializeIndex')
  return { format: 'quizbank-index', version: 1, questions: data.questions }
}

/**
 * Restore an index from {@link serializeIndex} output (or its parsed JSON).
 *
 * @example
 *   const index = loadIndex(await (await fetch('/index.json')).json())
 */
export function loadIndex(serialized: unknown, options: CreateIndexOptions = {}): QuestionIndex {
  const value = serialized as Partial<SerializedIndex> | null
  if (typeof value !== 'object' || value === null || value.format !== 'quizbank-index' || !Array.isArray(value.questions)) {
    throw new QuizbankError('INVALID_DATA', `loadIndex: expected the output of serializeIndex() ({ format: 'quizbank-index', version: 1, questions: [...] }), received ${describeValue(serialized)}.`)
  }
  if (value.version !== 1) {
    throw new QuizbankError('INVALID_DATA', `loadIndex: serialised index version ${describeValue(value.version)} is not supported by this release (it reads version 1).`)
  }
  return createIndex(value.questions, options)
}

// The fields the index reads; a record without them would fail deep inside
// the build with a TypeError that names no question.
function checkShapes(questions: readonly Question[]): void {
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i] as Partial<Question> | null
    const missing =
      typeof q !== 'object' || q === null
        ? 'an object'
        : typeof q.id !== 'string'
          ? 'id'
          : typeof q.topic !== 'string'
            ? 'topic'
            : !Array.isArray(q.tags)
              ? 'tags'
              : typeof q.source !== 'object' || q.source === null || typeof q.source.set !== 'string'
                ? 'source.set'
                : undefined
    if (missing !== undefined) {
      throw new QuizbankError(
        'INVALID_DATA',
        `createIndex: questions[${i}] is not a question (expected ${missing === 'an object' ? 'an object' : `a "${missing}" field`}). ` +
          `Check records with validateQuestionSet from '@quizbank/core/schema' before indexing them.`,
        { option: `questions[${i}]` },
      )
    }
  }
}
