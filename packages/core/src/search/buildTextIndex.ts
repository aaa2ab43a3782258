import type { Question } from '../schema/question.js'
import { QuizbankError } from '../errors.js'
import { createTermTable } from './createTermTable.js'
import { blockMaxima, termMaxima } from './blockMaxima.js'
import { championLists, type ChampionLists } from './championLists.js'
import { scanTerms } from './scanTerms.js'
import { stemTerm } from './stemTerm.js'

/** Resolved BM25F settings of a text index. */
export interface TextIndexSettings {
  readonly k1: number
  readonly b: number
  readonly boost: { readonly prompt: number; readonly answer: number; readonly hints: number }
  readonly stopWords: readonly string[]
  /** Whether terms are indexed (and searched) by their Porter2 stem, so "deploying" finds "deployment". */
  readonly stem: boolean
}

/**
 * An inverted index in compressed-row form. Terms are sorted, so a term's id
 * is its rank and a prefix is a contiguous id range. Each posting stores its
 * document and an 8-bit quantised BM25F term weight ("impact"), so a query
 * only multiplies by idf and adds: 5 bytes per posting.
 */
export interface TextIndex {
  readonly settings: TextIndexSettings
  readonly docCount: number
  readonly terms: readonly string[]
  /** Postings of term `t` are `docs/impacts[offsets[t] .. offsets[t + 1]]`, docs ascending. */
  readonly offsets: Uint32Array
  readonly docs: Uint32Array
  readonly impacts: Uint8Array
  /** The highest impact of each block of 64 postings (see `blockMaxima`): lets a one-term query skip blocks. */
  readonly blockMax: Uint8Array
  /** The highest impact of each term (see `termMaxima`). */
  readonly termMax: Uint8Array
  /** Each long term's best postings, in ranking order (see `championLists`): a one-word query ranks from them. */
  readonly champions: ChampionLists
}

/** The saturation ceiling of a BM25 term weight is k1 + 1; impacts map [0, k1 + 1) onto 1..255. */
export const IMPACT_LEVELS = 255

// Per-posting term frequencies packed in 16 bits while building: prompt in
// bits 0-4, answer 5-10, hints 11-15, each saturating (a term repeated 63
// times scores like one repeated 64 times; BM25 has saturated long before).
const FIELDS = [
  { shift: 0, max: 31 },
  { shift: 5, max: 63 },
  { shift: 11, max: 31 },
] as const

/**
 * Tokenise every question's prompt, answer and hints once, appending each
 * document's (term, packed tf) pairs to one growable buffer; then sort the
 * dictionary and scatter the pairs into compressed rows, computing the
 * quantised BM25F impacts on the way. One buffer (not one per term) keeps
 * large allocations to a few dozen doublings: each big typed array counts as
 * external memory and can trigger a full GC, which on a heap holding a
 * million questions costs as much as the tokenising.
 *
 * The index itself does not validate questions, so the text fields are
 * checked here: a record without a string prompt is refused with its
 * position (`INVALID_DATA`), not met with a TypeError deep in the scanner.
 */
export function buildTextIndex(questions: readonly Question[], settings: TextIndexSettings, caller: string): TextIndex {
  const n = questions.length
  const table = createTermTable()
  // Stop words get the first ids, so "is this a stop word" is one comparison.
  for (const w of settings.stopWords) table.idOf(w)
  const stopCount = table.terms.length
  const isStop = (id: number) => id < stopCount
  // The scanner finds words (surface ids); postings are kept per stem. Each
  // distinct word is stemmed once, on first sight, so stemming costs a
  // dictionary's worth of calls, not a corpus's.
  const stems = createTermTable()
  const normalize = settings.stem ? stemTerm : (term: string) => term
  let stemOf = new Int32Array(1024).fill(-1)
  // Pairs of document d are pairTerm/pairTf[docEnd[d - 1] .. docEnd[d]].
  let pairTerm = new Uint32Array(1 << 16)
  let pairTf = new Uint16Array(1 << 16)
  let pairCount = 0
  const docEnd = new Uint32Array(n)
  let df = new Uint32Array(1024)
  // Field lengths per document, for length normalisation.
  const lengths = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)] as const
  // Per-document scratch: which terms the current document holds, and their packed tf.
  let seenIn = new Int32Array(1024).fill(-1)
  let tfOf = new Uint16Array(1024)
  const docTerms: number[] = []
  let doc = 0
  let shift = 0
  let max = 0

  const visit = (surface: number): void => {
    if (surface >= stemOf.length) stemOf = grow(stemOf, Math.max(stemOf.length * 2, surface + 1), -1)
    let id = stemOf[surface] as number
    if (id < 0) {
      id = stems.idOf(normalize(table.terms[surface] as string))
      stemOf[surface] = id
    }
    if (id >= seenIn.length) {
      const size = Math.max(seenIn.length * 2, id + 1)
      seenIn = grow(seenIn, size, -1)
      tfOf = grow(tfOf, size, 0)
      df = grow(df, size, 0)
    }
    if (seenIn[id] !== doc) {
      seenIn[id] = doc
      tfOf[id] = 0
      docTerms.push(id)
    }
    if ((((tfOf[id] as number) >>> shift) & max) < max) tfOf[id] = (tfOf[id] as number) + (1 << shift)
  }
  const scan = (text: string, f: 0 | 1 | 2): number => {
    shift = (FIELDS[f] as (typeof FIELDS)[number]).shift
    max = (FIELDS[f] as (typeof FIELDS)[number]).max
    return scanTerms(text, table, isStop, visit)
  }

  for (doc = 0; doc < n; doc++) {
    const q = questions[doc] as Question
    checkTextFields(q, doc, caller)
    docTerms.length = 0
    lengths[0][doc] = scan(q.prompt, 0)
    if (q.answer !== undefined) lengths[1][doc] = scan(q.answer, 1)
    if (q.hints !== undefined) for (const hint of q.hints) lengths[2][doc] = (lengths[2][doc] as number) + scan(hint, 2)
    if (pairCount + docTerms.length > pairTerm.length) {
      const size = Math.max(pairTerm.length * 2, pairCount + docTerms.length)
      pairTerm = grow(pairTerm, size, 0)
      pairTf = grow(pairTf, size, 0)
    }
    for (const id of docTerms) {
      pairTerm[pairCount] = id
      pairTf[pairCount++] = tfOf[id] as number
      df[id]!++
    }
    docEnd[doc] = pairCount
  }

  // BM25F length normalisation per document and field, with the field boost
  // folded in; the average is over the documents that have the field.
  const { k1, b } = settings
  const boosts = [settings.boost.prompt, settings.boost.answer, settings.boost.hints]
  const norms = lengths.map((ls, f) => {
    let sum = 0
    let withField = 0
    for (const l of ls) if (l > 0) [sum, withField] = [sum + l, withField + 1]
    const average = withField === 0 ? 1 : sum / withField
    return Float64Array.from(ls, (l) => (boosts[f] as number) / (1 - b + (b * l) / average))
  }) as [Float64Array, Float64Array, Float64Array]

  // The dictionary: stems that have postings, sorted, so a term's id is its
  // rank and a prefix is an id range.
  const { terms } = stems
  const order: number[] = []
  for (let id = 0; id < terms.length; id++) if ((df[id] ?? 0) > 0) order.push(id)
  order.sort((x, y) => ((terms[x] as string) < (terms[y] as string) ? -1 : 1))
  const offsets = new Uint32Array(order.length + 1)
  const cursor = new Uint32Array(terms.length)
  order.forEach((id, rank) => {
    cursor[id] = offsets[rank] as number
    offsets[rank + 1] = (offsets[rank] as number) + (df[id] as number)
  })
  // Scatter in document order, so every row comes out sorted by document.
  const docs = new Uint32Array(pairCount)
  const impacts = new Uint8Array(pairCount)
  let k = 0
  for (let d = 0; d < n; d++) {
    const end = docEnd[d] as number
    for (; k < end; k++) {
      const packed = pairTf[k] as number
      // A field without the term adds nothing (with b = 1 an empty field's norm is infinite, and 0 × ∞ is NaN).
      const inPrompt = packed & 31
      const inAnswer = (packed >>> 5) & 63
      const inHints = packed >>> 11
      const tf =
        (inPrompt === 0 ? 0 : inPrompt * (norms[0][d] as number)) + (inAnswer === 0 ? 0 : inAnswer * (norms[1][d] as number)) + (inHints === 0 ? 0 : inHints * (norms[2][d] as number))
      const at = cursor[pairTerm[k] as number]!++
      docs[at] = d
      // tf / (k1 + tf) is BM25's saturation divided by its ceiling k1 + 1.
      impacts[at] = Math.max(1, Math.round((tf / (k1 + tf)) * IMPACT_LEVELS))
    }
  }
  return { settings, docCount: n, terms: order.map((id) => terms[id] as string), offsets, docs, impacts, blockMax: blockMaxima(impacts), termMax: termMaxima(offsets, impacts), champions: championLists(offsets, impacts) }
}

/** Throw unless the fields the text index reads are strings (prompt; answer and hints when present). */
function checkTextFields(q: Question, doc: number, caller: string): void {
  const bad =
    typeof q.prompt !== 'string'
      ? 'a "prompt" string'
      : q.answer !== undefined && typeof q.answer !== 'string'
        ? 'an "answer" that is a string (or no answer)'
        : q.hints !== undefined && (!Array.isArray(q.hints) || q.hints.some((h) => typeof h !== 'string'))
          ? '"hints" that are an array of strings (or no hints)'
          : undefined
  if (bad !== undefined) {
    throw new QuizbankError(
      'INVALID_DATA',
      `${caller}: questions[${doc}] cannot be searched: expected ${bad}. Check records with validateQuestionSet from '@quizbank/core/schema' before indexing them.`,
      { option: `questions[${doc}]` },
    )
  }
}

function grow<T extends Uint32Array | Uint16Array | Int32Array>(array: T, size: number, fill: number): T {
  const grown = new (array.constructor as new (size: number) => T)(size)
  grown.set(array)
  if (fill !== 0) grown.fill(fill, array.length)
  return grown
}
