import { existsSync, readFileSync } from 'node:fs'
import type * as z from 'zod'
import { validateWith } from '@quizbank/core/schema'

/**
 * Read an optional JSON file of the corpus sources and check it against a
 * schema: its value, `fallback` when the file does not exist, or one-line
 * problems naming the file (never a stack trace).
 *
 * @example
 *   const { value, errors } = readCheckedJson(file, OverridesSchema, 'sources/acme/overrides.json', {})
 */
export function readCheckedJson<T>(file: string, schema: z.ZodType<T>, rel: string, fallback: T): { value: T; errors: string[] } {
  if (!existsSync(file)) return { value: fallback, errors: [] }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return { value: fallback, errors: [`${rel}: not valid JSON (${(error as Error).message}).`] }
  }
  const result = validateWith(schema, json, { file: rel })
  return result.ok ? { value: result.value, errors: [] } : { value: fallback, errors: result.issues.map((i) => i.message) }
}
