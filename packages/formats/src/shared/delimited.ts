/** Rows of a delimited file as read by {@link readDelimited}. */
export interface DelimitedRows {
  readonly rows: string[][]
  /** 1-based line where each row starts. */
  readonly lines: number[]
  /** Problems: an unterminated quoted field, stray text after a closing quote. */
  readonly errors: { readonly line: number; readonly message: string }[]
}

/**
 * One record as a line of RFC 4180 text: a field is quoted when it holds the
 * separator, a double quote, a line break or leading/trailing white space,
 * and a double quote inside it is doubled.
 *
 * @example
 *   writeRecord(['a', 'b,c', 'say "hi"'], ',') // 'a,"b,c","say ""hi"""'
 */
export function writeRecord(fields: readonly string[], separator: string): string {
  return fields.map((f) => (f.includes(separator) || /["\r\n]|^\s|\s$/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(separator)
}

/**
 * Read RFC 4180 records (any one-character separator; CRLF or LF line
 * ends; quoted fields may hold separators, quotes as `""` and line breaks;
 * empty lines are passed over). `firstLine` numbers the first line of
 * `text`, for a caller that read a header before it.
 *
 * @example
 *   readDelimited('a,"b\nc"\n', ',').rows // [['a', 'b\nc']]
 */
export function readDelimited(text: string, separator: string, firstLine = 1): DelimitedRows {
  const rows: string[][] = []
  const lines: number[] = []
  const errors: { line: number; message: string }[] = []
  let i = 0
  let line = firstLine
  const n = text.length
  while (i < n) {
    const end = text.indexOf('\n', i)
    const rawLine = text.slice(i, end === -1 ? n : end).replace(/\r$/, '')
    if (rawLine === '') {
      i = end === -1 ? n : end + 1
      line += 1
      continue
    }
    const startLine = line
    const row: string[] = []
    let field = ''
    let atFieldStart = true
    for (;;) {
      if (i >= n) {
        row.push(field)
        break
      }
      const c = text[i] as string
      if (atFieldStart && c === '"') {
        // A quoted field: up to the next lone quote.
        i += 1
        let closed = false
        while (i < n) {
          const q = text[i] as string
          if (q === '"') {
            if (text[i + 1] === '"') {
              field += '"'
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          if (q === '\n') line += 1
          field += q
          i += 1
        }
        if (!closed) errors.push({ line: startLine, message: `a quoted field opened on line ${startLine} is never closed (expected a closing ").` })
        atFieldStart = false
        const next = text[i]
        if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
          errors.push({ line, message: `text after a closing quote (expected ${JSON.stringify(separator)} or the end of the line, received ${JSON.stringify(next)}).` })
        }
        continue
      }
      if (c === separator) {
        row.push(field)
        field = ''
        atFieldStart = true
        i += 1
        continue
      }
      if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
        row.push(field)
        i += c === '\r' ? 2 : 1
        line += 1
        break
      }
      field += c
      atFieldStart = false
      i += 1
    }
    rows.push(row)
    lines.push(startLine)
  }
  return { rows, lines, errors }
}
