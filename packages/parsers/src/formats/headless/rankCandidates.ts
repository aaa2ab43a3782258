import { findDeclaredCount } from '../../shared/declaredCount.js'
import { prevNonBlank } from '../../shared/textLines.js'
import { findTrailingChrome } from './classifyChrome.js'
import { findCandidates, type Candidate } from './findCandidates.js'
import { lexicalShift } from './lexicalShift.js'
import { findTopicTerms, profileDocument } from './profileDocument.js'
import { scoreBlockStart } from './scoreBlockStart.js'
import { HEADLESS } from './settings.js'

/** A candidate block start with its score. */
export interface ScoredCandidate extends Candidate {
  readonly score: number
}

/**
 * Find and score every candidate block start between the declared-count
 * title (or the top) and the trailing furniture, with what the document
 * says about its topic and its words. Each candidate is scored against
 * the block opened by the last strong start before it, so a sentence that
 * only repeats that block's subject, or follows it too closely, is marked
 * down.
 *
 * @example
 *   rankCandidates(lines).ranked.filter((c) => c.score >= 4)
 */
export function rankCandidates(lines: readonly string[]) {
  const { strongScore } = HEADLESS
  const trailing = findTrailingChrome(lines)
  const declared = findDeclaredCount(lines)
  const from = declared?.line ?? 0
  const to = trailing.start
  const profile = profileDocument(lines.slice(0, to))
  const topicTerms = findTopicTerms(declared?.title, profile)
  const shift = lexicalShift(lines.slice(from, to))
  const candidates = findCandidates(lines.slice(from, to)).map((c) => ({ ...c, line: c.line + from }))
  const scored: ScoredCandidate[] = []
  let open: ScoredCandidate | undefined
  for (const c of candidates) {
    const above = prevNonBlank(lines, c.line - 2)
    const context = {
      before: c.column > 0 ? (lines[c.line - 1] ?? '').slice(0, c.column) : above >= from ? (lines[above] ?? '') : '',
      shift: shift[c.line - 1 - from] ?? 0,
      topicTerms,
      ...(open === undefined
        ? {}
        : { currentSubject: open.opening.subject, linesSinceStart: nonBlankBetween(lines, open.line, c.line), wordsSinceStart: wordsBetween(lines, open, c) }),
    }
    const s = { ...c, score: scoreBlockStart(c, context) }
    scored.push(s)
    if (s.score >= strongScore) open = s
  }
  return { ranked: scored, trailing, declared, profile }
}

function nonBlankBetween(lines: readonly string[], firstLine: number, lastLine: number): number {
  let n = 0
  for (let i = firstLine; i < lastLine - 1; i++) if ((lines[i] ?? '').trim() !== '') n++
  return n + 1
}

// Words from the open block's start up to the candidate.
function wordsBetween(lines: readonly string[], open: Candidate, c: Candidate): number {
  let n = 0
  for (let i = open.line; i <= c.line; i++) {
    let line = lines[i - 1] ?? ''
    // Slice the end first: on a shared line the columns count from its start.
    if (i === c.line) line = line.slice(0, c.column)
    if (i === open.line) line = line.slice(open.column)
    const t = line.trim()
    if (t !== '') n += t.split(/\s+/).length
  }
  return n
}
