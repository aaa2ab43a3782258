import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { toJsonSchemas } from '@quizbank/core/schema'

test.each(Object.entries(toJsonSchemas()))('committed schema/%s matches the zod schemas (run `npm run schema:write`)', (file, schema) => {
  const committed = JSON.parse(readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8'))
  expect(committed).toEqual(JSON.parse(JSON.stringify(schema)))
})

test('the question-set schema forbids unknown fields, requires a subject and leaves topics to the taxonomy', () => {
  const schema = toJsonSchemas()['question-set.json'] as { $defs: Record<string, { additionalProperties?: boolean; required?: string[]; properties?: Record<string, { enum?: string[]; pattern?: string }> }> }
  expect(schema.$defs['QuestionSet']?.additionalProperties).toBe(false)
  expect(schema.$defs['QuestionSet']?.required).toContain('subject')
  // Subject-neutral: no subject's topic list is baked into the model.
  expect(schema.$defs['Question']?.properties?.['topic']?.enum).toBeUndefined()
  expect(schema.$defs['Question']?.properties?.['topic']?.pattern).toBeDefined()
})

test('the taxonomy schema is emitted and forbids unknown fields', () => {
  const schema = toJsonSchemas()['taxonomy.json'] as { $defs?: Record<string, { additionalProperties?: boolean }>; additionalProperties?: boolean }
  expect(schema.$defs?.['Taxonomy']?.additionalProperties ?? schema.additionalProperties).toBe(false)
})
