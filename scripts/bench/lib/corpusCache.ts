import type { Question } from '@quizbank/core'
import { generateCorpus } from '../generateCorpus.js'
import { timeOnce } from './stats.js'

const cache = new Map<number, Question[]>()

/** The synthetic corpus of `size` questions, generated once per process. */
export function corpusOf(size: number): Question[] {
  let corpus = cache.get(size)
  if (corpus === undefined) {
    const { ms, value } = timeOnce(() => generateCorpus(size))
    process.stderr.write(`  (generated ${size} questions in ${(ms / 1000).toFixed(1)} s)\n`)
    corpus = value
    cache.set(size, corpus)
  }
  return corpus
}

/** Drop a corpus once no bench needs it, so the next size has the memory. */
export function forgetCorpus(size: number): void {
  cache.delete(size)
}
