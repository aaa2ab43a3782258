import type { FormatParser } from '../types.js'
import { detectNumberedList } from './plain/detectNumberedList.js'
import { parseNumberedList } from './plain/parseNumberedList.js'

/**
 * Bare lists of questions without answers (numbered, or bulleted with
 * `?`). Also the fallback style: its parser accounts for every line of any
 * document and never throws.
 */
export const numberedListFormat: FormatParser = {
  name: 'numbered-list',
  detect: detectNumberedList,
  parse: parseNumberedList,
}
