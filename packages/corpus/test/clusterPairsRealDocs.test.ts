// The held-out near-duplicate pairs of real documents (a reviewed data file,
// scored by `npm run eval:clusters -- --real-docs`, which needs the documents
// outside the repo): checked here for shape and for naming real questions.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { questions } from '@quizbank/corpus'

type Ref = { id: string } | { doc: string; index: number }
interface Reading {
  label: 'duplicate' | 'distinct'
  kind: string
  reason: string
}
interface RealDocPairsFile {
  description: string
  pairs: (Reading & { a: Ref; b: Ref; firstReading?: Reading })[]
}
const file = JSON.parse(readFileSync(new URL('./clusterPairs.realDocs.json', import.meta.url), 'utf8')) as RealDocPairsFile
const ids = new Set(questions.map((q) => q.id))
const key = (ref: Ref) => ('id' in ref ? ref.id : `${ref.doc}#${ref.index}`)

describe('clusterPairs.realDocs.json', () => {
  test('every reading is a label with its kind and a short reason of its own', () => {
    expect(file.pairs.length).toBeGreaterThanOrEqual(150)
    for (const p of file.pairs) {
      for (const reading of [p, ...(p.firstReading === undefined ? [] : [p.firstReading])]) {
        expect(['duplicate', 'distinct']).toContain(reading.label)
        expect(reading.kind === 'duplicate', `${key(p.a)} | ${key(p.b)}`).toBe(reading.label === 'duplicate')
        expect(reading.reason.trim().length).toBeGreaterThan(0)
        // Reasons are the readers' words, not quotes of the documents.
        expect(reading.reason.length).toBeLessThanOrEqual(120)
      }
      if (p.firstReading !== undefined) expect(p.firstReading.label).not.toBe(p.label)
    }
  })

  test('names corpus questions by id and document questions by index only, no pair twice, no corpus-only pair', () => {
    const seen = new Set<string>()
    for (const p of file.pairs) {
      for (const ref of [p.a, p.b]) {
        if ('id' in ref) expect(ids.has(ref.id), ref.id).toBe(true)
        else {
          expect(Object.keys(ref).sort()).toEqual(['doc', 'index'])
          expect(Number.isInteger(ref.index) && ref.index >= 0).toBe(true)
        }
      }
      expect('id' in p.a && 'id' in p.b).toBe(false)
      const pair = [key(p.a), key(p.b)].sort().join(' | ')
      expect(seen.has(pair), pair).toBe(false)
      seen.add(pair)
    }
  })
})
