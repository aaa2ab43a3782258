import { isBlank } from '../../shared/isBlank.js'
import { isChromeLine } from './cues.js'
import type { TitleInfo } from './findTitle.js'
import type { Diagnostic, SourceDocument } from '../../types.js'
import type { SkipCollector } from './skipCollector.js'

/**
 * The warning that a non-empty document yielded no questions, so that a
 * document skipped line by line (noise, or an unexpected style) still
 * stands out. Empty for a blank document.
 *
 * @example
 *   noQuestionsWarning(doc, 'numbered-list')[0]?.code // 'no-questions'
 */
export function noQuestionsWarning(doc: SourceDocument, format: string): Diagnostic[] {
  if (doc.lines.every((l) => isBlank(l))) return []
  return [{ severity: 'warning', code: 'no-questions', message: `${doc.name}: no questions found (read as ${format}); every line is skipped` }]
}

/**
 * Skip every line of a document in which no question was found: the title
 * as `title`, furniture as `chrome`, the rest as `unrelated-prose`. Nothing
 * is left unaccounted for.
 *
 * @example
 *   classifyAll(['Notes', 'Fixed a bug.'], { index: 0, text: 'Notes' }, skips)
 *   // skips.ranges: title 1, unrelated-prose 2
 */
export function classifyAll(lines: readonly string[], title: TitleInfo | undefined, skips: SkipCollector): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    if (i === title?.index) skips.add(i, 'title')
    else skips.add(i, isChromeLine(line) ? 'chrome' : 'unrelated-prose')
  }
}
