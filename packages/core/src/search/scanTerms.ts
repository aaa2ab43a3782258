import { FNV_OFFSET, hashStep, lowerAscii, type TermTable } from './createTermTable.js'
import { ASCII_WORD, MAX_TERM_LENGTH, foldDiacritics, isWordChar } from './tokenize.js'

/**
 * The indexing twin of `forEachTerm`: the same words, the same terms, but
 * delivered as dictionary ids, hashed while scanning and looked up without
 * slicing (no allocation per word). Returns the number of terms visited.
 * A test checks that both agree on arbitrary text.
 *
 * @example
 *   const table = createTermTable()
 *   scanTerms('Select related', table, () => false, (id) => ids.push(id)) // 2
 */
export function scanTerms(text: string, table: TermTable, isStop: (id: number) => boolean, visit: (id: number) => void): number {
  const n = text.length
  let count = 0
  let i = 0
  while (i < n) {
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c < 128 ? ASCII_WORD[c] === 1 : isWordChar(c, text, i)) break
    }
    const start = i
    let hash = FNV_OFFSET
    let ascii = true
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c < 128) {
        if (ASCII_WORD[c] !== 1) break
        hash = hashStep(hash, lowerAscii(c))
      } else {
        if (!isWordChar(c, text, i)) break
        ascii = false
      }
    }
    if (i === start || i - start > MAX_TERM_LENGTH) continue
    let id: number
    if (ascii) id = table.find(text, start, i, hash)
    else {
      // Rare: lower-case and fold this word exactly as forEachTerm does.
      const term = foldDiacritics(text.slice(start, i).toLowerCase())
      if (term.length === 0) continue
      id = table.idOf(term)
    }
    if (isStop(id)) continue
    count++
    visit(id)
  }
  return count
}
