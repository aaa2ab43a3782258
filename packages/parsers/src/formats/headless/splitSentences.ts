import { HEADLESS } from './settings.js'

/** One sentence of a line, with where it sits in the line. */
export interface Sentence {
  /** Offset of the first character in the line. */
  readonly start: number
  /** Offset just past the last character (terminal punctuation included). */
  readonly end: number
  readonly text: string
  /**
   * True when scraping glued this sentence to the previous one: the previous
   * sentence's full stop is directly followed by a capital, with no space
   * (`…file paths.Forms in Flask are…`).
   */
  readonly glued: boolean
}

// Words whose trailing full stop does not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'cf', 'approx', 'mr', 'mrs', 'dr', 'fig'])

/**
 * Split one line into sentences. A boundary is `.`, `!` or `?` followed by a
 * space and a capital (or an opening quote or digit), or, where scraping
 * removed the space, `.` between a lower-case letter or `)` and a capital:
 * such sentences are marked `glued`. File names (`settings.py`), dotted
 * paths and abbreviations are not boundaries.
 *
 * @example
 *   splitSentences('It is fast. It is safe.paths.Forms are used.').map((s) => s.text)
 *   // ['It is fast.', 'It is safe.paths.', 'Forms are used.']
 */
export function splitSentences(line: string): Sentence[] {
  const { maxSentences } = HEADLESS
  const sentences: Sentence[] = []
  let start = skipSpaces(line, 0)
  let glued = false
  for (let i = start; i < line.length && sentences.length < maxSentences - 1; i++) {
    const c = line[i]
    if (c !== '.' && c !== '!' && c !== '?') continue
    const next = line[i + 1]
    if (next === undefined) break
    const after = line[skipSpaces(line, i + 1)]
    // `tool.manage.py` keeps lower case after the dot and is a file name;
    // `paths.Forms` is two sentences glued by a scraper.
    const gluedNext = next !== ' ' && c === '.' && /[A-Z]/.test(next) && /[a-z)]/.test(line[i - 1] ?? '')
    const spacedNext = next === ' ' && after !== undefined && /[A-Z0-9"“'‘([]/.test(after)
    if (!(spacedNext || gluedNext) || isAbbreviation(line, i)) continue
    sentences.push({ start, end: i + 1, text: line.slice(start, i + 1), glued })
    start = skipSpaces(line, i + 1)
    glued = gluedNext
    i = start - 1
  }
  const rest = line.slice(start).trimEnd()
  if (rest.length > 0) sentences.push({ start, end: start + rest.length, text: rest, glued })
  return sentences
}

function skipSpaces(line: string, from: number): number {
  let i = from
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++
  return i
}

function isAbbreviation(line: string, dot: number): boolean {
  // Abbreviations are short: look back a few characters only, so a long run
  // of dotted text stays linear.
  let i = dot
  while (i > 0 && dot - i < 8 && /[A-Za-z.]/.test(line[i - 1] ?? '')) i--
  return ABBREVIATIONS.has(line.slice(i, dot).toLowerCase())
}
