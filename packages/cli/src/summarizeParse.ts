import type { ParseResult } from '@quizbank/parsers'

/** The per-file summary `quizbank parse` prints after the details. */
export interface ParseSummary {
  readonly questions: number
  /** Non-blank skipped lines per skip reason, most first. */
  readonly skipped: readonly { readonly reason: string; readonly lines: number }[]
  readonly warnings: number
  readonly errors: number
  /** Line ranges of every warning and error: what a reviewer should look at. */
  readonly checkLines: readonly string[]
}

/**
 * Summarise a parse: questions found, skipped lines by reason (non-blank
 * lines only, so the counts add up to `coverage.skippedLines`), warnings and
 * errors, and the lines to check.
 *
 * @example
 *   summarizeParse(result, text.split('\n')).skipped // [{ reason: 'preamble', lines: 4 }, …]
 */
export function summarizeParse(result: ParseResult, lines: readonly string[]): ParseSummary {
  const skipped = new Map<string, number>()
  const checkLines: string[] = []
  let warnings = 0
  let errors = 0
  for (const d of result.diagnostics) {
    if (d.severity === 'warning') warnings++
    if (d.severity === 'error') errors++
    if (d.severity !== 'info' && d.lines !== undefined) checkLines.push(d.lines.first === d.lines.last ? `${d.lines.first}` : `${d.lines.first}-${d.lines.last}`)
    if (d.code === 'skipped' && d.lines !== undefined) {
      let n = 0
      for (let line = d.lines.first; line <= d.lines.last; line++) if ((lines[line - 1] ?? '').trim() !== '') n++
      const reason = d.reason ?? 'unclassified'
      skipped.set(reason, (skipped.get(reason) ?? 0) + n)
    }
  }
  return {
    questions: result.questions.length,
    skipped: [...skipped].map(([reason, n]) => ({ reason, lines: n })).sort((a, b) => b.lines - a.lines || (a.reason < b.reason ? -1 : 1)),
    warnings,
    errors,
    checkLines: [...new Set(checkLines)],
  }
}

/**
 * The summary as one line: `notes.txt: 25 questions · skipped 8 lines (5 title, 3 chrome) · 2 warnings · check lines 40, 52-53`.
 *
 * @example
 *   formatSummary('notes.txt', summary)
 */
export function formatSummary(file: string, s: ParseSummary): string {
  const total = s.skipped.reduce((a, b) => a + b.lines, 0)
  const parts = [`${s.questions} question${s.questions === 1 ? '' : 's'}`]
  parts.push(total === 0 ? 'no lines skipped' : `skipped ${total} line${total === 1 ? '' : 's'} (${s.skipped.map((x) => `${x.lines} ${x.reason}`).join(', ')})`)
  if (s.errors > 0) parts.push(`${s.errors} error${s.errors === 1 ? '' : 's'}`)
  parts.push(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`)
  if (s.checkLines.length > 0) parts.push(`check line${s.checkLines.length === 1 && !s.checkLines[0]!.includes('-') ? '' : 's'} ${s.checkLines.join(', ')}`)
  return `${file}: ${parts.join(' · ')}`
}
