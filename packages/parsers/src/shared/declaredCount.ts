/** Options of {@link declaredCount}. */
export interface DeclaredCountOptions {
  /** Whether a ranking word alone declares a count ("Top 12 React Concepts"). Default: false. */
  ranked?: boolean
  /** Largest count believed. Default: 500. */
  maxCount?: number
}

// Words that name what is counted ("25 … Questions", "40 FAQs", "30 Q&As").
const COUNTED = /^(?:questions?|faqs?|q&as?|qs|answers?)$/i
// Words that rank a count ("Top 12", "Best 10").
const RANKING = /^(?:top|best|first|essential|common|must-know)$/i
/** How many words after the number may come before the counted word ("30 Must-Know Rust Interview Questions"). */
const COUNTED_WITHIN = 7

/**
 * The question count a text declares: a number (2 to `maxCount`, one to
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
  const maxCount = options.maxCount ?? 500
  const words = text.replace(/^#+\s*/, '').split(/\s+/)
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? ''
    if (!/^\d{1,3}\+?$/.test(w)) continue
    const count = Number.parseInt(w, 10)
    if (count < 2 || count > maxCount) continue
    const ranked = options.ranked === true && k > 0 && RANKING.test(words[k - 1] ?? '')
    const counted = words.slice(k + 1, k + 1 + COUNTED_WITHIN).some((x) => COUNTED.test(trimPunctuation(x)))
    if (ranked || counted) return count
  }
  return undefined
}

/** A word without the punctuation around it (`Questions:` → `Questions`, `(Q&A)` → `Q&A`). */
function trimPunctuation(word: string): string {
  let start = 0
  let end = word.length
  const isWordChar = (c: string) => /[\p{L}\p{N}&]/u.test(c)
  while (start < end && !isWordChar(word.charAt(start))) start++
  while (end > start && !isWordChar(word.charAt(end - 1))) end--
  return word.slice(start, end)
}
