import type { Plugin } from 'vite'
import { renderCorpusAnswers } from './renderAnswers.ts'

/** The module id the app imports (lazily, so answers form their own chunk). */
export const ANSWER_HTML_MODULE = 'virtual:quizbank-answer-html'
const RESOLVED = `\0${ANSWER_HTML_MODULE}`

/**
 * A Vite plugin providing `virtual:quizbank-answer-html`: a map from question
 * id to the answer rendered as sanitised HTML at build time.
 *
 * @example
 *   defineConfig({ plugins: [answerHtmlPlugin()] })
 */
export function answerHtmlPlugin(): Plugin {
  return {
    name: 'quizbank-answer-html',
    resolveId: (id) => (id === ANSWER_HTML_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(renderCorpusAnswers())}` : undefined),
  }
}
