import { describe, expect, test } from 'vitest'
import { checkRegexes } from './checkRegexes.js'
import { findRegexes, findRegexesInFiles } from './findRegexes.js'

describe('the static ReDoS check', () => {
  test('finds regex literals and literal RegExp calls, not regex-like text in comments or strings', () => {
    const source = ["// /not(a)+regex/", "const a = /^a+$/u", "const b = new RegExp('x*y', 'g')", "const c = RegExp(`z`)", "const d = '/nope/'", 'const e = new RegExp(name)'].join('\n')
    const { found, dynamic } = findRegexes(source, 'x.ts')
    expect(found).toEqual([
      { at: 'x.ts:2', source: '^a+$', flags: 'u' },
      { at: 'x.ts:3', source: 'x*y', flags: 'g' },
      { at: 'x.ts:4', source: 'z', flags: '' },
    ])
    expect(dynamic).toEqual([{ at: 'x.ts:6', code: 'new RegExp(name)' }])
  })

  test(
    'recheck flags the quadratic `for .* in .*:$` and passes the headless line shapes as they are now',
    async () => {
      const [old] = await checkRegexes([{ at: 'old', source: '^(?:if .*:$|for .* in .*:$)', flags: '' }])
      expect(old?.status).toBe('vulnerable')
      const current = await checkRegexes(findRegexesInFiles(['packages/parsers/src/formats/headless/lineShapes.ts']).found)
      expect(current.filter((r) => r.status !== 'safe')).toEqual([])
    },
    60_000,
  )
})
