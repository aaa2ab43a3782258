/** Postings per block of {@link blockMaxima}, as a shift: 64. */
export const BLOCK_SHIFT = 6

/**
 * The highest impact in each run of 64 postings of the whole postings array
 * (blocks ignore term boundaries: a block's maximum is still an upper bound
 * for the part of it a term owns). One byte per 64 postings — 0.3% of the
 * index — derived from the impacts, so it is never serialised.
 *
 * @example
 *   blockMaxima(new Uint8Array([3, 9, 4])) // Uint8Array [9]
 */
export function blockMaxima(impacts: Uint8Array): Uint8Array {
  const out = new Uint8Array((impacts.length + (1 << BLOCK_SHIFT) - 1) >>> BLOCK_SHIFT)
  for (let k = 0; k < impacts.length; k++) {
    const b = k >>> BLOCK_SHIFT
    if ((impacts[k] as number) > (out[b] as number)) out[b] = impacts[k] as number
  }
  return out
}

/**
 * The highest impact of each term's postings (one byte per term): once the
 * worst kept hit beats it, the rest of a long posting list can be left unread.
 *
 * @example
 *   termMaxima(new Uint32Array([0, 2, 3]), new Uint8Array([3, 9, 4])) // Uint8Array [9, 4]
 */
export function termMaxima(offsets: Uint32Array, impacts: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.max(0, offsets.length - 1))
  for (let t = 0; t < out.length; t++) {
    let max = 0
    for (let k = offsets[t] as number; k < (offsets[t + 1] as number); k++) if ((impacts[k] as number) > max) max = impacts[k] as number
    out[t] = max
  }
  return out
}
