import { stripEnds } from './stripEnds.js'

/** Options of {@link declaredCount}. */
export interface DeclaredCountOptions {
  /** Whether a ranking word alone declares a count ("Top 12 React Concepts"). Default: false. */
  ranked?: boolean
}

// Words that name what is counted ("25 … Questions", "40 FAQs", "30 Q&As").
const COUNTED = /^(?:questions?|faqs?|q&as?|qs|answers?)$/i
// Words that rank a count ("Top 12", "Best 10").
const RANKING = /^(?:top|best|first|essential|common|must-know)$/i
/** Largest count believed. */
const MAX_COUNT = 500
/** How many words after the number may come before the counted word ("30 Must-Know Rust Interview Questions"). */
const COUNTED_WITHIN = 7

/**
 * The question count a text declares: a number (2 to `MAX_COUNT`, one to
 * three digits, optionally `30+`) followed within seven words by
 * "questions", "FAQs", "Q&A" or "answers" (`Top 40 Flask Interview
 * Questions`, `the 25 questions below`), or, with `ranked`, preceded by
 * "Top"/"Best" (`Top 12 React Concepts`). A year is never a count (`2025
 * Kotlin Interview Questions`, `Kotlin Questions 2024`): four digits are
 * not read.
 *
 * The one reading of a declared count for every style.
 *
 * @example
 *   declaredCount('Top 40 Flask Interview Questions and Answers') // 40
 *   declaredCount('2025 Kotlin Interview Questions') // undefined
 *   declaredCount('Top 12 React Concepts', { ranked: true }) // 12
 */
export function declaredCount(text: string, options: DeclaredCountOptions = {}): number | undefined {
  const words = text.replace(/^#+\s*/, '').split(/\s+/)
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? ''
    if (!/^\d{1,3}\+?$/.test(w)) continue
    const count = Number.parseInt(w, 10)
    if (count < 2 || count > MAX_COUNT) continue
    const ranked = options.ranked === true && k > 0 && RANKING.test(words[k - 1] ?? '')
    const counted = words.slice(k + 1, k + 1 + COUNTED_WITHIN).some((x) => COUNTED.test(trimPunctuation(x)))
    if (ranked || counted) return count
  }
  return undefined
}

/** A word without the punctuation around it (`Questions:` → `Questions`, `(Q&A)` → `Q&A`). */
function trimPunctuation(word: string): string {
  const punctuation = (c: string) => !/[\p{L}\p{N}&]/u.test(c)
  return stripEnds(word, punctuation, punctuation)
}

/** A count a document declares in its title ("Top 25 … Questions"). */
export interface DeclaredTitle {
  readonly count: number
  /** 1-based line of the title that declares it. */
  readonly line: number
  /** The title as printed. */
  readonly title: string
}

/** Non-blank lines from the top searched for a title that declares a count. */
const TITLE_SEARCH_LINES = 12

/**
 * Find a title near the top that declares how many questions follow: a
 * short line (not a sentence or a lead-in) with a count `declaredCount`
 * reads, "Top"/"Best" alone included (`Top 40 Flask Interview Questions`,
 * `40 SQL Questions for Beginners`). Years (`2026`) are not counts.
 *
 * @example
 *   findDeclaredCount(['3 Views', 'Top 40 Flask Interview Questions and Answers'])
 *   // { count: 40, line: 2, title: 'Top 40 Flask Interview Questions and Answers' }
 */
export function findDeclaredCount(lines: readonly string[]): DeclaredTitle | null {
  let seen = 0
  for (let i = 0; i < lines.length && seen < TITLE_SEARCH_LINES; i++) {
    const title = (lines[i] ?? '').trim()
    if (title === '') continue
    seen++
    // A title is short and does not end like a sentence or a lead-in
    // ("Here are 30 questions you should know:" is prose).
    if (title.length > 160 || title.split(/\s+/).length > 20 || /[.!:;,]$/.test(title)) continue
    const count = declaredCount(title, { ranked: true })
    if (count !== undefined) return { count, line: i + 1, title: title.replace(/^#+\s*/, '') }
  }
  return null
}
