import type { FormatParser } from '../types.js'
import { articleFormat } from './article.js'
import { headlessAnswersFormat } from './headlessAnswers.js'
import { markdownFormat } from './markdown.js'
import { numberedListFormat } from './numberedList.js'
import { questionAnswerFormat } from './questionAnswer.js'
import { quizbankFormat } from './quizbank.js'

/** Every format, most specific first (ties in detection go to the earlier one). */
export const FORMATS: readonly FormatParser[] = [
  quizbankFormat,
  markdownFormat,
  questionAnswerFormat,
  articleFormat,
  numberedListFormat,
  headlessAnswersFormat,
]
