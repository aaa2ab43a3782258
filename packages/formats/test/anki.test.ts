import { questions as corpus } from '@quizbank/corpus'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fromAnki, toAnki } from '@quizbank/formats'
import { questions, setOf } from './helpers/arbitraries.js'
import { runTool } from './helpers/runTool.js'

// Python's csv module, an independent reader: skip Anki's "#" header lines, then read tab-separated records.
const READ_WITH_PYTHON = `
import csv, io, json, sys
def read(text):
    lines = text.split("\\n")
    body = 0
    while body < len(lines) and lines[body].startswith("#"):
        body += 1
    return {"headers": lines[:body], "rows": list(csv.reader(io.StringIO("\\n".join(lines[body:])), delimiter="\\t"))}
print(json.dumps([read(t) for t in json.load(sys.stdin)]))
`

/** All files in one Python run: starting Python once per file is slow. */
function readWithPython(texts: string[]): { headers: string[]; rows: string[][] }[] {
  const r = runTool('python3', ['-c', READ_WITH_PYTHON], JSON.stringify(texts))
  expect(r.stderr).toBe('')
  return JSON.parse(r.stdout) as { headers: string[]; rows: string[][] }[]
}

describe('toAnki', () => {
  test("Python's csv reads the same fields: GUID = id, deck, Front, Back, tags", () => {
    const samples = [corpus, ...fc.sample(questions(), { numRuns: 30 })]
    const read = readWithPython(samples.map((qs) => toAnki(setOf(qs), { deck: 'Deck' }).text))
    for (const [i, qs] of samples.entries()) {
      const { headers, rows } = read[i] ?? { headers: [], rows: [] }
      expect(headers).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#columns:GUID\tDeck\tFront\tBack\tTags', '#guid column:1', '#deck column:2', '#tags column:5'])
      expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual(qs.map((q) => [q.id, `Deck::${q.topic}`, q.tags.join(' ')]))
      expect(rows.every((r) => r.length === 5)).toBe(true)
    }
  })

  test('HTML fields: the characters Anki says to replace are entities, line breaks are <br>, choices a lettered list', () => {
    const { text, lost } = toAnki(
      setOf([{ id: 'set-a/q', prompt: 'a < b & "c"\nnext', choices: [{ text: 'x\ty', correct: false }, { text: '<b>', correct: true }], hints: ['h'], topic: 't', tags: ['k'], source: { set: 'set-a', lines: [1, 1], promptInferred: false } }]),
    )
    expect(text.split('\n')[7]).toBe('set-a/q\tSet A::t\t"a &lt; b &amp; &quot;c&quot;<br>next<ol type=""A""><li>x\ty</li><li>&lt;b&gt;</li></ol>"\t<p>Correct: B</p>\tk')
    expect(lost).toEqual([{ id: 'set-a/q', field: 'hints', reason: 'a Basic note has no hints field' }])
  })
})

describe('fromAnki', () => {
  test("every file header of Anki's manual is read", () => {
    const text = [
      '#separator:Semicolon',
      '#html:false',
      '#tags:shared extra',
      '#columns:Front;Back;Deck;Tags;Type;Id',
      '#notetype:Basic',
      '#deck:Fallback',
      '#deck column:3',
      '#tags column:4',
      '#notetype column:5',
      '#guid column:6',
      'What is 1<2?;"yes; it is";Top::Maths;own;Basic;set-a/one',
      'Second?;no;;;Basic;',
    ].join('\n')
    const r = fromAnki(text)
    expect(r.diagnostics).toEqual([])
    expect(r.title).toBe('Fallback')
    expect(r.questions.map(({ lines: _l, promptInferred: _p, ...q }) => q)).toEqual([
      { prompt: 'What is 1<2?', answer: 'yes; it is', id: 'set-a/one', topic: 'Maths', tags: ['shared', 'extra', 'own'] },
      { prompt: 'Second?', answer: 'no', topic: 'Fallback', tags: ['shared', 'extra'] },
    ])
  })

  test('problems are reported with their line: a bad separator, an unclosed quote, a note without a prompt', () => {
    const r = fromAnki('#separator:Dash\n\tonly back\n"open\tfield')
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'line 1: #separator: expected Comma, Semicolon, Tab, Space, Pipe, Colon or one character, received "Dash".',
      'line 3: a quoted field opened on line 3 is never closed (expected a closing ").',
      'line 2: a note without a first field (the prompt); skipped.',
    ])
  })
})
