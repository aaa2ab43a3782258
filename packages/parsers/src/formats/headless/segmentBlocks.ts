import { prevNonBlank } from '../../shared/textLines.js'
import type { Opening } from './analyzeOpening.js'
import type { ScoredCandidate } from './rankCandidates.js'
import { HEADLESS } from './settings.js'

/**
 * Pick the block starts: with a count `n` the document declares, the n
 * best-scoring candidates (ties to the earlier one) that clear
 * `HEADLESS.floor`; without one, every strong candidate. Returned in
 * document order.
 *
 * @example
 *   chooseStarts(ranked, 25).length // 25 when there are enough candidates
 */
export function chooseStarts(ranked: readonly ScoredCandidate[], n?: number): ScoredCandidate[] {
  const { strongScore, floor } = HEADLESS
  const chosen =
    n === undefined
      ? ranked.filter((c) => c.score >= strongScore)
      : [...ranked]
          .filter((c) => c.score >= floor)
          .sort((a, b) => b.score - a.score || a.line - b.line || a.column - b.column)
          .slice(0, n)
  return chosen.sort((a, b) => a.line - b.line || a.column - b.column)
}

/** An answer block: its lines, and where a glued neighbour cuts them. */
export interface Block {
  /** 1-based first line. */
  readonly first: number
  /** 1-based last line. */
  readonly last: number
  readonly opening: Opening
  /** The block's text, line by line: the first line from the block's start, the last up to a glued next block. */
  readonly text: string[]
}

/**
 * Cut the lines from the first start up to `end` (0-based, exclusive) into
 * blocks. A block runs to the line before the next start, or, when the next
 * block starts glued mid-line, up to that point of the shared line (both
 * blocks then claim that line).
 *
 * @example
 *   buildBlocks(['A is x.', 'More.', 'B is y.'], starts, 3).map((b) => [b.first, b.last]) // [[1, 2], [3, 3]]
 */
export function buildBlocks(lines: readonly string[], starts: readonly ScoredCandidate[], end: number): Block[] {
  return starts.map((start, k) => {
    const next = starts[k + 1]
    const cut = next !== undefined && next.column > 0 ? next.column : undefined
    const last = next !== undefined && cut !== undefined ? next.line : lastNonBlank(lines, start.line, next === undefined ? end : next.line - 1)
    const text: string[] = []
    for (let i = start.line; i <= last; i++) {
      let line = lines[i - 1] ?? ''
      if (i === last && cut !== undefined) line = line.slice(0, cut)
      if (i === start.line) line = line.slice(start.column)
      text.push(line)
    }
    return { first: start.line, last, opening: start.opening, text }
  })
}

// Last non-blank 1-based line in [first, upTo] (upTo 1-based), at least `first`.
function lastNonBlank(lines: readonly string[], first: number, upTo: number): number {
  return Math.max(first, prevNonBlank(lines, upTo - 1) + 1)
}
