import { declaredCount } from '../../shared/declaredCount.js'

/** A count a document declares in its title ("Top 25 … Questions"). */
export interface DeclaredCount {
  readonly count: number
  /** 1-based line of the title that declares it. */
  readonly line: number
  /** The title as printed. */
  readonly title: string
}

/** Options of {@link findDeclaredCount}. */
export interface FindDeclaredCountOptions {
  /** How many non-blank lines from the top are searched. Default: 12. */
  searchLines?: number
  /** Largest count believed. Default: 500. */
  maxCount?: number
}

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
export function findDeclaredCount(lines: readonly string[], options: FindDeclaredCountOptions = {}): DeclaredCount | null {
  const searchLines = options.searchLines ?? 12
  const maxCount = options.maxCount ?? 500
  let seen = 0
  for (let i = 0; i < lines.length && seen < searchLines; i++) {
    const title = (lines[i] ?? '').trim()
    if (title === '') continue
    seen++
    // A title is short and does not end like a sentence or a lead-in
    // ("Here are 30 questions you should know:" is prose).
    if (title.length > 160 || title.split(/\s+/).length > 20 || /[.!:;,]$/.test(title)) continue
    const count = declaredCount(title, { ranked: true, maxCount })
    if (count !== undefined) return { count, line: i + 1, title: title.replace(/^#+\s*/, '') }
  }
  return null
}
