import { findTableOfContents } from './findTableOfContents.js'
import { documentMeta, findTitle, QUESTION_CUE } from './findTitle.js'
import { isHeadingLike } from './isHeadingLike.js'
import { parseNumberedLine } from './numbering.js'
import { isBlank, nextNonBlank, wordCount } from '../../shared/textLines.js'

/** A numbered topic heading: `#1. Generics`, `1. Generics`, `1) Generics`. */
export interface TopicHeading {
  /** 0-based line index. */
  index: number
  /** The number as printed. */
  number: number
  /** The heading's text after the number. */
  title: string
  /** The numbering as printed with digits replaced by `N` (`#N.`, `N)`), so a run keeps one style. */
  style: string
}

/** A run of topic headings numbered 1..N that a "Top N" article's questions are. */
export interface TopicRun {
  headings: TopicHeading[]
  /** Whether the document declared N questions ("Top 5 … Questions", "the 4 questions"). */
  declared: boolean
}

/** Tuned numbers of the "Top N" topic-run reading. */
const TOPIC_RUN = {
  /** Fewest headings a run needs when the document declares no count (a declared count must be matched exactly instead). */
  minUndeclared: 4,
  /** Fewest words of the paragraph under each heading when no count is declared. */
  minUndeclaredWords: 20,
  /** Fewest words of the paragraph under each heading when a count is declared. */
  minDeclaredWords: 8,
} as const

// Runs looked at for a declared count: enough for any real page.
const MAX_RUNS = 20
// A title that promises steps or advice numbers instructions, not topics to
// be asked about, even on a page about interviews.
const STEPS_TITLE = /^how to\b|\b(?:steps?|tips|ways|tutorial|checklist)\b/i

/**
 * Find the questions of a "Top N" article whose sections are plain numbered
 * topic headings (`#1. Generics and Constraints`, `1) Lifetimes`) with
 * paragraphs under them and no `Question` word. The headings must be
 * numbered 1..N consecutively in one numbering style; with a count declared
 * before them the run must reach it and stops there, otherwise the run needs `TOPIC_RUN.minUndeclared`
 * headings over long paragraphs, none asking with `?`, in a page that names
 * questions or interviews before the run and whose title does not promise
 * steps or tips ("How to …", "7 Tips …"). Returns undefined when no run
 * qualifies.
 *
 * @example
 *   findTopicRun(['Top 2 Go Questions', '1. Goroutines', 'Goroutines are cheap threads run by the Go scheduler.', '2. Channels', 'Channels pass values between goroutines safely.'])
 *   // { declared: true, headings: [{ index: 1, number: 1, title: 'Goroutines', style: 'N.' }, { index: 3, … }] }
 */
export function findTopicRun(lines: readonly string[]): TopicRun | undefined {
  const { minUndeclared, minUndeclaredWords, minDeclaredWords } = TOPIC_RUN
  // A declared count is at least 2, so single headings never matter; the
  // cap keeps a page of many short numbered lists from going quadratic.
  const runs = candidateRuns(lines, minDeclaredWords).filter((run) => run.length >= 2).slice(0, MAX_RUNS)
  let declaredAnywhere = false
  for (const run of runs) {
    const start = run[0]?.index ?? 0
    const count = documentMeta(lines, findTitle(lines, start), start).declaredCount
    // Sections numbered past N (`5) Wrapping Up` after four topics) are not questions.
    if (count !== undefined && run.length >= count) return { headings: run.slice(0, count), declared: true }
    declaredAnywhere ||= count !== undefined
  }
  // A page that declares a count no run matches is read some other way.
  if (declaredAnywhere) return undefined
  const best = runs
    .filter((run) => run.length >= minUndeclared && run.every((h) => !h.title.includes('?') && paragraphWords(lines, h.index) >= minUndeclaredWords))
    .reduce<TopicHeading[] | undefined>((a, b) => (a === undefined || b.length > a.length ? b : a), undefined)
  if (best === undefined) return undefined
  const start = best[0]?.index ?? 0
  const before = lines.slice(0, start).join('\n')
  const title = findTitle(lines, start)?.text ?? ''
  return QUESTION_CUE.test(before) && !STEPS_TITLE.test(title) ? { headings: best, declared: false } : undefined
}

// Runs of candidate headings numbered 1, 2, 3… in one style, in document
// order. A numbered list inside a section body starts a run of its own, so
// the outer run carries on past it.
function candidateRuns(lines: readonly string[], minWords: number): TopicHeading[][] {
  const contents = findTableOfContents(lines)
  const runs: TopicHeading[][] = []
  const waiting = new Map<string, TopicHeading[][]>()
  for (let i = 0; i < lines.length; i++) {
    if (contents.has(i)) continue
    const h = topicHeading(lines, i, minWords)
    if (h === undefined) continue
    // Runs waiting for their next number, by style and number; the earliest
    // (outermost) run wins. A map keeps long inputs linear.
    const key = `${h.style} ${h.number}`
    const run = h.number === 1 ? [] : waiting.get(key)?.shift()
    if (run === undefined) continue
    if (run.length === 0) runs.push(run)
    run.push(h)
    const nextKey = `${h.style} ${h.number + 1}`
    waiting.set(nextKey, [...(waiting.get(nextKey) ?? []), run])
  }
  return runs
}

/**
 * A line shaped like a numbered topic heading, in or out of a run (`0.
 * Introduction` and `5) Wrapping Up` around a run are told by its style).
 *
 * @example
 *   numberedHeading('#1. Generics') // { number: 1, title: 'Generics', style: '#N.' }
 */
export function numberedHeading(line: string): Omit<TopicHeading, 'index'> | undefined {
  const n = parseNumberedLine(line)
  if (n?.style !== 'plain' || !isHeadingLike(n.text, { maxWords: 12, maxLength: 100, allowColon: true })) return undefined
  const token = line.trim().split(/\s/)[0] ?? ''
  return { number: Number(n.number), title: n.text, style: token.replace(/\d+/g, 'N') }
}

function topicHeading(lines: readonly string[], i: number, minWords: number): TopicHeading | undefined {
  const h = numberedHeading(lines[i] ?? '')
  if (h === undefined) return undefined
  const next = nextNonBlank(lines, i + 1)
  // A heading has a paragraph under it; a list item has the next item.
  if (next === -1 || isHeadingLike(lines[next] ?? '') || parseNumberedLine(lines[next] ?? '') !== undefined) return undefined
  return paragraphWords(lines, i) < minWords ? undefined : { index: i, ...h }
}

// Words of the paragraph under the heading at `i`.
function paragraphWords(lines: readonly string[], i: number): number {
  const start = nextNonBlank(lines, i + 1)
  if (start === -1) return 0
  let words = 0
  for (let k = start; k < lines.length && !isBlank(lines[k] ?? ''); k++) {
    if (k > start && parseNumberedLine(lines[k] ?? '') !== undefined) break
    words += wordCount(lines[k] ?? '')
  }
  return words
}
