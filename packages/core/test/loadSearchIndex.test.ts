import { beforeAll, describe, expect, test } from 'vitest'
import { runIsolated } from '../../../scripts/pathological/runIsolated.js'

// A tampered or truncated serialised search index must be refused with
// INVALID_DATA naming the field: never a hang, a TypeError, a DOMException,
// or an index that answers with wrong totals. Several variants made the old
// decoder loop forever, so they are loaded in a child process with a hard
// time limit (probes/tamperSearchIndex.ts), and the tests read its report.
let outcomes: Record<string, string> = {}

beforeAll(() => {
  const run = runIsolated(`${import.meta.dirname}/probes/tamperSearchIndex.ts#probe`, 0, { limitMs: 20_000 })
  if (run.status !== 'ok') throw new Error(`the probe did not finish: ${run.status}, ${run.outcome}`)
  outcomes = JSON.parse(run.outcome) as Record<string, string>
}, 30_000)

const refused = (variant: string) => {
  const outcome = outcomes[variant] ?? 'missing'
  expect(outcome.startsWith('INVALID_DATA: loadSearchIndex: '), outcome).toBe(true)
  expect(outcome.length).toBeLessThan(400)
  return outcome
}

describe('loadSearchIndex checks what it decodes', () => {
  test('an intact index loads and searches like the original', () => {
    expect(outcomes.intact).toBe('loaded: 40 hits for "caching"')
  })

  test('a truncated docs string (it looped forever)', () => {
    expect(refused('truncated')).toMatch(/field "docs" .*: it ends inside posting \d+ of \d+ .*truncated/)
  })

  test('a posting past the last question (the "total 230, 0 hits" case)', () => {
    expect(refused('pastEnd')).toMatchInlineSnapshot(`"INVALID_DATA: loadSearchIndex: field "docs" of the serialised search index is damaged: posting 274 (term 50) points to document 230, past the last one (39). Rebuild it with serializeSearchIndex(createSearchIndex(index))."`)
  })

  test('a document listed twice in one term, bytes left over, an endless varint', () => {
    expect(refused('twice')).toMatch(/lists document \d+ twice/)
    expect(refused('leftOver')).toMatch(/1 bytes are left over/)
    expect(refused('endlessVarint')).toMatch(/longer than 5 bytes/)
  })

  test('text that is not base64 (atob threw a DOMException)', () => {
    expect(refused('docsNotBase64')).toMatch(/field "docs" .*not base64/)
    expect(refused('impactsNotBase64')).toMatch(/field "impacts" .*not base64/)
  })

  test('an unsorted dictionary (searches silently missed words)', () => {
    expect(refused('unsorted')).toMatch(/field "terms" .*does not sort after term 0/)
    expect(refused('notAWord')).toMatch(/field "terms" .*is 42, not a word/)
  })

  test('counts that are not 1..docCount, or disagree with the impacts', () => {
    expect(refused('countZero')).toMatch(/field "counts" .*the count of term 0 is 0/)
    expect(refused('countHuge')).toMatch(/expected an integer from 1 to 40/)
    expect(refused('countText')).toMatch(/the count of term 0 is "x"/)
    expect(refused('countPlusOne')).toMatch(/field "impacts" .*holds \d+ entries, the counts say \d+/)
  })

  test('an impact of 0 (it hid matches from the totals)', () => {
    expect(refused('impactZero')).toMatch(/field "impacts" .*posting 0 has impact 0/)
  })

  test('settings a built index could not have', () => {
    expect(refused('badK1')).toBe('INVALID_DATA: loadSearchIndex: setting "k1": expected a number > 0, received -1.')
    expect(refused('badStopWords')).toMatch(/setting "stopWords": expected an array of words/)
    expect(refused('nullSettings')).toMatch(/expected the output of serializeSearchIndex/)
  })
})
