import type { Question } from '@quizbank/core'
import type { ExportInput } from '../types.js'

/**
 * The questions of an export input, whether a set or bare questions.
 *
 * @example
 *   questionsOf(set).length === set.questions.length // true
 */
export function questionsOf(input: ExportInput): readonly Question[] {
  return Array.isArray(input) ? (input as readonly Question[]) : (input as { questions: readonly Question[] }).questions
}

/**
 * The set's title when the input is a set, otherwise `fallback`.
 *
 * @example
 *   titleOf(questions, 'quizbank') // 'quizbank'
 */
export function titleOf(input: ExportInput, fallback: string): string {
  return Array.isArray(input) ? fallback : (input as { title: string }).title
}
