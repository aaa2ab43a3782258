import { intersectClauses, isBitsetClause, positionsOf } from './bitsets.js'
import { cached, postingsOf as postingsOfCode, type Column, type IndexData } from './indexData.js'
import type { Clause, NormalizedFilter } from './normalizeFilter.js'

const EMPTY = new Uint32Array(0)

/**
 * Corpus positions (ascending, so corpus order) of the questions a filter
 * keeps, before exclusions. Cached per filter key, so repeated queries and
 * draws over the same filter cost nothing here.
 *
 * Two plans, chosen by the most selective clause (the "driver"):
 * - selective filters: enumerate the driver from its postings (a union of
 *   lists when it names several values) and check each candidate against
 *   the other clauses, one column read each: O(driver size × clauses);
 * - broad filters (the driver keeps more than 1/16 of the corpus): AND the
 *   bitsets of the small-vocabulary clauses word by word (32 questions per
 *   operation), then check the rest per match: O(n/32 × values + matches).
 */
export function filterPool(data: IndexData, filter: NormalizedFilter): Uint32Array {
  if (filter.matchesNothing) return EMPTY
  return cached(data, `pool:${filter.key}`, () => computePool(data, filter.clauses))
}

function computePool(data: IndexData, clauses: readonly Clause[]): Uint32Array {
  if (clauses.length === 0) {
    const all = new Uint32Array(data.size)
    for (let i = 0; i < all.length; i++) all[i] = i
    return all
  }
  let driver = 0
  let best = Infinity
  clauses.forEach((clause, i) => {
    const size = estimate(data, clause)
    if (size < best) [best, driver] = [size, i]
  })
  const others = clauses.filter((_, i) => i !== driver)
  const bitsetClauses = clauses.filter((c) => isBitsetClause(data, c))
  if (others.length > 0 && best * 16 > data.size && bitsetClauses.length > 0) {
    const rest = clauses.filter((c) => !isBitsetClause(data, c))
    return positionsOf(intersectClauses(data, bitsetClauses), data.size, rest.length === 0 ? undefined : checker(data, rest))
  }
  const lists = driverLists(data, clauses[driver] as Clause)
  if (others.length === 0) return unionAll(lists)
  // Test each driver list on its own and merge the (much shorter) survivors,
  // rather than materialise the union of the driver lists first.
  const check = checker(data, others)
  return unionAll(lists.map((list) => keep(list, check)))
}

/** The candidates of the driving clause, as ascending lists whose union is what it keeps. */
function driverLists(data: IndexData, clause: Clause): Uint32Array[] {
  const lists = postingsOf(data, clause)
  if (clause.type !== 'allTags') return lists
  // Smallest list first; the other tags are checked per candidate.
  const smallest = lists.reduce((a, b) => (b.length < a.length ? b : a))
  const rest = clause.codes.filter((_, i) => lists[i] !== smallest)
  return [rest.length === 0 ? smallest : keep(smallest, checker(data, [{ type: 'allTags', codes: rest }]))]
}

function keep(list: Uint32Array, check: (pos: number) => boolean): Uint32Array {
  const out = new Uint32Array(list.length)
  let kept = 0
  for (let k = 0; k < list.length; k++) {
    const pos = list[k] as number
    if (check(pos)) out[kept++] = pos
  }
  return kept === out.length ? out : out.slice(0, kept)
}

/**
 * One predicate for all the non-driving clauses. Single-valued clauses are
 * checked in one monomorphic loop (a column read and a mask read each):
 * calling one closure per clause made the call site megamorphic and cost
 * several times more per candidate.
 */
function checker(data: IndexData, clauses: readonly Clause[]): (pos: number) => boolean {
  const columns: Column[] = []
  const masks: Uint8Array[] = []
  const tagTests: ((pos: number) => boolean)[] = []
  for (const clause of clauses) {
    if (clause.type === 'single') {
      const { column, values } = data.fields[clause.field]
      const mask = new Uint8Array(values.length)
      for (const c of clause.codes) mask[c] = 1
      columns.push(column)
      masks.push(mask)
    } else tagTests.push(tagTester(data, clause))
  }
  const n = columns.length
  return (pos) => {
    for (let c = 0; c < n; c++) if ((masks[c] as Uint8Array)[(columns[c] as Column)[pos] as number] !== 1) return false
    for (const test of tagTests) if (!test(pos)) return false
    return true
  }
}

/** An upper bound of how many questions a clause keeps. */
function estimate(data: IndexData, clause: Clause): number {
  const lists = postingsOf(data, clause)
  if (clause.type === 'allTags') return Math.min(...lists.map((l) => l.length))
  return lists.reduce((sum, l) => sum + l.length, 0)
}

function postingsOf(data: IndexData, clause: Clause): Uint32Array[] {
  const field = clause.type === 'single' ? data.fields[clause.field] : data.tags
  return clause.codes.map((c) => postingsOfCode(field, c))
}

/** A per-position check of a tag clause: a scan of the question's (short) tag row. */
function tagTester(data: IndexData, clause: Clause): (pos: number) => boolean {
  const { start, list, values } = data.tags
  if (clause.type === 'anyTags') {
    const allowed = new Uint8Array(values.length)
    for (const c of clause.codes) allowed[c] = 1
    return (pos) => {
      for (let k = start[pos] as number; k < (start[pos + 1] as number); k++) if (allowed[list[k] as number] === 1) return true
      return false
    }
  }
  const required = clause.codes
  return (pos) => {
    const from = start[pos] as number
    const to = start[pos + 1] as number
    for (const code of required) {
      let found = false
      for (let k = from; k < to && !found; k++) found = list[k] === code
      if (!found) return false
    }
    return true
  }
}

/** Union of ascending lists, merged pairwise (O(total · log lists)), without duplicates. */
export function unionAll(lists: readonly Uint32Array[]): Uint32Array {
  let queue = lists.filter((l) => l.length > 0)
  if (queue.length === 0) return EMPTY
  while (queue.length > 1) {
    const next: Uint32Array[] = []
    for (let i = 0; i < queue.length; i += 2) {
      const a = queue[i] as Uint32Array
      const b = queue[i + 1]
      next.push(b === undefined ? a : union(a, b))
    }
    queue = next
  }
  return queue[0] as Uint32Array
}

function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x < y) {
      out[k++] = x
      i++
    } else if (y < x) {
      out[k++] = y
      j++
    } else {
      out[k++] = x
      i++
      j++
    }
  }
  while (i < a.length) out[k++] = a[i++] as number
  while (j < b.length) out[k++] = b[j++] as number
  return k === out.length ? out : out.slice(0, k)
}
