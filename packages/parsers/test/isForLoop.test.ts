import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { runIsolated } from '../../../scripts/pathological/runIsolated.js'
import { isCodeLine, isForLoop } from '../src/formats/headless/lineShapes.js'

// `for .* in .*:$` inside the code-opener regex backtracked quadratically
// on a long line without the colon (recheck's attack: 'for f' + ' in g' × n).
// isForLoop decides the same language in one pass.
const QUADRATIC_REFERENCE = /^for .* in .*:$/ // the old pattern, only ever run on short strings here

describe('isForLoop', () => {
  test('recognises loop headers and nothing else', () => {
    expect(isForLoop('for post in posts:')).toBe(true)
    expect(isForLoop('for  in :')).toBe(true)
    expect(isForLoop('for a while, nothing in the logs')).toBe(false)
    expect(isForLoop('for x in:')).toBe(false)
    expect(isForLoop('for x in y:\nz')).toBe(false)
    expect(isCodeLine('for item in items:')).toBe(true)
  })

  test('agrees with the old regex on arbitrary short lines', () => {
    const piece = fc.constantFrom('for', ' ', 'in', ' in ', ':', 'x', '\n', '\u2028', 'f')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (line) => {
        expect(isForLoop(line)).toBe(QUADRATIC_REFERENCE.test(line))
      }),
      { numRuns: 2_000 },
    )
  })

  test(
    "a 1,000,000-character 'for f in g in g …' line is classified in linear time",
    () => {
      const run = runIsolated('isCodeLine-for-in', 1_000_000, { limitMs: 15_000 })
      expect(run.status, run.outcome).toBe('ok')
      expect(run.outcome).toBe('not code')
    },
    30_000,
  )
})
