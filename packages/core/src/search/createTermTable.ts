/**
 * A string → id dictionary that can look up a *range* of a string without
 * slicing it: building the text index looks up every word of the corpus,
 * and a Map would need one new string per word (millions of short-lived
 * allocations, which is where a naive build spends its time, in GC).
 * Open addressing with linear probing over FNV-1a hashes of UTF-16 units.
 */
export interface TermTable {
  /**
   * The id of `source[start..end]` lower-cased, added if new; the range must
   * be ASCII, and `hash` the FNV-1a hash of its lower-cased units. Lower-casing
   * on the fly spares a lower-cased copy of every text.
   */
  find(source: string, start: number, end: number, hash: number): number
  /** The id of a whole string, added if new. */
  idOf(term: string): number
  /** Terms by id, in order of first sight. */
  readonly terms: readonly string[]
}

/** FNV-1a offset basis: the hash of the empty range. */
export const FNV_OFFSET = 0x811c9dc5

/** One FNV-1a step over a UTF-16 unit. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619)
}

/** The lower-case of an ASCII unit (other units unchanged). */
export function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** FNV-1a over `source[start..end]` (already lower-case, or ASCII to lower-case on the fly). */
export function hashRange(source: string, start: number, end: number): number {
  let h = FNV_OFFSET
  for (let i = start; i < end; i++) h = hashStep(h, lowerAscii(source.charCodeAt(i)))
  return h
}

/**
 * An empty term table.
 *
 * @example
 *   const table = createTermTable()
 *   table.idOf('queryset') // 0
 *   table.find('a queryset', 2, 10, hashRange('a queryset', 2, 10)) // 0
 */
export function createTermTable(): TermTable {
  let slots = new Int32Array(1 << 12) // id + 1; 0 = empty
  const hashes: number[] = []
  const terms: string[] = []

  const equalsRange = (term: string, source: string, start: number, end: number): boolean => {
    if (term.length !== end - start) return false
    for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) !== lowerAscii(source.charCodeAt(start + i))) return false
    return true
  }
  const grow = () => {
    slots = new Int32Array(slots.length * 2)
    const mask = slots.length - 1
    hashes.forEach((h, id) => {
      let s = h & mask
      while (slots[s] !== 0) s = (s + 1) & mask
      slots[s] = id + 1
    })
  }
  const find = (source: string, start: number, end: number, hash: number): number => {
    const mask = slots.length - 1
    let s = hash & mask
    for (;;) {
      const entry = slots[s] as number
      if (entry === 0) break
      const id = entry - 1
      if (hashes[id] === hash && equalsRange(terms[id] as string, source, start, end)) return id
      s = (s + 1) & mask
    }
    const id = terms.length
    // toLowerCase also copies: a plain slice of a long string may share its
    // memory, and the dictionary must not keep whole answers alive.
    terms.push(source.slice(start, end).toLowerCase())
    hashes.push(hash)
    slots[s] = id + 1
    if (terms.length * 2 > slots.length) grow()
    return id
  }
  return {
    find,
    // Terms from the slow path are already lower-case (and may be non-ASCII,
    // which lowerAscii leaves alone): the same hash and comparison apply.
    idOf: (term) => find(term, 0, term.length, hashRange(term, 0, term.length)),
    terms,
  }
}
