import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DEFAULT_FC_SEED, fastCheckSeed } from './fastCheckSeed.js'

describe('the fast-check seed of the suite', () => {
  test('fixed by default, overridable, and refused when malformed', () => {
    expect(fastCheckSeed({})).toBe(DEFAULT_FC_SEED)
    expect(fastCheckSeed({ QUIZBANK_FC_SEED: '42' })).toBe(42)
    expect(() => fastCheckSeed({ QUIZBANK_FC_SEED: 'abc' })).toThrow(/32-bit integer/)
  })

  test('the setup file configured fast-check with it', () => {
    expect(fc.readConfigureGlobal().seed).toBe(fastCheckSeed(process.env))
  })

  test('the same seed draws the same values (so a fresh clone repeats CI)', () => {
    const draw = () => fc.sample(fc.integer(), { numRuns: 5, seed: fc.readConfigureGlobal().seed as number })
    expect(draw()).toEqual(draw())
  })
})
