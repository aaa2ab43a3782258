import type { Question } from '../schema/question.js'
import { DIFFICULTIES } from '../difficulties.js'
import { createCoder, type Codebook, type Coder } from './codeValues.js'
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
  /** Ids of the declared sets, as given (a set declared twice takes its last subject). */
  readonly sets: readonly string[]
  /** Subject ids of the given sets (the subject of `sets[j]` is `subjects[j]`), then of the taxonomies, as given (repeats allowed). */
  readonly subjects: readonly string[]
}

/** Nothing declared: the index knows the values its questions carry. */
export const NOTHING_DECLARED: DeclaredValues = { topics: [], sets: [], subjects: [] }

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
  const topic = createCoder()
  const subject = createCoder([NO_SUBJECT])
  const difficulty = createCoder(DIFFICULTY_VALUES)
  const unrated = difficulty.code(UNRATED)
  const set = createCoder()
  const answer = createCoder(ANSWER_VALUES)
  const kind = createCoder(KIND_VALUES)
  const cluster = createCoder([NO_CLUSTER])
  // One code per (prompt license, answer license) pair: see licenseKey.
  const license = createCoder()
  const tag = createCoder()
  const columns = {
    // Topics are an open vocabulary: 16 bits, widened below if a question's topic is coded past the Map limit.
    topic: new Uint16Array(n) as Uint16Array | Uint32Array,
    // Filled once the sets are coded (a question's subject is its set's), narrowed to a byte when it fits.
    subject: new Uint32Array(n) as Uint8Array | Uint32Array,
    difficulty: new Uint8Array(n),
    // The declared sets are coded after the questions, into the tail (cut off once their subjects are known).
    set: new Uint32Array(n + declared.sets.length),
    answer: new Uint8Array(n),
    kind: new Uint8Array(n),
    cluster: new Uint32Array(n),
    license: new Uint32Array(n),
  }
  const tagStart = new Uint32Array(n + 1)
  let tagTotal = 0
  for (let i = 0; i < n; i++) tagStart[i + 1] = tagTotal += (questions[i] as Question).tags.length
  // Typed, preallocated: a growing JS array of millions of numbers costs GC time on a large heap.
  const tagList = new Uint32Array(tagTotal)
  for (let i = 0, k = 0; i < n; i++) {
    const q = questions[i] as Question
    columns.topic[i] = topic.code(q.topic)
    const level = q.difficulty?.level
    columns.difficulty[i] = (level === undefined ? undefined : difficulty.book.get(level)) ?? unrated
    columns.set[i] = set.code(q.source.set)
    columns.answer[i] = q.answer === undefined ? 0 : 1
    columns.kind[i] = q.choices !== undefined && q.choices.length > 0 ? 1 : 0
    columns.cluster[i] = cluster.code(q.cluster ?? NO_CLUSTER)
    columns.license[i] = license.code(licenseKey(q))
    for (const t of q.tags) tagList[k++] = tag.code(t)
  }
  for (const t of declared.topics) topic.code(t)
  // Calls past a coder's Map limit (a million distinct tags, say) are
  // coded at the end, all at once: see CODE_VALUES_SETTINGS. A column
  // starts at call `seeded` (code 0 of subject and cluster means "none").
  const settle = (coder: Coder, column: Column, seeded = 0): Codebook => {
    const late = coder.finish()
    const at = coder.lateFrom - seeded
    if (at < column.length) column.set(late.subarray(0, column.length - at), at)
    return coder.book
  }
  // The declared sets go through the set coder once, their codes after the
  // questions' in the column, to map each set to its subject. Looking sets
  // up in a book of their own coded every declared id twice, and 400,000
  // declared sets took a second.
  declared.sets.forEach((s, j) => (columns.set[n + j] = set.code(s)))
  const setBook = settle(set, columns.set)
  const subjectOfSet: (string | undefined)[] = new Array(setBook.values.length)
  declared.sets.forEach((_, j) => (subjectOfSet[columns.set[n + j] as number] = declared.subjects[j]))
  columns.set = columns.set.slice(0, n)
  for (let i = 0; i < n; i++) columns.subject[i] = subject.code(subjectOfSet[columns.set[i] as number] ?? NO_SUBJECT)
  for (const s of declared.subjects) subject.code(s)
  const subjectBook = settle(subject, columns.subject, 1)
  // Subjects come only from declared sets, so there are usually few: one byte each.
  if (subjectBook.values.length <= 256) columns.subject = Uint8Array.from(columns.subject)
  // Only calls past the limit can get codes over 65,535 (the limit is 65,536 values).
  if (topic.lateFrom < n) columns.topic = Uint32Array.from(columns.topic)
  const topicBook = settle(topic, columns.topic)
  const tagBook = settle(tag, tagList)
  const single = (book: Codebook, column: Column): SingleField => ({ values: book.values, codes: book, column, ...postingsOfColumn(column, book.values.length) })
  const fields: Record<SingleFieldName, SingleField> = {
    topic: single(topicBook, columns.topic),
    // Over 65,536 subjects are only there if declared, so the column is then 32 bits.
    subject: single(subjectBook, columns.subject),
    difficulty: single(difficulty.book, columns.difficulty),
    set: single(setBook, columns.set),
    answer: single(answer.book, columns.answer),
    kind: single(kind.book, columns.kind),
    cluster: single(settle(cluster, columns.cluster, 1), columns.cluster),
    license: single(settle(license, columns.license), columns.license),
  }
  const list = uniqueInRows(tagStart, tagList, tagBook.values.length)
  const tags: MultiField = { values: tagBook.values, codes: tagBook, start: tagStart, list, ...postingsOfRows(tagStart, list, tagBook.values.length) }
  return { questions, size: n, fields, tags, cache: new Map(), cacheSize, ids: undefined, extensions: new Map() }
}

/**
 * The rows without a tag listed twice on one question, which must not
 * appear twice in its postings (`start` is updated in place). The last row
 * each code was kept in spots a repeat in O(1), where scanning the row made
 * 200k tags cost 25 s.
 */
function uniqueInRows(start: Uint32Array, list: Uint32Array, codeCount: number): Uint32Array {
  const lastRow = new Int32Array(codeCount).fill(-1)
  let kept = 0
  for (let i = 0, k = 0; i + 1 < start.length; i++) {
    for (const end = start[i + 1] as number; k < end; k++) {
      const c = list[k] as number
      if (lastRow[c] === i) continue
      lastRow[c] = i
      list[kept++] = c
    }
    start[i + 1] = kept
  }
  return list.slice(0, kept)
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
