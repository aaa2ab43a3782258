import { accountLines } from './accountLines.js'
import { detectFormat } from './detectFormat.js'
import { FORMATS } from './formats/registry.js'
import { declaredCount } from './shared/declaredCount.js'
import { mergeRepeats } from './mergeRepeats.js'
import { isBlank } from './shared/textLines.js'
import { decodeInput } from './normalize/decodeInput.js'
import { normalizeText } from './normalize/normalizeText.js'
import type { FormatOutput, ParseOptions, ParseResult, SourceDocument } from './types.js'

/** Default `maxBytes`: 5 MiB, ten times the largest question document we have seen. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/**
 * Parse a raw question document into draft questions, accounting for every
 * non-blank line. Never throws: problems become diagnostics.
 *
 * Stages: decode → normalise → guard size → detect style → parse → merge
 * repeats → check the declared count → account.
 *
 * @example
 *   const result = parseText('1. What is Flask?\n2. What is a view?\n')
 *   result.questions.map((q) => q.prompt) // ['What is Flask?', 'What is a view?']
 */
export function parseText(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const name = options.sourceName ?? 'input'
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength
  if (size > maxBytes) {
    const message = `${name}: input is ${size} bytes; the limit is ${maxBytes} (set options.maxBytes to raise it).`
    return emptyResult(typeof input === 'string' ? 'string' : 'utf-8', 'input-too-large', message)
  }
  const { text: raw, encoding } = decodeInput(input)
  const text = normalizeText(raw)
  const doc: SourceDocument = { text, lines: text.split('\n'), name, ...(options.taxonomy === undefined ? {} : { taxonomy: options.taxonomy }) }
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(doc) : options.format
  const parser = FORMATS.find((f) => f.name === format)
  if (parser === undefined) {
    const expected = FORMATS.map((f) => `"${f.name}"`).join(', ')
    return emptyResult(encoding, 'unknown-format', `${name}: unknown format "${String(format)}"; expected "auto" or one of ${expected}.`)
  }
  let output: FormatOutput
  try {
    output = parser.parse(doc)
  } catch (error) {
    // A parser bug must not take the caller down with it; it becomes an error
    // diagnostic and every line is reported as unclassified.
    output = {
      questions: [],
      skipped: [],
      diagnostics: [{ severity: 'error', code: 'parser-failure', message: `${name}: the ${format} parser failed: ${String(error)}` }],
    }
  }
  // Every line may be accounted for and still nothing found: say so once,
  // here, whatever the style, so noise or a misdetected style stands out.
  // A quizbank document is authored, so an empty set there is deliberate.
  const silent = parser.name === 'quizbank' || doc.lines.every(isBlank) || (output.diagnostics ?? []).some((d) => d.severity === 'error')
  if (output.questions.length === 0 && !silent) {
    output = {
      ...output,
      diagnostics: [...(output.diagnostics ?? []), { severity: 'warning', code: 'no-questions', message: `${name}: no questions found (read as ${parser.name}); every line is skipped` }],
    }
  }
  if (parser.name !== 'quizbank') output = checkDeclaredCount(mergeRepeats(output, name), name)
  const { diagnostics, coverage } = accountLines(doc, output)
  return {
    format: parser.name,
    encoding,
    questions: output.questions,
    diagnostics: [...(output.diagnostics ?? []), ...diagnostics].sort((a, b) => (a.lines?.first ?? 0) - (b.lines?.first ?? 0)),
    coverage,
    meta: output.meta ?? {},
  }
}

/**
 * Compare what a document declares ("Top 12 …", "30 questions") with what
 * was found, for every style: the count a style read itself, or failing
 * that the one its title states, goes into `meta.declaredCount`, and a
 * mismatch becomes a `declared-count-mismatch` warning naming both numbers
 * (unless the style already explained one). A quizbank document is
 * authored: its counts are its own business.
 */
function checkDeclaredCount(output: FormatOutput, name: string): FormatOutput {
  const meta = output.meta ?? {}
  const declared = meta.declaredCount ?? (meta.title === undefined ? undefined : declaredCount(meta.title))
  if (declared === undefined) return output
  const found = output.questions.length
  const explained = (output.diagnostics ?? []).some((d) => d.code === 'declared-count-mismatch')
  const withMeta: FormatOutput = { ...output, meta: { ...meta, declaredCount: declared } }
  if (found === declared || found === 0 || explained) return withMeta
  const hint = found > declared ? 'a table of contents or a list repeated later may have been read as questions' : 'some questions may have been missed or merged'
  return {
    ...withMeta,
    diagnostics: [
      ...(output.diagnostics ?? []),
      { severity: 'warning', code: 'declared-count-mismatch', message: `${name}: the document declares ${declared} questions but ${found} were found; ${hint}. Check the questions before using them.` },
    ],
  }
}

// The result of an input refused before parsing: one error, nothing read.
function emptyResult(encoding: ParseResult['encoding'], code: string, message: string): ParseResult {
  return {
    format: 'numbered-list',
    encoding,
    questions: [],
    diagnostics: [{ severity: 'error', code, message }],
    coverage: { lines: 0, nonBlankLines: 0, questionLines: 0, skippedLines: 0 },
    meta: {},
  }
}

function utf8Length(s: string): number {
  // Cheap upper-bound-free count without allocating the encoded bytes.
  let bytes = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
