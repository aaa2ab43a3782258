import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { questions as corpus } from '@quizbank/corpus'
import fc from 'fast-check'
import { afterAll, describe, expect, test } from 'vitest'
import { fromMoodleXml, toMoodleXml } from '@quizbank/formats'
import { questions, setOf } from './helpers/arbitraries.js'
import { runTool } from './helpers/runTool.js'

const out = mkdtempSync(join(tmpdir(), 'quizbank-moodle-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('toMoodleXml', () => {
  test('the corpus and random sets are well-formed XML (xmllint)', () => {
    const files = [toMoodleXml(corpus).text, ...fc.sample(questions(), { numRuns: 20 }).map((qs) => toMoodleXml(setOf(qs)).text)].map((text, i) => {
      const path = join(out, `q${i}.xml`)
      writeFileSync(path, text)
      return path
    })
    const r = runTool('xmllint', ['--noout', ...files])
    expect([r.code, r.stderr]).toEqual([0, ''])
  })

  test('the structure Moodle documents: category, multichoice with fractions, essay, tags, hints', () => {
    const { text } = toMoodleXml(
      setOf([
        { id: 'set-a/one', prompt: 'Which?', choices: [{ text: 'x', correct: false }, { text: 'y', correct: true }], hints: ['look'], topic: 'orm', tags: ['qs'], source: { set: 'set-a', lines: [1, 1], promptInferred: false } },
        { id: 'set-a/two', prompt: 'Explain.', answer: 'Because.', topic: 'orm', tags: [], source: { set: 'set-a', lines: [1, 1], promptInferred: false } },
      ]),
    )
    expect(text).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <quiz>
        <question type="category">
          <category><text>$course$/top/set-a/orm</text></category>
        </question>
        <question type="multichoice">
          <name><text>set-a/one</text></name>
          <questiontext format="markdown"><text>Which?</text></questiontext>
          <generalfeedback format="markdown"><text></text></generalfeedback>
          <defaultgrade>1</defaultgrade>
          <penalty>0</penalty>
          <hidden>0</hidden>
          <idnumber>set-a/one</idnumber>
          <single>true</single>
          <shuffleanswers>true</shuffleanswers>
          <answernumbering>abc</answernumbering>
          <answer fraction="0" format="markdown"><text>x</text><feedback format="markdown"><text></text></feedback></answer>
          <answer fraction="100" format="markdown"><text>y</text><feedback format="markdown"><text></text></feedback></answer>
          <hint format="markdown"><text>look</text></hint>
          <tags><tag><text>qs</text></tag></tags>
        </question>
        <question type="essay">
          <name><text>set-a/two</text></name>
          <questiontext format="markdown"><text>Explain.</text></questiontext>
          <generalfeedback format="markdown"><text>Because.</text></generalfeedback>
          <defaultgrade>1</defaultgrade>
          <penalty>0</penalty>
          <hidden>0</hidden>
          <idnumber>set-a/two</idnumber>
          <responseformat>editor</responseformat>
          <responserequired>1</responserequired>
          <responsefieldlines>10</responsefieldlines>
          <attachments>0</attachments>
        </question>
      </quiz>
      "
    `)
  })
})

describe('fromMoodleXml', () => {
  test('types quizbank cannot hold are errors; malformed XML is one error with its line', () => {
    const xml = '<?xml version="1.0"?>\n<quiz>\n<question type="matching"><name><text>m</text></name><questiontext><text>Match</text></questiontext></question>\n<question type="truefalse"><name><text>t</text></name><questiontext format="html"><text>Sky is blue</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>\n</quiz>'
    const r = fromMoodleXml(xml)
    expect(r.questions.map((q) => [q.prompt, q.choices])).toEqual([['Sky is blue', [{ text: 'True', correct: true }, { text: 'False', correct: false }]]])
    expect(r.diagnostics).toEqual([{ severity: 'error', message: 'question 1 ("m"): Moodle question type "matching" cannot be held by quizbank (expected multichoice, truefalse, essay or shortanswer); skipped.' }])
    expect(fromMoodleXml('<quiz>\n<question>\n</quiz>').diagnostics[0]).toMatchObject({ severity: 'error', line: 3 })
  })
})
