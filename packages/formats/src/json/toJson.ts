import type { QuestionSet } from '@quizbank/core'
import type { ExportInput, ExportResult } from '../types.js'
import { questionsOf } from '../shared/questionsOf.js'

/**
 * Write a question set (or bare questions, or several sets) as JSON,
 * pretty-printed: the model itself, so nothing is lost. A set validates
 * against the JSON Schema `@quizbank/core/schema/question-set.json`.
 *
 * @example
 *   JSON.parse(toJson(set).text).id === set.id // true
 */
export function toJson(input: ExportInput | readonly QuestionSet[]): ExportResult {
  const count = isSetList(input) ? input.reduce((n, s) => n + s.questions.length, 0) : questionsOf(input).length
  return { text: `${JSON.stringify(input, null, 2)}\n`, exported: count, notExported: [], lost: [] }
}

function isSetList(input: ExportInput | readonly QuestionSet[]): input is readonly QuestionSet[] {
  return Array.isArray(input) && input.length > 0 && typeof (input[0] as { questions?: unknown }).questions === 'object'
}
