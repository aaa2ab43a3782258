/**
 * What went wrong, for programs; the message says it for people.
 *
 * - `INVALID_OPTION`: an option has the wrong type or range (e.g. `count: -1`).
 * - `UNKNOWN_VALUE`: a value outside a closed vocabulary (topic, difficulty, kind, stratify key).
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

/**
 * How much of a user's input an error message may repeat. Messages are read
 * by people and logged by programs: a 2 MB value pasted into a message helps
 * neither, so every echo of input goes through these bounds.
 */
export const MESSAGE_LIMITS = {
  /** Longest quoted string, in UTF-16 units, before it is cut with `...`. */
  quotedLength: 60,
  /** Most values {@link listValues} names before it summarises the rest. */
  listedValues: 40,
  /** Most characters {@link listValues} spends on names. */
  listedLength: 1_000,
  /** Longest value {@link suggest} compares (edit distance is quadratic; a typo of a real value is short). */
  suggestLength: 64,
  /**
   * Most issues one validation result lists (`validateQuestionSet` and the
   * other validators); past it the rest are only counted, and a last issue
   * says how many there were. WHY: an issue costs 0.5–1 KB, so listing
   * every one of 10⁶ empty questions (5 issues each) ran out of a 4 GiB
   * heap; a thousand is more than anyone reads before fixing the cause.
   */
  listedIssues: 1_000,
} as const

/**
 * Quote a received value for a message, short enough to read: strings are
 * cut at {@link MESSAGE_LIMITS}.quotedLength (never inside a surrogate pair),
 * arrays and objects are named, not printed.
 *
 * @example
 *   describeValue('orm') // '"orm"'
 *   describeValue('x'.repeat(1e6)).length // 83: 57 characters, '...', quotes and ' (1000000 characters)'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  if (typeof value === 'bigint') return describeBigInt(value)
  if (Array.isArray(value)) return `an array of ${value.length}`
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** A string for a message: JSON-quoted, cut to {@link MESSAGE_LIMITS}.quotedLength with its full length noted. */
export function quote(value: string): string {
  const max = MESSAGE_LIMITS.quotedLength
  if (value.length <= max) return JSON.stringify(value)
  let cut = max - 3
  // Do not split a surrogate pair: JSON.stringify would print a lone half as \udXXX.
  const last = value.charCodeAt(cut - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut--
  return `${JSON.stringify(`${value.slice(0, cut)}...`)} (${value.length} characters)`
}

function describeBigInt(value: bigint): string {
  const text = `${value}n`
  return text.length <= MESSAGE_LIMITS.quotedLength ? text : `a ${text.length - 1}-digit bigint`
}

/**
 * List values for a message: `a, b, c`. All of them when they fit (the
 * reader needs the exact spelling); past {@link MESSAGE_LIMITS} the first
 * ones and how many more.
 *
 * @example
 *   listValues(['orm', 'views']) // 'orm, views'
 */
export function listValues(values: readonly string[]): string {
  if (values.length === 0) return '(none)'
  const shown: string[] = []
  let length = 0
  for (const v of values) {
    const text = v.length > MESSAGE_LIMITS.quotedLength ? quote(v) : v
    if (shown.length === MESSAGE_LIMITS.listedValues || length + text.length > MESSAGE_LIMITS.listedLength) break
    shown.push(text)
    length += text.length + 2
  }
  const rest = values.length - shown.length
  return rest === 0 ? shown.join(', ') : `${shown.join(', ')}, … (${rest} more)`
}

/** ` Did you mean "x"?` when a valid value is a likely typo of `value` (edit distance ≤ 2, or a prefix); else `''`. */
export function suggest(value: unknown, candidates: readonly string[]): string {
  if (typeof value !== 'string' || value === '' || value.length > MESSAGE_LIMITS.suggestLength) return ''
  const lower = value.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const prefix = c.startsWith(lower) || lower.startsWith(c)
    // A candidate much longer or shorter than the value is at least that many edits away: skip the quadratic distance.
    if (!prefix && Math.abs(c.length - lower.length) > 2) continue
    const d = prefix ? 1 : editDistance(lower, c)
    if (d < bestDistance) [best, bestDistance] = [c, d]
  }
  return best !== undefined && bestDistance <= Math.min(2, Math.ceil(value.length / 3)) ? ` Did you mean ${quote(best)}?` : ''
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
