import type { Diagnostic, FormatOutput, SourceDocument } from '../../types.js'

/**
 * Where remark-parse (micromark) stops being linear, as measured: its
 * container parser and its attention/code-span resolution re-scan when a
 * line opens many nested containers or holds thousands of unmatched
 * delimiters (`'- '.repeat(8000)`: 32 s; `'**_*'.repeat(50000)` on one
 * line: killed after 120 s; see BENCHMARKS.md (k)). No real question
 * document comes near these numbers; past them a line is read as text.
 */
export const DEFUSE_LIMITS = {
  /** Most list or quote markers a line may open before its text starts. */
  nestedMarkers: 16,
  /** Most emphasis, code-span, link and strikethrough delimiters on one line (outside fenced code). */
  delimiters: 256,
} as const

// One leading container marker: a bullet, an ordered-list number or a block quote, then white space.
const MARKER = /^(?:[-*+]|\d{1,9}[.)]|>)[ \t]+/
const DELIMITER = /[*_`[\]~]/g
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/**
 * Make a document safe for remark before it is parsed: a line that opens
 * more than {@link DEFUSE_LIMITS}.nestedMarkers containers has its further
 * markers escaped, and a line with more than `delimiters` delimiters has
 * them all escaped, so each such line becomes plain text. Line numbers do
 * not change (only backslashes are added). Returns the document to parse
 * and a warning naming the degraded lines, if any. Linear in the input.
 *
 * @example
 *   defuseMarkdown(doc).doc.text // '- - - … \- \- What?' for a line of 8000 bullets
 */
export function defuseMarkdown(doc: SourceDocument): { doc: SourceDocument; diagnostics: Diagnostic[] } {
  const degraded: number[] = []
  let fence: string | undefined
  const lines = doc.lines.map((line, i) => {
    const open = FENCE.exec(line)?.[1]
    if (fence !== undefined) {
      if (open !== undefined && open[0] === fence[0] && open.length >= fence.length) fence = undefined
      return line
    }
    if (open !== undefined) {
      fence = open
      return line
    }
    const out = defuseLine(line)
    if (out !== line) degraded.push(i + 1)
    return out
  })
  if (degraded.length === 0) return { doc, diagnostics: [] }
  const text = lines.join('\n')
  const shown = degraded.length <= 10 ? degraded.join(', ') : `${degraded.slice(0, 10).join(', ')} and ${degraded.length - 10} more`
  return {
    doc: { ...doc, text, lines },
    diagnostics: [
      {
        severity: 'warning',
        code: 'degraded-markdown',
        message: `${doc.name}: line${degraded.length === 1 ? '' : 's'} ${shown} nest more than ${DEFUSE_LIMITS.nestedMarkers} lists or hold more than ${DEFUSE_LIMITS.delimiters} emphasis/code/link delimiters; read as plain text so that parsing stays linear`,
        lines: { first: degraded[0]!, last: degraded[degraded.length - 1]! },
      },
    ],
  }
}

function defuseLine(line: string): string {
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
  let out = prefix + rest
  let count = 0
  for (let i = 0; i < out.length && count <= DEFUSE_LIMITS.delimiters; i++) if ('*_`[]~'.includes(out[i]!)) count++
  if (count > DEFUSE_LIMITS.delimiters) out = out.replace(DELIMITER, '\\$&')
  return out
}

/**
 * Parse a defused copy of the document with `parse`, and add the warning
 * naming the degraded lines to what it found.
 *
 * @example
 *   parse: (doc) => withDefusedMarkdown(doc, (safe) => extractMarkdown(parseMarkdownChunks(safe.text), safe))
 */
export function withDefusedMarkdown(doc: SourceDocument, parse: (safe: SourceDocument) => FormatOutput): FormatOutput {
  const { doc: safe, diagnostics } = defuseMarkdown(doc)
  const output = parse(safe)
  return diagnostics.length === 0 ? output : { ...output, diagnostics: [...diagnostics, ...(output.diagnostics ?? [])] }
}
