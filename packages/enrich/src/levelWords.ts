import type { Difficulty } from '@quizbank/core'
import { tokenize } from './tokenize.js'

// Words by which headings and titles state a level, compared as tokenize() keys (stemmed).
const LEVEL_WORDS: readonly (readonly [Difficulty, readonly string[]])[] = [
  ['beginner', ['beginner', 'basic', 'entry', 'junior', 'easy', 'introductory', 'novice', 'freshers', 'fresher']],
  ['intermediate', ['intermediate', 'mid', 'medium', 'moderate']],
  ['advanced', ['advanced', 'expert', 'senior', 'hard', 'experienced']],
]

const byKey = new Map<string, Difficulty>()
for (const [level, words] of LEVEL_WORDS) for (const word of words) for (const t of tokenize(word)) byKey.set(t.key, level)

/**
 * The one difficulty level a heading or title states ("Advanced DRF
 * Topics" → advanced), or `undefined` when it states none or several
 * ("Beginner to Intermediate" is a range, not a level).
 *
 * @example
 *   statedLevel('5B. Advanced DRF Topics') // 'advanced'
 *   statedLevel('Top 25 Questions (Beginner to Intermediate)') // undefined
 */
export function statedLevel(text: string): Difficulty | undefined {
  const levels = new Set<Difficulty>()
  for (const token of tokenize(text)) {
    const level = byKey.get(token.key)
    if (level !== undefined) levels.add(level)
  }
  return levels.size === 1 ? [...levels][0] : undefined
}
