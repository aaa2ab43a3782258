import { FORMATS } from './formats/registry.js'
import type { FormatName, SourceDocument } from './types.js'

/**
 * Pick the style that fits a document best: every format scores the
 * document and the highest score wins; ties go to the earlier format in
 * the registry (most specific first). Falls back to `numbered-list`, whose
 * parser reports unrecognised lines instead of guessing.
 *
 * @example
 *   detectFormat(doc) // 'question-answer'
 */
export function detectFormat(doc: SourceDocument): FormatName {
  const [best] = scoreFormats(doc)
  return best !== undefined && best.score > 0 ? best.format : 'numbered-list'
}

/**
 * Every format's score for a document, highest first (a stable sort, so
 * ties keep registry order); a detector that throws scores 0. For tooling
 * and for explaining a detection in diagnostics.
 *
 * @example
 *   scoreFormats(doc)[0] // { format: 'markdown', score: 0.9 }
 */
export function scoreFormats(doc: SourceDocument): { format: FormatName; score: number }[] {
  return FORMATS.map((f) => {
    try {
      return { format: f.name, score: f.detect(doc) }
    } catch {
      return { format: f.name, score: 0 }
    }
  }).sort((a, b) => b.score - a.score)
}
