import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Question } from '@quizbank/core'
import { questions as corpus } from '@quizbank/corpus'
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, test } from 'vitest'
import { fromAnki } from '@quizbank/formats'
import { toApkg } from '@quizbank/formats/apkg'
import { bundleForBrowser } from '../../../test/helpers/bundleForBrowser.js'
import { questions, setOf } from './helpers/arbitraries.js'
import { runTool } from './helpers/runTool.js'

interface MnemosyneCard {
  tags: string[]
  question: string
  answer: string
}
interface MnemosyneCollection {
  cards: number
  facts: { id: string; fields: Record<string, string>; cards: MnemosyneCard[] }[]
}

const scratch = mkdtempSync(join(tmpdir(), 'quizbank-apkg-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const DATE = new Date('2026-01-02T03:04:05Z')

function write(name: string, bytes: Uint8Array): string {
  const path = join(scratch, name)
  writeFileSync(path, bytes)
  return path
}

/**
 * Import with Debian's Mnemosyne (its own reader of Anki collections and
 * renderer of Anki templates): each list of files goes into one fresh
 * collection, in order. One Python process for all lists.
 */
function importWithMnemosyne(lists: string[][]): MnemosyneCollection[] {
  const r = runTool('/usr/bin/python3', [new URL('./helpers/mnemosyneImport.py', import.meta.url).pathname, ...lists.map((l) => JSON.stringify(l))], undefined, {
    // Mnemosyne loads Qt modules: no display here.
    QT_QPA_PLATFORM: 'offscreen',
  })
  expect(r.code, r.stderr.slice(-2000)).toBe(0)
  return JSON.parse(r.stdout) as MnemosyneCollection[]
}

/** The plain text of a field, decoded independently of the writer: Anki's text importer's reading (`fromAnki`, `#html:true`). */
function plain(html: string): string {
  return fromAnki(`#html:true\n#separator:tab\n"${html.replaceAll('"', '""')}"`).questions[0]?.prompt ?? ''
}

describe('toApkg: Mnemosyne imports the package', () => {
  const samples: { deck: string; questions: Question[] }[] = [
    { deck: 'Django', questions: [...corpus] },
    ...fc.sample(questions({ lines: true }, 12), { numRuns: 4 }).map((qs) => ({ deck: 'Set A', questions: qs })),
  ]

  test('every question as one note with one card, in deck <deck>::<topic>, with its tags, fields and rendered sides', async () => {
    const paths: string[][] = []
    const exports = []
    for (const [i, { deck, questions: qs }] of samples.entries()) {
      const result = await toApkg(i === 0 ? qs : setOf(qs), { deck, date: DATE })
      exports.push(result)
      paths.push([write(`sample-${i}.apkg`, result.bytes)])
    }
    const collections = importWithMnemosyne(paths)
    for (const [i, { deck, questions: qs }] of samples.entries()) {
      const collection = collections[i] as MnemosyneCollection
      const { exported, notExported } = exports[i] as Awaited<ReturnType<typeof toApkg>>
      expect(notExported).toEqual([])
      expect(exported).toBe(qs.length)
      expect(collection.cards).toBe(qs.length)
      const byId = new Map(collection.facts.map((f) => [f.id, f]))
      expect([...byId.keys()].sort()).toEqual(qs.map((q) => q.id).sort())
      for (const q of qs) {
        const fact = byId.get(q.id)!
        expect(fact.cards).toHaveLength(1)
        const card = fact.cards[0] as MnemosyneCard
        // Mnemosyne turns the deck into a tag, next to the note's own tags.
        expect(card.tags, q.id).toEqual([...q.tags, `${deck}::${q.topic}`].sort())
        if (q.choices === undefined) {
          expect(plain(fact.fields['0'] ?? ''), q.id).toBe(q.prompt)
          expect(plain(fact.fields['1'] ?? ''), q.id).toBe(q.answer ?? '')
        } else {
          expect(fact.fields['0'], q.id).toContain(`<ol type="A">`)
          expect(fact.fields['1'], q.id).toMatch(/^<p>Correct: [A-Z](, [A-Z])*<\/p>/)
        }
        expect(plain(fact.fields['2'] ?? ''), q.id).toBe((q.hints ?? []).join('\n'))
        expect(fact.fields['3'] ?? '', q.id).toBe(q.difficulty?.level ?? '') // Mnemosyne keeps no empty field
        // The templates render: hints behind a link on the front, the back below the front. (Mnemosyne
        // wraps every field in a styled span before rendering, so a `{{#Hints}}` section shows even for
        // an empty field there; Anki skips it. Only what is present is checked.)
        expect(card.question, q.id).toContain(fact.fields['0'] ?? '')
        if (q.hints !== undefined) expect(card.question, q.id).toContain(`Show Hints</a>`)
        if (q.hints !== undefined) expect(card.question, q.id).toContain(fact.fields['2'] ?? '')
        // Mnemosyne shows the front apart, so its answer side is what follows Anki's <hr id=answer>.
        expect(card.answer, q.id).toContain(fact.fields['1'] ?? '')
        if (q.difficulty !== undefined) expect(card.answer, q.id).toContain(q.difficulty.level)
      }
    }
  })

  test('importing a later export updates the notes (the question id is the GUID): no duplicates', async () => {
    const qs = corpus.slice(0, 5)
    const first = write('first.apkg', (await toApkg(qs, { date: DATE })).bytes)
    const edited = qs.map((q, i) => (i === 0 ? { ...q, prompt: `${q.prompt} (edited)` } : q))
    const second = write('second.apkg', (await toApkg(edited, { date: new Date('2026-02-01T00:00:00Z') })).bytes)
    const [collection] = importWithMnemosyne([[first, second]])
    expect(collection?.cards).toBe(5)
    expect(collection?.facts.map((f) => plain(f.fields['0'] ?? '')).sort()).toEqual(edited.map((q) => q.prompt).sort())
  })
})

describe('toApkg', () => {
  test('the same questions and date give the same bytes', async () => {
    const a = await toApkg(corpus.slice(0, 20), { date: DATE })
    const b = await toApkg(corpus.slice(0, 20), { date: DATE })
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true)
    expect(Object.keys(unzipSync(a.bytes)).sort()).toEqual(['collection.anki2', 'media'])
    expect(strFromU8(unzipSync(a.bytes).media as Uint8Array)).toBe('{}')
  })

  test('what the package cannot hold is reported: too many choices, a repeated id, the field separator', async () => {
    const base = corpus[0] as Question
    const many = { ...base, id: 'set-a/many', choices: Array.from({ length: 27 }, (_, i) => ({ text: `c${i}`, correct: i === 0 })) }
    const separator = { ...base, id: 'set-a/sep', prompt: 'a\x1fb' }
    const r = await toApkg([base, many, base, separator], { date: DATE })
    expect(r.exported).toBe(2)
    expect(r.notExported.map((n) => n.id)).toEqual(['set-a/many', base.id])
    expect(r.notExported[1]?.reason).toMatch(/second question with this id/)
    expect(r.lost).toEqual([{ id: 'set-a/sep', field: 'text', reason: 'the unit separator (U+001F) separates Anki fields: replaced by U+FFFD' }])
  })

  test('a browser bundle of @quizbank/formats/apkg builds with no Node built-ins', async () => {
    const { nodeInputs, inputs } = await bundleForBrowser("import { toApkg } from '@quizbank/formats/apkg'; console.log(toApkg)", import.meta.url)
    expect(nodeInputs).toEqual([])
    expect(inputs.some((path) => path.includes('sql.js'))).toBe(true)
  })
})
