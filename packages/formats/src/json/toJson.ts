import type { ExportInput, ExportResult } from '../types.js'
import { questionsOf } from '../shared/questionsOf.js'

/**
 * Write a question set (or bare questions) as JSON, pretty-printed: the
 * model itself, so nothing is lost. A set validates against the JSON Schema
 * `@quizbank/core/schema/question-set.json`.
 *
 * @example
 *   JSON.parse(toJson(set).text).id === set.id // true
 */
export function toJson(input: ExportInput): ExportResult {
  return { text: `${JSON.stringify(input, null, 2)}\n`, exported: questionsOf(input).length, notExported: [], lost: [] }
}
