/** Options of {@link formatTable}. */
export interface TableOptions {
  /** Per column: `'right'` for numbers. Default: every column left-aligned. */
  readonly align?: readonly ('left' | 'right')[]
  /** Applied to the padded header cells (e.g. bold on a terminal). Default: none. */
  readonly styleHeader?: (text: string) => string
}

/**
 * Lay rows out as an aligned plain-text table: columns separated by two
 * spaces, numbers right-aligned, the last column never padded (so a long
 * prompt in it wraps naturally instead of pushing the table wide).
 * Styling is applied after padding, so escape codes never skew the widths.
 *
 * @example
 *   formatTable(['topic', 'questions'], [['orm', 29], ['views', 12]], { align: ['left', 'right'] })
 *   // topic  questions
 *   // orm           29
 *   // views         12
 */
export function formatTable(head: readonly string[], rows: readonly (readonly (string | number)[])[], options: TableOptions = {}): string {
  const cells = [head, ...rows].map((row) => row.map(String))
  const widths = head.map((_, i) => Math.max(...cells.map((row) => width(row[i] ?? ''))))
  const last = head.length - 1
  const lines = cells.map((row, r) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] as number) - width(cell))
        const padded = i === last && options.align?.[i] !== 'right' ? cell : options.align?.[i] === 'right' ? pad + cell : cell + pad
        return r === 0 && options.styleHeader !== undefined ? options.styleHeader(padded) : padded
      })
      .join('  '),
  )
  return lines.join('\n')
}

/** Display width in a monospace terminal: one column per code point (wide CJK glyphs are rare in this data). */
function width(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}
