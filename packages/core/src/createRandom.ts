import { QuizbankError, describeValue } from './errors.js'

/** A seed: any string, or a finite number (hashed as its decimal string, so `42` and `'42'` are the same seed). */
export type Seed = string | number

/** A seeded stream of pseudo-random numbers. */
export interface Random {
  /** The next 32-bit unsigned integer, `0 ≤ x < 2³²`. */
  uint32(): number
  /** The next float, `0 ≤ x < 1`, with 32 bits of precision. */
  float(): number
  /** An unbiased integer, `0 ≤ x < bound`; `bound` is an integer from 1 to 2³². */
  int(bound: number): number
}

const TWO_32 = 4_294_967_296

/**
 * A reproducible random stream. Part of the reproducibility contract: the
 * algorithm never changes within a major version.
 *
 * Algorithm (both by bryc, https://github.com/bryc/code/blob/master/jshash/PRNGs.md):
 * the seed (numbers via `String(seed)`) is hashed with **cyrb128** over its
 * UTF-16 code units into four 32-bit words, which are the state `a, b, c, d`
 * of **sfc32** (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-clean).
 * `int(bound)` uses rejection sampling, so it is unbiased and uses only
 * 32-bit integer arithmetic: the same outputs on every engine. Never uses `Math.random`.
 *
 * @example
 *   const random = createRandom('quizbank')
 *   random.uint32() // 1769452670, pinned in test/createRandom.test.ts
 *   random.int(6) + 1 // a die roll
 */
export function createRandom(seed: Seed): Random {
  const generator = new Sfc32(seed)
  // Closures, so `random.float` can be passed around on its own.
  return { uint32: () => generator.uint32(), float: () => generator.float(), int: (bound) => generator.int(bound) }
}

/**
 * The generator behind {@link createRandom}, as a class: the dealer creates
 * one per draw, and methods on a prototype cost no allocation per instance.
 */
export class Sfc32 implements Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: Seed) {
    ;[this.a, this.b, this.c, this.d] = cyrb128(seedToString(seed))
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    const c = (this.c << 21) | (this.c >>> 11)
    this.c = (c + t) | 0
    return t >>> 0
  }

  float(): number {
    return this.uint32() / TWO_32
  }

  int(bound: number): number {
    if (!Number.isInteger(bound) || bound < 1 || bound > TWO_32) {
      throw new QuizbankError('INVALID_OPTION', `random.int: expected an integer bound from 1 to 2^32, received ${describeValue(bound)}.`, { option: 'bound' })
    }
    // Reject the top sliver of the 32-bit range that a modulo would bias.
    const limit = TWO_32 - (TWO_32 % bound)
    for (;;) {
      const x = this.uint32()
      if (x < limit) return x % bound
    }
  }
}

/** Check a seed and turn it into the string that is hashed. */
export function seedToString(seed: unknown, caller = 'createRandom'): string {
  if (typeof seed === 'string') return seed
  if (typeof seed === 'number' && Number.isFinite(seed)) return String(seed)
  throw new QuizbankError(
    'INVALID_OPTION',
    `${caller}: option "seed": expected a string or a finite number, received ${describeValue(seed)}. ` +
      `A seed makes the draw reproducible; pass e.g. { seed: 'daily-2026-11-21' }, or { seed: Date.now() } for a fresh draw each time.`,
    { option: 'seed' },
  )
}

/**
 * cyrb128 (bryc): a fast 128-bit non-cryptographic string hash, used only to
 * spread a seed over the PRNG state.
 */
export function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]
}
