import type { QuestionSet, Taxonomy } from '@quizbank/core'
import { validateQuestionSet } from '@quizbank/core/schema'
import type { ImportDiagnostic, ImportedQuestion, ImportResult } from '../types.js'

/** What {@link fromJson} returns: the questions as drafts and, when the file is a valid set, the set itself. */
export interface JsonImportResult extends ImportResult {
  readonly set?: QuestionSet
}

/**
 * Read a question set written as JSON, validated by `@quizbank/core/schema`
 * (each problem an error with its field path; a taxonomy checks the topics).
 * A valid set is returned whole in `set`, and its questions as drafts.
 *
 * @example
 *   fromJson(toJson(set).text).set?.id === set.id // true
 */
export function fromJson(text: string, options: { readonly file?: string; readonly taxonomy?: Taxonomy } = {}): JsonImportResult {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { questions: [], diagnostics: [{ severity: 'error', message: `not valid JSON (${(error as Error).message.slice(0, 200)}).` }] }
  }
  if (Array.isArray(json) && json.every((s) => typeof s === 'object' && s !== null && 'questions' in s)) {
    return { questions: [], diagnostics: [{ severity: 'error', message: `this file holds ${json.length} question sets (an array); import expects one QuestionSet object: split the file, one set per file.` }] }
  }
  const result = validateQuestionSet(json, { ...(options.file === undefined ? {} : { file: options.file }), ...(options.taxonomy === undefined ? {} : { taxonomy: options.taxonomy }) })
  if (!result.ok) {
    const diagnostics: ImportDiagnostic[] = result.issues.slice(0, 50).map((i) => ({ severity: 'error', message: i.message }))
    if (result.issues.length > 50) diagnostics.push({ severity: 'error', message: `… and ${result.issues.length - 50} more problems.` })
    return { questions: [], diagnostics }
  }
  const set = result.value as QuestionSet
  const questions = set.questions.map((q): ImportedQuestion => ({
    prompt: q.prompt,
    ...(q.answer === undefined ? {} : { answer: q.answer }),
    ...(q.hints === undefined ? {} : { hints: q.hints }),
    ...(q.choices === undefined ? {} : { choices: q.choices }),
    id: q.id,
    topic: q.topic,
    ...(q.tags.length === 0 ? {} : { tags: q.tags }),
    ...(q.difficulty === undefined ? {} : { difficulty: q.difficulty.level }),
    lines: { first: q.source.lines[0], last: q.source.lines[1] },
    promptInferred: false,
  }))
  return { questions, diagnostics: [], set, title: set.title }
}
