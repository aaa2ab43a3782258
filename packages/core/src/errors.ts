/**
 * What went wrong, for programs; the message says it for people.
 *
 * - `INVALID_OPTION`: an option has the wrong type or range (e.g. `count: -1`).
 * - `UNKNOWN_VALUE`: a filter value the index does not know (topic, subject, set, tag, cluster), or one outside a closed vocabulary (difficulty, kind, stratify key).
 * - `INVALID_WEIGHTS`: stratify weights that are negative, all zero, or contradict the filter.
 * - `POOL_TOO_SMALL`: more questions asked for than the filtered pool (or a stratum) holds.
 * - `INVALID_INDEX`: a value that is not an index built by this package.
 * - `INVALID_DATA`: a serialised index, search index or quiz state that cannot be loaded.
 */
export type QuizbankErrorCode =
  | 'INVALID_OPTION'
  | 'UNKNOWN_VALUE'
  | 'INVALID_WEIGHTS'
  | 'POOL_TOO_SMALL'
  | 'INVALID_INDEX'
  | 'INVALID_DATA'

/** Details a program can act on without parsing the message. */
export interface QuizbankErrorDetails {
  /** The option at fault as a path, e.g. `topics` or `stratify.difficulty`. */
  readonly option?: string
  /** The values that would have been accepted, when the set is closed and known. */
  readonly expected?: readonly string[]
}

/**
 * The one error type of the query, sampling and search API.
 *
 * Functions throw it for requests that cannot be met as asked (a typo in a
 * topic, more questions than exist); running out of questions while dealing
 * a quiz is normal flow and is reported by `exhausted: true` instead.
 *
 * @example
 *   try {
 *     sample(index, { count: 5, seed: 1, topics: ['database'] })
 *   } catch (error) {
 *     if (error instanceof QuizbankError && error.code === 'UNKNOWN_VALUE') showHelp(error.expected)
 *   }
 */
export class QuizbankError extends Error {
  override readonly name = 'QuizbankError'
  readonly code: QuizbankErrorCode
  readonly option: string | undefined
  readonly expected: readonly string[] | undefined

  constructor(code: QuizbankErrorCode, message: string, details: QuizbankErrorDetails = {}) {
    super(message)
    this.code = code
    this.option = details.option
    this.expected = details.expected
  }
}

/** Quote a received value for a message, short enough to read. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  if (Array.isArray(value)) return `an array of ${value.length}`
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

// Enough to show every topic of a real taxonomy; an open vocabulary (tags of a
// large corpus) is cut so that a message stays readable and bounded.
const MAX_LISTED = 40

/** List values for a message: `a, b, c`, all of them up to 40 (the reader needs the exact spelling), then `… and N more`. */
export function listValues(values: readonly string[]): string {
  if (values.length === 0) return '(none)'
  if (values.length <= MAX_LISTED) return values.join(', ')
  return `${values.slice(0, MAX_LISTED).join(', ')} … and ${values.length - MAX_LISTED} more`
}

/** ` Did you mean "x"?` when a valid value is a likely typo of `value` (edit distance ≤ 2, or a prefix); else `''`. */
export function suggest(value: unknown, candidates: readonly string[]): string {
  // Edit distance is quadratic: a value far longer than any id is no typo of one.
  if (typeof value !== 'string' || value === '' || value.length > 100) return ''
  const lower = value.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = c.startsWith(lower) || lower.startsWith(c) ? 1 : editDistance(lower, c)
    if (d < bestDistance) [best, bestDistance] = [c, d]
  }
  return best !== undefined && bestDistance <= Math.min(2, Math.ceil(value.length / 3)) ? ` Did you mean "${best}"?` : ''
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length] as number
}
