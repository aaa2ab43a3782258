import type { FormatParser } from '../types.js'

// SCAFFOLD: not implemented yet; detect() never wins and parse() claims nothing.
export const numberedListFormat: FormatParser = {
  name: 'numbered-list',
  detect: () => 0,
  parse: () => ({ questions: [], skipped: [] }),
}
