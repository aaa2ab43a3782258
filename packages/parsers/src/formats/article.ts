import type { FormatParser } from '../types.js'
import { detectArticle } from './plain/detectArticle.js'
import { parseArticle } from './plain/parseArticle.js'

/**
 * Long-form articles whose questions are `Question K: Title` sections among
 * other sections (introduction, tips, conclusion), including range sections
 * (`Question 16 to 20: …`) of titled sub-topics.
 */
export const articleFormat: FormatParser = {
  name: 'article',
  detect: detectArticle,
  parse: parseArticle,
}
