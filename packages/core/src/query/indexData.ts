import type { Question } from '../schema/question.js'
import { QuizbankError, describeValue } from '../errors.js'
import type { Codebook } from './codeValues.js'

/** Per-question codes of a field: small integers, so a filter check is one array read. */
export type Column = Uint8Array | Uint16Array | Uint32Array

/** A field with exactly one value per question (topic, set, difficulty, …). */
export interface SingleField {
  /** Value of each code, in code order. */
  readonly values: readonly string[]
  /** Code of each value. */
  readonly codes: Codebook
  /** The code of every question, by corpus position. */
  readonly column: Column
  /** Postings: positions holding code `c` are `positions[offsets[c] .. offsets[c + 1]]`, ascending. */
  readonly offsets: Uint32Array
  readonly positions: Uint32Array
}

/** A field with any number of values per question (tags). */
export interface MultiField {
  readonly values: readonly string[]
  readonly codes: Codebook
  /** Codes of question `i` are `list[start[i] .. start[i + 1]]` (compressed rows). */
  readonly start: Uint32Array
  readonly list: Uint32Array
  readonly offsets: Uint32Array
  readonly positions: Uint32Array
}

/**
 * The postings list of one code: corpus positions, ascending. A view, not a
 * copy (one buffer per field keeps a million-question index to a handful of
 * allocations, which matters: each typed-array buffer counts as external
 * memory and can trigger a full GC of a large heap).
 */
export function postingsOf(field: SingleField | MultiField, code: number): Uint32Array {
  return field.positions.subarray(field.offsets[code] ?? 0, field.offsets[code + 1] ?? 0)
}

/** Names of the single-valued fields. */
export type SingleFieldName = 'topic' | 'subject' | 'difficulty' | 'set' | 'answer' | 'kind' | 'cluster' | 'license'

/** Everything the query, sampling and search code needs, built once per index. */
export interface IndexData {
  readonly questions: readonly Question[]
  readonly size: number
  readonly fields: Readonly<Record<SingleFieldName, SingleField>>
  readonly tags: MultiField
  /** Filter results and partitions by canonical key, most recently used last. */
  readonly cache: Map<string, unknown>
  readonly cacheSize: number
  /** Built on first use: where each id sits (see {@link idsOf}). */
  ids: IdTable | undefined
  /** Other entry points (search) attach their lazily built structures here. */
  readonly extensions: Map<string, unknown>
}

/** Values of the `answer` field, by code. */
export const ANSWER_VALUES = ['without-answer', 'with-answer'] as const
/** Values of the `kind` field, by code. */
export const KIND_VALUES = ['open', 'multiple-choice'] as const
/** Code 0 of the `cluster` field: the question has no cluster. */
export const NO_CLUSTER = ''

// Internals stay out of the public type (and out of autocomplete), and a
// look-alike object (e.g. JSON.parse of a serialised index) is caught with a
// clear message instead of failing deep inside a query.
const registry = new WeakMap<object, IndexData>()

/** Attach internals to the public index object. */
export function registerIndex(index: object, data: IndexData): void {
  registry.set(index, data)
}

/** The internals of an index, or a friendly error for anything else. */
export function indexDataOf(index: unknown, caller: string): IndexData {
  const data = typeof index === 'object' && index !== null ? registry.get(index) : undefined
  if (data === undefined) {
    throw new QuizbankError(
      'INVALID_INDEX',
      `${caller}: expected an index from createIndex() or loadIndex(), received ${describeValue(index)}. ` +
        `A serialised index must be loaded first: loadIndex(JSON.parse(text)).`,
    )
  }
  return data
}

/**
 * Where each question id sits. Ids should be unique, but the index does not
 * validate its questions: a repeated id must still never be dealt twice nor
 * survive an `exclude` through its second copy, so its copies are recorded.
 */
export interface IdTable {
  /** id → its first corpus position. */
  readonly first: ReadonlyMap<string, number>
  /**
   * For each position: the first position of its id when that id is held
   * more than once, else -1. `undefined` when ids are unique. A typed array,
   * not a Map: the dealer looks it up once per question dealt, and a Map of
   * 100,000 entries made a whole deal of such a corpus 5× slower than one
   * of unique ids, growing faster than linear (issue 11).
   */
  readonly copyOf: Int32Array | undefined
  /** First position of a repeated id → every position holding it, ascending. */
  readonly copies: ReadonlyMap<number, readonly number[]>
}

/** The id table of an index, built on first call in one pass. */
export function idsOf(data: IndexData): IdTable {
  if (data.ids === undefined) {
    const first = new Map<string, number>()
    const copies = new Map<number, number[]>()
    data.questions.forEach((q, i) => {
      const at = first.get(q.id)
      if (at === undefined) {
        first.set(q.id, i)
        return
      }
      const group = copies.get(at)
      if (group === undefined) copies.set(at, [at, i])
      else group.push(i)
    })
    let copyOf: Int32Array | undefined
    if (copies.size > 0) {
      copyOf = new Int32Array(data.questions.length).fill(-1)
      for (const [at, group] of copies) for (const i of group) copyOf[i] = at
    }
    data.ids = { first, copyOf, copies }
  }
  return data.ids
}

/** Corpus position of a question id (its first, if repeated). */
export function positionOf(data: IndexData, id: string): number | undefined {
  return idsOf(data).first.get(id)
}

/** Every corpus position holding a question id, ascending (empty when none does). */
export function positionsOf(data: IndexData, id: string): readonly number[] {
  const ids = idsOf(data)
  const at = ids.first.get(id)
  if (at === undefined) return []
  return ids.copies.get(at) ?? [at]
}

/** Read from the per-index LRU cache, building and storing on a miss. */
export function cached<T>(data: IndexData, key: string, build: () => T): T {
  const { cache } = data
  if (cache.has(key)) {
    const value = cache.get(key) as T
    // Re-insert to mark as most recently used (Map keeps insertion order).
    cache.delete(key)
    cache.set(key, value)
    return value
  }
  const value = build()
  if (data.cacheSize > 0) {
    cache.set(key, value)
    if (cache.size > data.cacheSize) cache.delete(cache.keys().next().value as string)
  }
  return value
}
