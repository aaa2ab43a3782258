import { FNV_OFFSET, hashStep } from '../search/createTermTable.js'

/** A field's values and their codes, both ways. */
export interface Codebook {
  /** Value of each code, in code order. */
  readonly values: readonly string[]
  /**
   * Code of a value, or `undefined` if no item holds it. Values coded past
   * the Map's limit are found by a scan: a filter names a few values, and
   * its result is cached, where a table of them all would cost what the
   * limit saves.
   */
  get(value: string): number | undefined
}

/**
 * When a {@link Coder} stops growing its `Map`. Measured (Node 20, 2 cores,
 * 32 MiB L3): a Map of distinct keys grows 2.5–2.9× per doubling from
 * 100,000 keys on (strings and small integers alike: its table outgrows
 * the caches), while sorting the values' hashes grows about 2×; but with
 * few distinct values among many items the Map is 5–10× faster, since it
 * hashes nothing (V8 keeps a string's hash in the string).
 */
export const CODE_VALUES_SETTINGS = {
  /** Distinct values coded with a Map; every call after the Map holds this many is coded by sorting. */
  mapLimit: 1 << 16,
}

/** Codes values in order of first sight, as they come while the Map is small, then all at once. */
export interface Coder {
  /** The value's code, or `-1` from the first call that would grow the Map past `mapLimit` on: `finish` codes those calls. */
  code(value: string): number
  /** Codes of the calls answered `-1`, in call order; then `book` holds every value. Call once, after the last `code`. */
  finish(): Uint32Array
  /** How many calls were answered with a code (the first answered `-1` is call number `lateFrom`). */
  readonly lateFrom: number
  readonly book: Codebook
}

/**
 * A coder holding `seed` as codes 0, 1, …. Linear in its calls: see
 * {@link CODE_VALUES_SETTINGS}.
 *
 * @example
 *   const coder = createCoder(['none'])
 *   coder.code('orm') // 1
 *   coder.finish() // Uint32Array [] (no call was late)
 */
export function createCoder(seed: readonly string[] = []): Coder {
  const map = new Map<string, number>()
  const values: string[] = []
  const late: string[] = []
  const { mapLimit } = CODE_VALUES_SETTINGS
  const coder = {
    lateFrom: 0,
    book: {
      values,
      get: (value: string) => {
        const code = map.get(value) ?? values.indexOf(value, mapLimit)
        return code < 0 ? undefined : code
      },
    },
    code(value: string): number {
      if (late.length === 0) {
        let code = map.get(value)
        if (code === undefined && values.length < mapLimit) {
          code = values.length
          values.push(value)
          map.set(value, code)
        }
        if (code !== undefined) {
          coder.lateFrom++
          return code
        }
      }
      late.push(value)
      return -1
    },
    finish: () => codeLate(late, map, values),
  }
  for (const value of seed) coder.code(value)
  return coder
}

/**
 * Consecutive codes for `items`, in order of first sight, and a codebook
 * to look values up.
 *
 * @example
 *   const { codes, book } = codeValues(['orm', 'views', 'orm'])
 *   codes // Uint32Array [0, 1, 0]
 *   book.get('views') // 1
 */
export function codeValues(items: readonly string[]): { codes: Uint32Array; book: Codebook } {
  const coder = createCoder()
  const codes = new Uint32Array(items.length)
  for (let i = 0; i < items.length; i++) codes[i] = coder.code(items[i] as string)
  codes.set(coder.finish(), coder.lateFrom)
  return { codes, book: coder.book }
}

function hashOf(value: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < value.length; i++) h = hashStep(h, value.charCodeAt(i))
  return h >>> 0
}

/**
 * Codes of the late calls. Values the Map holds are looked up there (it is
 * small: cache-friendly). The others are sorted by hash (LSD radix, a byte
 * a pass: stable, sequential reads, 256 write streams), so equal values
 * are neighbours in call order and the accesses follow the sort instead of
 * hopping over a table bigger than the caches.
 */
function codeLate(late: readonly string[], map: ReadonlyMap<string, number>, values: string[]): Uint32Array {
  const codes = new Uint32Array(late.length)
  let hashes = new Uint32Array(late.length)
  let calls = new Uint32Array(late.length)
  let m = 0
  for (let k = 0; k < late.length; k++) {
    const code = map.get(late[k] as string)
    if (code !== undefined) codes[k] = code
    else {
      hashes[m] = hashOf(late[k] as string)
      calls[m++] = k
    }
  }
  let hashesOut = new Uint32Array(m)
  let callsOut = new Uint32Array(m)
  for (let shift = 0; shift < 32; shift += 8) {
    const start = new Uint32Array(257)
    for (let j = 0; j < m; j++) start[(((hashes[j] as number) >>> shift) & 255) + 1]!++
    for (let b = 0; b < 256; b++) start[b + 1]! += start[b] as number
    for (let j = 0; j < m; j++) {
      const to = start[((hashes[j] as number) >>> shift) & 255]!++
      hashesOut[to] = hashes[j] as number
      callsOut[to] = calls[j] as number
    }
    ;[hashes, hashesOut, calls, callsOut] = [hashesOut, hashes, callsOut, calls]
  }
  // first[k]: the first late call with call k's value (k itself when new).
  // A run of equal hashes is mostly one value repeated, checked against the
  // run's first call; only a collision needs a Map (and clearing a Map
  // allocates, so not one per run).
  const first = new Int32Array(late.length).fill(-1)
  const run = new Map<string, number>()
  for (let j = 0, end = 0; j < m; j = end) {
    const k0 = calls[j] as number
    first[k0] = k0
    let collided = false
    for (end = j + 1; end < m && hashes[end] === hashes[j]; end++) {
      const k = calls[end] as number
      if (!collided && late[k] === late[k0]) {
        first[k] = k0
        continue
      }
      if (!collided) {
        collided = true
        run.clear()
        run.set(late[k0] as string, k0)
      }
      const seen = run.get(late[k] as string)
      if (seen === undefined) run.set(late[k] as string, k)
      first[k] = seen ?? k
    }
  }
  for (let k = 0; k < late.length; k++) {
    const f = first[k] as number
    if (f === k) {
      codes[k] = values.length
      values.push(late[k] as string)
    } else if (f >= 0) codes[k] = codes[f] as number
  }
  return codes
}
