import { isHeadingLike } from './isHeadingLike.js'
import { isBlank, nextNonBlank } from '../../shared/textLines.js'

/**
 * Find the titled sub-topics of a section body (`from..to`, 0-based, `to`
 * exclusive): short capitalised lines without end punctuation, each after
 * a finished sentence (or at the top) and before a paragraph. Returns their
 * 0-based indices.
 *
 * @example
 *   findSubtopics(['Query Optimization', 'Use select_related to join.', 'Custom Tags', 'Tags extend templates.'], 0, 4) // [0, 2]
 */
export function findSubtopics(lines: readonly string[], from: number, to: number): number[] {
  const found: number[] = []
  let prev: string | undefined
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    const next = nextNonBlank(lines, i + 1)
    const afterSentence = prev === undefined || /[.!?:"”’)]$/.test(prev.trim())
    if (afterSentence && next !== -1 && next < to && isHeadingLike(line) && isParagraph(lines[next] ?? '')) found.push(i)
    prev = line
  }
  return found
}

function isParagraph(line: string): boolean {
  const text = line.trim()
  return !isHeadingLike(text) && (text.length > 80 || /[.!?]$/.test(text))
}
