import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { questions as corpus } from '@quizbank/corpus'
import fc from 'fast-check'
import { afterAll, describe, expect, test } from 'vitest'
import { qtiIdentifier, toQti, type QtiExport } from '@quizbank/formats'
import { questions, setOf } from './helpers/arbitraries.js'
import { runTool } from './helpers/runTool.js'

// The official IMS QTI 2.1 XSD, vendored unmodified (its notice allows that) from ../shared/qti-v2p1-xsd.
const XSD = fileURLToPath(new URL('./fixtures/qti-v2p1-xsd/qtiv2p1/imsqti_v2p1.xsd', import.meta.url))
const out = mkdtempSync(join(tmpdir(), 'quizbank-qti-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

function write(pkg: QtiExport, name: string): string[] {
  const paths = pkg.files.map((f) => {
    const path = join(out, name, f.path)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, f.text)
    return path
  })
  return paths
}

describe('toQti', () => {
  test('every corpus item validates against the official QTI 2.1 XSD (xmllint --schema); the manifest is well-formed', () => {
    const pkg = toQti(corpus)
    const [manifest, ...items] = write(pkg, 'corpus')
    expect(items).toHaveLength(corpus.length)
    const r = runTool('xmllint', ['--noout', '--schema', XSD, ...items])
    expect(r.stderr.split('\n').filter((l) => l !== '' && !l.endsWith(' validates'))).toEqual([])
    expect(r.code).toBe(0)
    expect(runTool('xmllint', ['--noout', manifest as string]).code).toBe(0)
  })

  test('random items (single and multiple choice, open, every special character) validate against the XSD', () => {
    const samples = fc.sample(questions({}, 8), { numRuns: 25 })
    const all = samples.flatMap((qs, i) => write(toQti(setOf(qs.map((q) => ({ ...q, id: `set-a/r${i}-${q.id.slice(6)}` })))), `random-${i}`).slice(1))
    const r = runTool('xmllint', ['--noout', '--schema', XSD, ...all])
    expect(r.stderr.split('\n').filter((l) => l !== '' && !l.endsWith(' validates'))).toEqual([])
    expect(r.code).toBe(0)
  })

  test('the XSD check can fail: an item without its responseDeclaration is rejected', () => {
    const pkg = toQti(corpus.slice(0, 1))
    const item = pkg.files[1]?.text.replace(/<responseDeclaration[^>]*\/>/, '') ?? ''
    const path = join(out, 'broken.xml')
    writeFileSync(path, item.replace('<itemBody>', '<itemBody><bogus/>'))
    expect(runTool('xmllint', ['--noout', '--schema', XSD, path]).code).not.toBe(0)
  })

  test('a multiple-choice item: correct responses, cardinality, choices in order; lost parts reported', () => {
    const pkg = toQti(
      setOf([
        {
          id: 'set-a/pick',
          prompt: 'Pick <two> & more',
          choices: [{ text: 'a', correct: true }, { text: 'b', correct: false }, { text: 'c', correct: true }],
          hints: ['h'],
          topic: 'orm',
          tags: ['x'],
          source: { set: 'set-a', lines: [1, 1], promptInferred: false },
        },
      ]),
    )
    expect(pkg.files.map((f) => f.path)).toEqual(['imsmanifest.xml', 'items/set-a.pick.xml'])
    const item = pkg.files[1]?.text ?? ''
    expect(item).toContain('<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">')
    expect(item).toContain('<correctResponse><value>CHOICE_1</value><value>CHOICE_3</value></correctResponse>')
    expect(item).toContain('<prompt>Pick &lt;two&gt; &amp; more</prompt>')
    expect(pkg.files[0]?.text).toContain('<resource identifier="RES-set-a.pick" type="imsqti_item_xmlv2p1" href="items/set-a.pick.xml"><file href="items/set-a.pick.xml"/></resource>')
    expect(pkg.lost.map((l) => l.field)).toEqual(['hints', 'topic', 'tags'])
  })

  test('qtiIdentifier makes an NCName of any question id', () => {
    expect([qtiIdentifier('acme/what-is-orm'), qtiIdentifier('2024-set/q')]).toEqual(['acme.what-is-orm', 'Q-2024-set.q'])
  })
})
