// Postings travel as base64 text of LEB128 varints of the gaps between
// document numbers (small for frequent terms, which dominate the count):
// about 1.3 bytes per posting before base64, against 5-8 as JSON numbers.
// `btoa`/`atob` exist in browsers and in Node 16+, so no Buffer is needed.

/**
 * Encode ascending runs (one per term, as delimited by `offsets`) of
 * `values` as base64 varint gaps, restarting the gap at each run.
 *
 * @example
 *   encodeRuns(new Uint32Array([0, 2, 3]), new Uint32Array([3, 4, 9])) // 'AwEJ' (gaps 3, 1 | 9)
 */
export function encodeRuns(offsets: Uint32Array, values: Uint32Array): string {
  const bytes = new Uint8Array(values.length * 5)
  let at = 0
  for (let t = 0; t + 1 < offsets.length; t++) {
    let previous = 0
    for (let k = offsets[t] as number; k < (offsets[t + 1] as number); k++) {
      let gap = (values[k] as number) - previous
      previous = values[k] as number
      while (gap >= 0x80) {
        bytes[at++] = (gap & 0x7f) | 0x80
        gap >>>= 7
      }
      bytes[at++] = gap
    }
  }
  return toBase64(bytes.subarray(0, at))
}

/**
 * Inverse of {@link encodeRuns}, for data that may be truncated or tampered
 * with: `count` is the number of values, every value must be below `limit`,
 * each run strictly ascending, each varint at most 5 bytes, and the bytes
 * must end exactly with the last value. Anything else calls `fail` with what
 * is wrong (it must throw), so a bad input can neither loop nor yield
 * postings that point past the corpus.
 *
 * @example
 *   decodeRuns(new Uint32Array([0, 2, 3]), 'AwEJ', 3, 10, (why) => { throw new Error(why) }) // Uint32Array [3, 4, 9]
 */
export function decodeRuns(offsets: Uint32Array, text: string, count: number, limit: number, fail: (why: string) => never): Uint32Array {
  const bytes = fromBase64(text, fail)
  const values = new Uint32Array(count)
  let at = 0
  for (let t = 0; t + 1 < offsets.length; t++) {
    let previous = -1
    for (let k = offsets[t] as number; k < (offsets[t + 1] as number); k++) {
      let gap = 0
      let shift = 0
      for (;;) {
        if (at >= bytes.length) fail(`it ends inside posting ${k} of ${count} (term ${t}): the data is truncated`)
        const byte = bytes[at++] as number
        gap += (byte & 0x7f) * 2 ** shift
        if (byte < 0x80) break
        shift += 7
        if (shift > 28) fail(`posting ${k} (term ${t}) is a number longer than 5 bytes`)
      }
      // The first gap of a run is the document itself (may be 0); later gaps are ≥ 1.
      const value = previous < 0 ? gap : previous + gap
      if (previous >= 0 && gap === 0) fail(`term ${t} lists document ${value} twice`)
      if (value >= limit) fail(`posting ${k} (term ${t}) points to document ${value}, past the last one (${limit - 1})`)
      values[k] = value
      previous = value
    }
  }
  if (at !== bytes.length) fail(`${bytes.length - at} bytes are left over after the ${count} postings the counts announce`)
  return values
}

/** Bytes to base64, in chunks (String.fromCharCode has an argument-count limit). */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Base64 to bytes; `fail` is called (and must throw) when `text` is not base64. */
export function fromBase64(text: string, fail: (why: string) => never): Uint8Array {
  let binary: string
  try {
    binary = atob(text)
  } catch {
    // atob throws a DOMException (InvalidCharacterError), which names neither the field nor the cause.
    return fail('it is not base64 text')
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
