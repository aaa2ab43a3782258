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
  let best: FormatName = 'numbered-list'
  let bestScore = 0
  for (const format of FORMATS) {
    let score = 0
    try {
      score = format.detect(doc)
    } catch {
      score = 0
    }
    if (score > bestScore) {
      best = format.name
      bestScore = score
    }
  }
  return best
}

/**
 * Every format's score for a document, highest first: for tooling and for
 * explaining a detection in diagnostics.
 *
 * @example
 *   scoreFormats(doc)[0] // { format: 'markdown', score: 0.9 }
 */
export function scoreFormats(doc: SourceDocument): { format: FormatName; score: number }[] {
  return FORMATS.map((f) => {
    let score = 0
    try {
      score = f.detect(doc)
    } catch {
      score = 0
    }
    return { format: f.name, score }
  }).sort((a, b) => b.score - a.score)
}
