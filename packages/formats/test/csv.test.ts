import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { CSV_COLUMNS, fromCsv, toCsv } from '@quizbank/formats'
import { questions, setOf } from './helpers/arbitraries.js'
import { runTool } from './helpers/runTool.js'

// All files in one Python run (a JSON list of texts in, a list of row lists out): starting Python per file is slow.
const READ_WITH_PYTHON = 'import csv, io, json, sys\nprint(json.dumps([list(csv.reader(io.StringIO(t, newline=""))) for t in json.load(sys.stdin)]))'

describe('toCsv', () => {
  test("RFC 4180: Python's csv reads the same cells (quotes, commas, line breaks inside fields)", () => {
    const samples = fc.sample(questions(), { numRuns: 30 })
    const r = runTool('python3', ['-c', READ_WITH_PYTHON], JSON.stringify(samples.map((qs) => toCsv(setOf(qs)).text)))
    const files = JSON.parse(r.stdout) as string[][][]
    for (const [i, qs] of samples.entries()) {
      const rows = files[i] ?? []
      expect(rows[0]).toEqual([...CSV_COLUMNS])
      expect(rows.slice(1).map((row) => [row[0], row[4], row[5]])).toEqual(qs.map((q) => [q.id, q.prompt, q.answer ?? '']))
    }
  })

  test('quoting and the documented columns', () => {
    const { text } = toCsv(setOf([{ id: 'set-a/q', prompt: 'Say "hi", then\nleave', choices: [{ text: 'a', correct: false }, { text: 'b', correct: true }], hints: ['one', 'two'], topic: 't', tags: ['x', 'y'], difficulty: { level: 'beginner', origin: 'rule' }, source: { set: 'set-a', lines: [1, 1], promptInferred: false } }]))
    expect(text).toBe('id,topic,tags,difficulty,prompt,answer,hints,choices,correct\r\nset-a/q,t,x y,beginner,"Say ""hi"", then\nleave",,"one\ntwo","a\nb",2\r\n')
  })
})

describe('fromCsv', () => {
  test('columns by name in any order; unknown columns and bad cells are reported with their line', () => {
    const r = fromCsv('answer,prompt,colour,correct,choices\r\nYes.,Really?,red,,\r\n,Pick,,3,"a\nb"\r\n,,,,\r\n')
    expect(r.questions.map((q) => [q.prompt, q.answer])).toEqual([['Really?', 'Yes.']])
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'line 1: unknown column "colour" ignored (columns: id, topic, tags, difficulty, prompt, answer, hints, choices, correct).',
      'line 3: "correct" must name the right choices by number, 1 to 2 (received "3"); skipped.',
      'line 5: a row without a prompt; skipped.',
    ])
  })
})
