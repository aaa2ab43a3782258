import type { Diagnostic, DraftQuestion, SourceDocument } from '../../types.js'
import { findDamage } from './findDamage.js'

/**
 * Check a question's prompt for scraping damage; when found, mark the
 * question (`damaged`) and add a `damaged-text` warning. The prompt is kept
 * as printed.
 *
 * @example
 *   markDamage(question, doc, diagnostics) // question.damaged === ['missing-inline-code']
 */
export function markDamage(question: DraftQuestion, doc: SourceDocument, diagnostics: Diagnostic[]): void {
  const damage = findDamage(question.prompt)
  if (damage.length === 0) return
  question.damaged = [...new Set(damage.map((d) => d.kind))]
  const line = question.lines.first
  diagnostics.push({
    severity: 'warning',
    code: 'damaged-text',
    message: `${doc.name}:${line}: prompt looks damaged by scraping (missing inline code near "${damage.map((d) => d.cue.trim()).join('", "')}"); kept as printed: ${question.prompt}`,
    lines: { first: line, last: line },
  })
}
