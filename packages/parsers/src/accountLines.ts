import { isBlank, prevNonBlank } from './shared/textLines.js'
import type { Coverage, Diagnostic, FormatOutput, SkipReason, SourceDocument } from './types.js'

/**
 * Turn a format's skipped ranges into diagnostics and count coverage. A
 * non-blank line inside a question's range counts for the question; one
 * inside a skipped range is listed with its reason; one in neither is listed
 * as `unclassified` with a warning, so a parser gap is visible rather than
 * silent. The two counts always add up to the non-blank lines.
 */
export function accountLines(doc: SourceDocument, output: FormatOutput): { diagnostics: Diagnostic[]; coverage: Coverage } {
  const n = doc.lines.length
  // 0 = unclaimed, 1 = question, 2 = skipped
  const claim = new Uint8Array(n + 2)
  for (const q of output.questions) for (let i = Math.max(1, q.lines.first); i <= Math.min(n, q.lines.last); i++) claim[i] = 1
  const diagnostics: Diagnostic[] = []
  for (const s of output.skipped) {
    let counted = false
    for (let i = Math.max(1, s.first); i <= Math.min(n, s.last); i++) {
      if (claim[i] === 0 && !isBlank(doc.lines[i - 1] ?? '')) {
        claim[i] = 2
        counted = true
      }
    }
    if (counted) diagnostics.push(skipped(doc, 'info', s.reason, s.first, s.last, `skipped (${s.reason})${s.detail === undefined ? '' : `: ${s.detail}`}`))
  }
  let start = 0
  const flushUnclaimed = (end: number) => {
    if (start === 0) return
    diagnostics.push(skipped(doc, 'warning', 'unclassified', start, end, 'no rule claimed these lines; they are not part of any question'))
    start = 0
  }
  let nonBlank = 0
  let questionLines = 0
  for (let i = 1; i <= n; i++) {
    if (isBlank(doc.lines[i - 1] ?? '')) continue
    nonBlank++
    if (claim[i] === 1) questionLines++
    // An unclaimed line opens or extends an unclassified run; a claimed one ends it.
    if (claim[i] === 0) start ||= i
    else flushUnclaimed(prevNonBlank(doc.lines, i - 2) + 1)
  }
  flushUnclaimed(prevNonBlank(doc.lines, n - 1) + 1)
  diagnostics.sort((a, b) => (a.lines?.first ?? 0) - (b.lines?.first ?? 0))
  // Every non-blank line not in a question is skipped, by a rule or as unclassified.
  return { diagnostics, coverage: { lines: n, nonBlankLines: nonBlank, questionLines, skippedLines: nonBlank - questionLines } }
}

// A `skipped` diagnostic for lines `first..last` (1-based), its message after the place.
function skipped(doc: SourceDocument, severity: Diagnostic['severity'], reason: SkipReason, first: number, last: number, says: string): Diagnostic {
  const where = first === last ? `${first}` : `${first}-${last}`
  return { severity, code: 'skipped', reason, lines: { first, last }, message: `${doc.name}:${where}: ${says}` }
}
