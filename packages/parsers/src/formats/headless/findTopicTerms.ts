import type { DocumentProfile } from './profileDocument.js'
import { HEADLESS } from './settings.js'

/**
 * The names a document is about: proper nouns of its title that recur in
 * its sentences (`Flask` in "Top 40 Flask Interview Questions"), or, with
 * no such title, its most frequent proper noun when that one clearly
 * dominates. Definitions scoped to the topic (`Middleware in Flask`,
 * `A Flask App`) are likely answer openings.
 *
 * @example
 *   findTopicTerms('Top 40 Flask Interview Questions', profile) // Set {'Flask'}
 */
export function findTopicTerms(title: string | undefined, profile: DocumentProfile): Set<string> {
  const minCount = HEADLESS.minTopicCount
  const terms = new Set<string>()
  const counts = profile.nameCounts
  const titleWords = (title ?? '').split(/[^A-Za-z0-9+#]+/).filter((w) => (counts.get(w) ?? 0) >= minCount)
  // Title words like "Interview" recur in page furniture; the topic recurs far more.
  const most = Math.max(0, ...titleWords.map((w) => counts.get(w) ?? 0))
  for (const w of titleWords) if ((counts.get(w) ?? 0) >= most * 0.2) terms.add(w)
  if (terms.size > 0) return terms
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const [top, runnerUp] = ranked
  if (top !== undefined && top[1] >= minCount * 2 && top[1] >= 2 * (runnerUp?.[1] ?? 0)) terms.add(top[0])
  return terms
}
