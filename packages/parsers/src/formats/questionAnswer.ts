import type { FormatParser } from '../types.js'
import { detectQuestionAnswer } from './plain/detectQuestionAnswer.js'
import { parseQuestionAnswer } from './plain/parseQuestionAnswer.js'

/**
 * Plain-text question-and-answer pages: question lines (`1. …?`, `Q3)`,
 * `Question 2:`, `Q:`, lone `?` lines) each followed by an answer, labelled
 * (`Answer:`, `Ans:`, `A:`) or not.
 */
export const questionAnswerFormat: FormatParser = {
  name: 'question-answer',
  detect: detectQuestionAnswer,
  parse: parseQuestionAnswer,
}
