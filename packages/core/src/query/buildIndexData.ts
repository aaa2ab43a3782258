import type { Question } from '../schema/question.js'
import { DIFFICULTIES } from '../difficulties.js'
import { ANSWER_VALUES, KIND_VALUES, NO_CLUSTER, type Column, type IndexData, type MultiField, type SingleField, type SingleFieldName } from './indexData.js'

/** The pseudo-level of questions without a difficulty. */
export const UNRATED = 'unrated'

/** Difficulty field values, by code: the levels easiest first, then `unrated`. */
export const DIFFICULTY_VALUES: readonly string[] = [...DIFFICULTIES, UNRATED]

/** Code 0 of the `subject` field: the question's set has no declared subject. */
export const NO_SUBJECT = ''

/** What the caller declared beyond the questions themselves (see `CreateIndexOptions`). */
export interface DeclaredValues {
  /** Topic ids of the given taxonomies: valid in filters even with no question. */
  readonly topics: readonly string[]
  /** Subject of each declared set. */
  readonly subjectOfSet: ReadonlyMap<string, string>
  /** Subject ids of the given taxonomies and sets. */
  readonly subjects: readonly string[]
}

/** Nothing declared: the index knows the values its questions carry. */
export const NOTHING_DECLARED: DeclaredValues = { topics: [], subjectOfSet: new Map(), subjects: [] }

/**
 * Build the postings and per-question columns of every filterable field in
 * two linear passes (codes, then postings), with no per-question allocation
 * beyond the tag rows.
 */
export function buildIndexData(questions: readonly Question[], cacheSize: number, declared: DeclaredValues): IndexData {
  const n = questions.length
  // Closed vocabularies are seeded so their codes never depend on the data.
  // Open ones (topics, sets) are coded in order of first appearance, and
  // declared values come after, so declaring a taxonomy never changes the
  // codes, the strata order or any seeded draw.
  const topic = new Coder([])
  const subject = new Coder([NO_SUBJECT])
  const difficulty = new Coder(DIFFICULTY_VALUES)
  const set = new Coder([])
  const answer = new Coder(ANSWER_VALUES)
  const kind = new Coder(KIND_VALUES)
  const cluster = new Coder([NO_CLUSTER])
  // One code per (prompt license, answer license) pair: see licenseKey.
  const license = new Coder([])
  const tag = new Coder([])
  const columns = {
    // Topics are an open vocabulary: widened to 32 bits below if a corpus holds more than 65,536.
    topic: new Uint16Array(n) as Uint16Array | Uint32Array,
    // Every subject is declared up front, so its count is known: usually one byte.
    subject: declared.subjects.length < 255 ? new Uint8Array(n) : new Uint32Array(n),
    difficulty: new Uint8Array(n),
    set: new Uint32Array(n),
    answer: new Uint8Array(n),
    kind: new Uint8Array(n),
    cluster: new Uint32Array(n),
    license: new Uint32Array(n),
  }
  const tagStart = new Uint32Array(n + 1)
  let tagTotal = 0
  for (let i = 0; i < n; i++) tagTotal += (questions[i] as Question).tags.length
  // Typed, preallocated: a growing JS array of millions of numbers costs GC time on a large heap.
  const tagList = new Uint32Array(tagTotal)
  let tagCount = 0
  // The last question each tag code was added to: spots a tag listed twice
  // on one question in O(1), where scanning the row made 200k tags cost 25 s.
  const lastRow: number[] = []
  for (let i = 0; i < n; i++) {
    const q = questions[i] as Question
    const topicCode = topic.code(q.topic)
    if (topicCode > 0xffff && columns.topic instanceof Uint16Array) columns.topic = Uint32Array.from(columns.topic)
    columns.topic[i] = topicCode
    const level = q.difficulty?.level
    columns.difficulty[i] = level !== undefined && difficulty.has(level) ? difficulty.code(level) : difficulty.code(UNRATED)
    columns.set[i] = set.code(q.source.set)
    columns.subject[i] = subject.code(declared.subjectOfSet.get(q.source.set) ?? NO_SUBJECT)
    columns.answer[i] = q.answer === undefined ? 0 : 1
    columns.kind[i] = q.choices !== undefined && q.choices.length > 0 ? 1 : 0
    columns.cluster[i] = cluster.code(q.cluster ?? NO_CLUSTER)
    columns.license[i] = license.code(licenseKey(q))
    for (const t of q.tags) {
      const c = tag.code(t)
      // A tag listed twice on one question must not appear twice in its postings.
      if (lastRow[c] === i) continue
      lastRow[c] = i
      tagList[tagCount++] = c
    }
    tagStart[i + 1] = tagCount
  }
  for (const t of declared.topics) topic.code(t)
  for (const s of declared.subjects) subject.code(s)
  for (const s of declared.subjectOfSet.keys()) set.code(s)
  const single = (coder: Coder, column: Column): SingleField => ({ values: coder.values, codes: coder.map, column, ...postingsOfColumn(column, coder.values.length) })
  const fields: Record<SingleFieldName, SingleField> = {
    topic: single(topic, columns.topic),
    subject: single(subject, columns.subject),
    difficulty: single(difficulty, columns.difficulty),
    set: single(set, columns.set),
    answer: single(answer, columns.answer),
    kind: single(kind, columns.kind),
    cluster: single(cluster, columns.cluster),
    license: single(license, columns.license),
  }
  const list = tagList.slice(0, tagCount)
  const tags: MultiField = { values: tag.values, codes: tag.map, start: tagStart, list, ...postingsOfRows(tagStart, list, tag.values.length) }
  return { questions, size: n, fields, tags, cache: new Map(), cacheSize, ids: undefined, extensions: new Map() }
}

/** Licenses a question without a `license` field is treated as having. */
export const UNKNOWN_LICENSE = 'unknown'

/**
 * The `license` field's value of a question: its prompt's license, a tab,
 * and its answer's (empty without an answer), so that one code per question
 * answers "may every text of it be used under these licenses?".
 */
export function licenseKey(q: Question): string {
  const prompt = q.license?.prompt ?? UNKNOWN_LICENSE
  const answer = q.answer === undefined ? '' : (q.license?.answer ?? UNKNOWN_LICENSE)
  return `${prompt}\t${answer}`
}

/** Assigns consecutive codes to values in order of first sight. */
class Coder {
  readonly values: string[] = []
  readonly map = new Map<string, number>()
  constructor(initial: readonly string[]) {
    for (const v of initial) this.code(v)
  }
  has(value: string): boolean {
    return this.map.has(value)
  }
  code(value: string): number {
    let c = this.map.get(value)
    if (c === undefined) {
      c = this.values.length
      this.values.push(value)
      this.map.set(value, c)
    }
    return c
  }
}

interface Postings {
  offsets: Uint32Array
  positions: Uint32Array
}

/** Counting sort of positions by code: offsets from the counts, then one fill pass. */
function postingsOfColumn(column: Column, codeCount: number): Postings {
  const offsets = offsetsOf(column, codeCount)
  const positions = new Uint32Array(column.length)
  const fill = offsets.slice(0, codeCount)
  for (let i = 0; i < column.length; i++) positions[fill[column[i] as number]!++] = i
  return { offsets, positions }
}

function postingsOfRows(start: Uint32Array, list: Uint32Array, codeCount: number): Postings {
  const offsets = offsetsOf(list, codeCount)
  const positions = new Uint32Array(list.length)
  const fill = offsets.slice(0, codeCount)
  for (let i = 0; i + 1 < start.length; i++) {
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) positions[fill[list[k] as number]!++] = i
  }
  return { offsets, positions }
}

function offsetsOf(codes: Column, codeCount: number): Uint32Array {
  const offsets = new Uint32Array(codeCount + 1)
  for (let i = 0; i < codes.length; i++) offsets[(codes[i] as number) + 1]!++
  for (let c = 0; c < codeCount; c++) offsets[c + 1]! += offsets[c] as number
  return offsets
}
