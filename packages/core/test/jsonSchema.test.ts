import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { toJsonSchemas } from '@quizbank/core/schema'

test.each(Object.entries(toJsonSchemas()))('committed schema/%s matches the zod schemas (run `npm run schema:write`)', (file, schema) => {
  const committed = JSON.parse(readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8'))
  expect(committed).toEqual(JSON.parse(JSON.stringify(schema)))
})

test('the question-set schema forbids unknown fields and names the topics', () => {
  const schema = toJsonSchemas()['question-set.json'] as { $defs: Record<string, { additionalProperties?: boolean; properties?: Record<string, { enum?: string[] }> }> }
  expect(schema.$defs['QuestionSet']?.additionalProperties).toBe(false)
  expect(schema.$defs['Question']?.properties?.['topic']?.enum).toContain('orm')
})
