import type { Question } from './schema/question.js'
import type { Taxonomy } from './schema/taxonomy.js'
import { QuizbankError, describeValue } from './errors.js'
import { buildIndexData, type DeclaredValues } from './query/buildIndexData.js'
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
  /**
   * The question sets the questions come from (`{ id, subject }` is all that
   * is read, so `sets` of `@quizbank/corpus` can be passed as they are): each
   * question's subject is its set's, for the `subjects` filter, and every set
   * named here is a valid `sets` filter value even with no question in this
   * index. Default: none (then no question has a subject, and a `subjects`
   * filter names an unknown subject).
   */
  readonly sets?: readonly { readonly id: string; readonly subject: string }[] | undefined
  /**
   * Subject taxonomies whose topics (and subject ids) are valid filter
   * values even when no question of this index carries them, so a filter on
   * an empty topic returns nothing instead of failing as a typo. Declaring
   * them never changes results or seeded draws. Default: none (the topics
   * the questions carry).
   */
  readonly taxonomies?: readonly Pick<Taxonomy, 'id' | 'topics'>[] | undefined
}

/**
 * Questions plus the structures that make filtering and sampling fast. Build
 * with {@link createIndex}. `Q` is the question type it holds: the query
 * functions return it and check topic filters against `Q['topic']`.
 */
export interface QuestionIndex<Q extends Question = Question> {
  /** The questions, in corpus order (the order every result keeps). */
  readonly questions: readonly Q[]
  /** How many questions the index holds. */
  readonly size: number
  /** The question with this id, or `undefined`. With duplicate ids, the first one. */
  get(id: string): Q | undefined
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
export function createIndex<Q extends Question>(questions: readonly Q[], options: CreateIndexOptions = {}): QuestionIndex<Q> {
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
  const data = buildIndexData(questions, cacheSize, declaredValues(options))
  const index: QuestionIndex<Q> = {
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
export function serializeIndex(index: QuestionIndex<Question>): SerializedIndex {
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

/** The sets' subjects and the taxonomies' ids, checked: a typo here would make every later filter fail oddly. */
function declaredValues(options: CreateIndexOptions): DeclaredValues {
  // Plain arrays, coded once with the questions' values (buildIndexData):
  // `includes` on the subjects made 70,000 declared sets take seconds, and
  // a Map of set ids outgrew the caches.
  const setIds: string[] = []
  const subjects: string[] = []
  const topics: string[] = []
  const { sets, taxonomies } = options
  if (sets !== undefined) {
    if (!Array.isArray(sets)) throw declaredError('sets', sets, 'an array of { id, subject } sets', "{ sets } (the sets export of '@quizbank/corpus')")
    sets.forEach((s: unknown, i) => {
      const set = s as { id?: unknown; subject?: unknown } | null
      if (typeof set !== 'object' || set === null || typeof set.id !== 'string' || typeof set.subject !== 'string') {
        throw declaredError(`sets[${i}]`, s, 'a set with string "id" and "subject" fields', "{ id: 'python-basics', subject: 'python' }")
      }
      setIds.push(set.id)
      subjects.push(set.subject)
    })
  }
  if (taxonomies !== undefined) {
    if (!Array.isArray(taxonomies)) throw declaredError('taxonomies', taxonomies, 'an array of taxonomies', '{ taxonomies: [taxonomy] }')
    taxonomies.forEach((t: unknown, i) => {
      const taxonomy = t as { id?: unknown; topics?: unknown } | null
      if (typeof taxonomy !== 'object' || taxonomy === null || typeof taxonomy.id !== 'string' || !Array.isArray(taxonomy.topics)) {
        throw declaredError(`taxonomies[${i}]`, t, 'a taxonomy ({ id, title, topics: [{ id, label, description }] })', "{ id: 'python', title: 'Python', topics: [...] }")
      }
      subjects.push(taxonomy.id)
      taxonomy.topics.forEach((topic: unknown, k) => {
        const id = (topic as { id?: unknown } | null)?.id
        if (typeof id !== 'string') throw declaredError(`taxonomies[${i}].topics[${k}].id`, id, 'a topic id', "{ id: 'generators', label: 'Generators', description: '…' }")
        topics.push(id)
      })
    })
  }
  return { topics, sets: setIds, subjects }
}

function declaredError(option: string, received: unknown, expected: string, example: string): QuizbankError {
  return new QuizbankError('INVALID_OPTION', `createIndex: option "${option}": expected ${expected}, received ${describeValue(received)}.\n  example: ${example}`, { option })
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
