/**
 * English words too common to help ranking; dropped from the index and from
 * queries (except as a prefix being typed). Short on purpose: BM25's idf
 * already discounts common words, this list only saves index space.
 */
export const DEFAULT_STOP_WORDS: readonly string[] = (
  'a an and are as at be by for from has have i in is it its of on or that the this to was were what which who will with ' +
  'you your how why when where does do did can'
).split(' ')

/** Tokens longer than this are not indexed (base64 blobs, minified code): they only bloat the dictionary. */
export const MAX_TERM_LENGTH = 40

// Word characters: ASCII letters and digits, and any non-ASCII letter, digit
// or combining mark. Everything else (including `_`, so `select_related`
// indexes as `select` + `related`) separates words.
export const ASCII_WORD = new Uint8Array(128)
for (let c = 48; c < 58; c++) ASCII_WORD[c] = 1
for (let c = 65; c < 91; c++) ASCII_WORD[c] = 1
for (let c = 97; c < 123; c++) ASCII_WORD[c] = 1
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u

/** Whether the UTF-16 unit `code` at `text[i]` belongs to a word. */
export function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1
  // Surrogate halves: test the whole code point.
  const cp = text.codePointAt(i) ?? code
  if (code >= 0xdc00 && code <= 0xdfff) return UNICODE_WORD.test(String.fromCodePoint(text.codePointAt(i - 1) ?? code))
  return UNICODE_WORD.test(String.fromCodePoint(cp))
}

/**
 * Call `visit(term, start, end)` for every indexable word of `text`: the
 * term is lower-cased with diacritics removed (`Café` → `cafe`), and
 * `start`/`end` are UTF-16 offsets into `text` (so `text.slice(start, end)`
 * is the word as written). Stop words and over-long tokens are skipped.
 * Returns how many terms were visited (the field length for BM25).
 *
 * @example
 *   forEachTerm('Use select_related()', new Set(), (t, s, e) => console.log(t, s, e))
 *   // use 0 3 · select 4 10 · related 11 18
 */
export function forEachTerm(text: string, stopWords: ReadonlySet<string>, visit: (term: string, start: number, end: number) => void): number {
  let count = 0
  let i = 0
  const n = text.length
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i), text, i)) i++
    const start = i
    let ascii = true
    while (i < n) {
      const code = text.charCodeAt(i)
      if (!isWordChar(code, text, i)) break
      if (code >= 128) ascii = false
      i++
    }
    if (i === start || i - start > MAX_TERM_LENGTH) continue
    // Lower-cased per word, not per text: the same words whatever surrounds
    // them (Greek final sigma depends on context), and offsets stay those of
    // `text` even where lower-casing changes a length ('İ' becomes two units).
    const word = text.slice(start, i)
    const term = ascii ? word.toLowerCase() : foldDiacritics(word.toLowerCase())
    if (term.length === 0 || stopWords.has(term)) continue
    count++
    visit(term, start, i)
  }
  return count
}

/** The term of a single word, as {@link forEachTerm} would index it (`''` when nothing is left). */
export function normalizeTerm(word: string): string {
  let term = ''
  forEachTerm(word, new Set(), (t) => {
    if (term === '') term = t
  })
  return term
}

/** Remove diacritics (and compatibility forms, e.g. `ﬁ` → `fi`) from a lower-cased token, then lower-case again. */
export function foldDiacritics(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}
