import { createRequire } from 'node:module'
import { sets } from '@quizbank/corpus'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fromJson, toJson } from '@quizbank/formats'
import { questions, setOf } from './helpers/arbitraries.js'
import { runTool } from './helpers/runTool.js'

const SCHEMA = createRequire(import.meta.url).resolve('@quizbank/core/schema/question-set.json')

// Python's jsonschema (Debian: python3-jsonschema), an independent validator of the shipped JSON Schema; one run for all files.
const VALIDATE = `
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
validator = Draft202012Validator(schema)
print(json.dumps([[e.message for e in validator.iter_errors(json.loads(t))][:3] for t in json.load(sys.stdin)]))
`

describe('toJson', () => {
  test('every corpus set and random sets validate against the shipped JSON Schema (python3 jsonschema)', () => {
    const texts = [...sets.map((s) => toJson(s).text), ...fc.sample(questions(), { numRuns: 30 }).map((qs) => toJson(setOf(qs)).text)]
    const r = runTool('python3', ['-c', VALIDATE, SCHEMA], JSON.stringify(texts))
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual(texts.map(() => []))
  })

  test('the schema check can fail: a set without a title is rejected', () => {
    const broken = JSON.parse(toJson(sets[0]!).text) as Record<string, unknown>
    delete broken['title']
    const r = runTool('python3', ['-c', VALIDATE, SCHEMA], JSON.stringify([JSON.stringify(broken)]))
    expect((JSON.parse(r.stdout) as string[][])[0]).toEqual(["'title' is a required property"])
  })
})

describe('fromJson', () => {
  test('an invalid set is reported field by field, never thrown', () => {
    expect(fromJson('{').diagnostics[0]?.message).toMatch(/^not valid JSON \(/)
    const r = fromJson(JSON.stringify({ ...setOf([]), id: 'Bad Id' }), { file: 'set.json' })
    expect(r.questions).toEqual([])
    expect(r.diagnostics).toEqual([{ severity: 'error', message: 'set.json: field "id": expected a kebab-case set id, received "Bad Id".' }])
  })
})
