import type { FormatOutput, FormatParser, SourceDocument } from '../types.js'
import { detectHeadless } from './headless/detectHeadless.js'
import { parseHeadless } from './headless/parseHeadless.js'

/**
 * Documents whose question headings were lost in scraping: page furniture,
 * then answer blocks back to back, each opening with a definitional
 * sentence ("Middleware in Flask is a framework of hooks …"). Blocks are
 * found by scoring candidate openings (a count declared in the title picks
 * the best N), and every prompt is inferred from its block's opening
 * (`promptInferred: true`). See `headless/` for the rules.
 */
export const headlessAnswersFormat: FormatParser = {
  name: 'headless-answers',
  detect: (doc: SourceDocument): number => {
    try {
      return detectHeadless(doc)
    } catch {
      return 0
    }
  },
  parse: (doc: SourceDocument): FormatOutput => {
    try {
      return parseHeadless(doc)
    } catch (error) {
      // parse() must never throw; a bug becomes a visible error, and every
      // line is left unclassified rather than silently dropped.
      return {
        questions: [],
        skipped: [],
        diagnostics: [{ severity: 'error', code: 'parser-failure', message: `${doc.name}: the headless-answers parser failed: ${String(error)}` }],
      }
    }
  },
}
