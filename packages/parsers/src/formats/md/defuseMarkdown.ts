import { fencedLines } from '../../shared/fencedLines.js'
import type { Diagnostic, FormatOutput, SourceDocument } from '../../types.js'
import { MARKDOWN_CHUNK_LIMITS } from './splitMarkdownChunks.js'

/**
 * Where remark-parse (micromark) stops being linear, as measured: its
 * container parser and its attention/code-span resolution re-scan when a
 * line opens many nested containers or holds thousands of unmatched
 * delimiters (`'- '.repeat(8000)`: 32 s; `'**_*'.repeat(50000)` on one
 * line: killed after 120 s; see BENCHMARKS.md (k)). No real question
 * document comes near these numbers; past them a line is read as text.
 * No upstream (micromark/remark) issue found for either; not reported.
 */
export const DEFUSE_LIMITS = {
  /** Most list or quote markers a line may open before its text starts. */
  nestedMarkers: 16,
  /** Most emphasis, code-span, link and strikethrough delimiters on one line (outside fenced code). */
  delimiters: 256,
  /**
   * What a delimiter of a line past `delimiters` becomes while remark reads
   * it: a Private Use Area character (U+E000 + its index in this string)
   * that means nothing to markdown, put back in the output afterwards.
   * WHY not a backslash escape: micromark makes a token of every escape, so
   * a 400 KB line of escapes took 7–9 s and 940 MiB; the same line of plain
   * characters takes 0.1 s. A document that already holds one of these
   * characters gets backslash escapes instead (slow but right).
   */
  placeholderFor: '*_`[]~',
} as const

// One leading container marker: a bullet, an ordered-list number or a block quote, then white space.
const MARKER = /^(?:[-*+]|\d{1,9}[.)]|>)[ \t]+/
const DELIMITER = /[*_`[\]~]/g
const PLACEHOLDER = /[\uE000-\uE005]/
const PLACEHOLDERS = /[\uE000-\uE005]/g
const PLACEHOLDER_BASE = 0xe000
const toPlaceholder = (c: string) => String.fromCharCode(PLACEHOLDER_BASE + DEFUSE_LIMITS.placeholderFor.indexOf(c))
const fromPlaceholder = (c: string) => DEFUSE_LIMITS.placeholderFor.charAt(c.charCodeAt(0) - PLACEHOLDER_BASE)

/**
 * Make a document safe for remark before it is parsed: a line that opens
 * more than {@link DEFUSE_LIMITS}.nestedMarkers containers has its further
 * markers escaped, and a line with more than `delimiters` delimiters has
 * each of them replaced by a placeholder (see
 * {@link DEFUSE_LIMITS}.placeholderFor; `restore` puts them back), so each
 * such line becomes plain text. Line numbers do not change. Returns the
 * document to parse, a warning naming the degraded lines, if any, and
 * `restore`, which maps placeholders in a string back to the delimiters.
 * Linear in the input.
 *
 * @example
 *   defuseMarkdown(doc).doc.text // '- - - … \- \- What?' for a line of 8000 bullets
 */
export function defuseMarkdown(doc: SourceDocument): { doc: SourceDocument; diagnostics: Diagnostic[]; restore: ((text: string) => string) | undefined } {
  const degraded: number[] = []
  // Placeholders only where they cannot be confused with the document's own characters.
  const placeholders = !PLACEHOLDER.test(doc.text)
  let replaced = false
  // Fenced code is code: remark reads it linearly, and its text must not change.
  const fenced = fencedLines(doc.lines)
  const lines = doc.lines.map((line, i) => {
    if (fenced.has(i)) return line
    const out = defuseLine(line, placeholders)
    if (out !== line) {
      degraded.push(i + 1)
      // Placeholders keep the length; an escape adds a backslash.
      if (placeholders && tooManyDelimiters(out)) replaced = true
    }
    return out
  })
  if (degraded.length === 0) return { doc, diagnostics: [], restore: undefined }
  const why = `nest more than ${DEFUSE_LIMITS.nestedMarkers} lists or hold more than ${DEFUSE_LIMITS.delimiters} emphasis/code/link delimiters; read as plain text so that parsing stays linear`
  return {
    doc: { ...doc, text: lines.join('\n'), lines },
    restore: replaced ? restoreDelimiters : undefined,
    diagnostics: [degradedWarning(doc, degraded, why)],
  }
}

/** A `degraded-markdown` warning: "`name`: line(s) `lines` `why`", naming the first ten lines and how many more. */
function degradedWarning(doc: SourceDocument, lines: readonly number[], why: string): Diagnostic {
  const shown = lines.length <= 10 ? lines.join(', ') : `${lines.slice(0, 10).join(', ')} and ${lines.length - 10} more`
  const message = `${doc.name}: line${lines.length === 1 ? '' : 's'} ${shown} ${why}`
  return { severity: 'warning', code: 'degraded-markdown', message, lines: { first: lines[0]!, last: lines[lines.length - 1]! } }
}

function restoreDelimiters(text: string): string {
  return PLACEHOLDER.test(text) ? text.replace(PLACEHOLDERS, fromPlaceholder) : text
}

function defuseLine(line: string, placeholders: boolean): string {
  let rest = line
  let prefix = ''
  let depth = 0
  for (let m = MARKER.exec(rest); m !== null; m = MARKER.exec(rest)) {
    if (++depth > DEFUSE_LIMITS.nestedMarkers) {
      // Escape this marker: from here on the line is a paragraph's text.
      prefix += `\\${rest}`
      rest = ''
      break
    }
    prefix += m[0]
    rest = rest.slice(m[0].length)
  }
  const out = prefix + rest
  if (!tooManyDelimiters(out)) return out
  return placeholders ? out.replace(DELIMITER, toPlaceholder) : out.replace(DELIMITER, '\\$&')
}

/** Whether a line holds more than {@link DEFUSE_LIMITS}.delimiters delimiters, or their placeholders (stops counting there). */
function tooManyDelimiters(line: string): boolean {
  let count = 0
  for (let i = 0; i < line.length && count <= DEFUSE_LIMITS.delimiters; i++) {
    const c = line.charCodeAt(i)
    if ('*_`[]~'.includes(line[i]!) || (c >= PLACEHOLDER_BASE && c <= PLACEHOLDER_BASE + 5)) count++
  }
  return count > DEFUSE_LIMITS.delimiters
}

/**
 * Parse a defused copy of the document with `parse`, and add the warning
 * naming the degraded lines to what it found.
 *
 * @example
 *   parse: (doc) => withDefusedMarkdown(doc, (safe) => extractMarkdown(parseMarkdownChunks(safe.text), safe))
 */
export function withDefusedMarkdown(doc: SourceDocument, parse: (safe: SourceDocument) => FormatOutput): FormatOutput {
  const { doc: safe, diagnostics, restore } = defuseMarkdown(doc)
  const output = restore === undefined ? parse(safe) : mapStrings(parse(safe), restore)
  return diagnostics.length === 0 ? output : { ...output, diagnostics: [...diagnostics, ...(output.diagnostics ?? [])] }
}

/**
 * Run `parse` with a recorder for the lines where chunked parsing had to
 * cut a long run of plain lines (see `MARKDOWN_CHUNK_LIMITS.paragraphSize`),
 * and add a `degraded-markdown` warning naming them.
 *
 * @example
 *   withParagraphCuts(doc, (onForcedCut) => extractMarkdown(parseMarkdownChunks(doc.text, { onForcedCut }), doc))
 */
export function withParagraphCuts(doc: SourceDocument, parse: (onForcedCut: (line: number) => void) => FormatOutput): FormatOutput {
  const cuts: number[] = []
  const output = parse((line) => cuts.push(line))
  if (cuts.length === 0) return output
  const why = `start${cuts.length === 1 ? 's' : ''} a new paragraph: the text there runs on for more than ${MARKDOWN_CHUNK_LIMITS.paragraphSize} characters (or ${MARKDOWN_CHUNK_LIMITS.setextUnderlines} heading underlines) without a blank line, so it is read in pieces to keep parsing linear`
  return { ...output, diagnostics: [degradedWarning(doc, cuts, why), ...(output.diagnostics ?? [])] }
}

/** A copy of plain data (objects, arrays, strings, …) with `map` applied to every string. Recursive: a FormatOutput is a few levels deep. */
function mapStrings<T>(value: T, map: (text: string) => string): T {
  const one = (v: unknown): unknown => {
    if (typeof v === 'string') return map(v)
    if (Array.isArray(v)) return v.map(one)
    if (v !== null && typeof v === 'object') {
      const copy: Record<string, unknown> = {}
      for (const [key, inner] of Object.entries(v)) copy[key] = one(inner)
      return copy
    }
    return v
  }
  return one(value) as T
}
