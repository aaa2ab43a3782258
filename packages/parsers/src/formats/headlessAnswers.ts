import type { FormatParser } from '../types.js'

// SCAFFOLD: not implemented yet; detect() never wins and parse() claims nothing.
export const headlessAnswersFormat: FormatParser = {
  name: 'headless-answers',
  detect: () => 0,
  parse: () => ({ questions: [], skipped: [] }),
}
