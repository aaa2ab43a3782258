import { DEFAULT_STOP_WORDS, stemTerm } from '@quizbank/core/search'
import { HEADLESS } from './settings.js'

// The search index's stop words and Porter2 stemmer: one notion of a content word across the repo.
const STOP_WORDS = new Set(DEFAULT_STOP_WORDS)

/**
 * How much the vocabulary changes at each line: for line `i` (0-based),
 * 1 − cosine similarity between the words of the `window` non-blank lines
 * before it and the `window` lines from it on, each word weighted by how
 * rare it is in the document (so the document's own topic word, present
 * everywhere, does not hide a change of subject). A new answer block opens
 * on a new topic, so its first line scores high; a sub-definition inside a
 * block shares its words and scores low (TextTiling, Hearst 1997).
 *
 * @example
 *   lexicalShift(['cats purr', 'cats sleep', 'bonds yield', 'bonds mature'], { window: 2 })[2] // 1
 */
export function lexicalShift(lines: readonly string[]): number[] {
  const window = HEADLESS.shiftWindow
  const bags = lines.map(wordsOf)
  const df = new Map<string, number>()
  for (const bag of bags) for (const w of new Set(bag)) df.set(w, (df.get(w) ?? 0) + 1)
  const total = Math.max(1, bags.filter((b) => b.length > 0).length)
  const weight = (w: string) => Math.log((total + 1) / (df.get(w) ?? 1))
  const nonBlank = bags.map((b, i) => (b.length > 0 ? i : -1)).filter((i) => i >= 0)
  const shift = new Array<number>(lines.length).fill(0)
  nonBlank.forEach((i, k) => {
    const before = vector(nonBlank.slice(Math.max(0, k - window), k), bags, weight)
    const after = vector(nonBlank.slice(k, k + window), bags, weight)
    shift[i] = before.size === 0 ? 1 : 1 - cosine(before, after)
  })
  return shift
}

function wordsOf(line: string): string[] {
  const words = line.toLowerCase().match(/[a-z][a-z0-9_]{2,}/g) ?? []
  return words.filter((w) => !STOP_WORDS.has(w)).map((w) => stemTerm(w))
}

function vector(lines: number[], bags: string[][], weight: (w: string) => number): Map<string, number> {
  const v = new Map<string, number>()
  for (const i of lines) for (const w of bags[i] ?? []) v.set(w, (v.get(w) ?? 0) + weight(w))
  return v
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (const [w, x] of a) {
    na += x * x
    const y = b.get(w)
    if (y !== undefined) dot += x * y
  }
  for (const y of b.values()) nb += y * y
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb)
}
