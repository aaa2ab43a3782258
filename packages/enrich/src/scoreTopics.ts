import { matchPhrases } from './phraseIndex.js'
import type { Token } from './tokenize.js'
import type { CompiledVocabulary } from './vocabulary.js'

/** Options of {@link scoreTopics}. */
export interface ScoreTopicsOptions {
  /** Ignore phrases weighing less than this. Default `1` (count all). */
  minWeight?: number
}

/**
 * Sum the topic weights of the vocabulary's concepts found in `tokens`, per
 * topic, in order of first mention. Topics without a hit are absent.
 *
 * @example
 *   scoreTopics(tokenize('Compare select_related and prefetch_related'), compileVocabulary(django)) // Map { 'orm' => 6 }
 */
export function scoreTopics(tokens: readonly Token[], vocabulary: CompiledVocabulary, options: ScoreTopicsOptions = {}): Map<string, number> {
  const minWeight = options.minWeight ?? 1
  const scores = new Map<string, number>()
  for (const hit of matchPhrases(vocabulary.topicIndex, tokens).hits) {
    // A phrase shared by two concepts of one topic ("secure" in `security`
    // and `https`) is one mention: it counts once, at its highest weight.
    const strongest = new Map<string, number>()
    for (const { topic, weight } of hit.values) if (weight >= minWeight && weight > (strongest.get(topic) ?? 0)) strongest.set(topic, weight)
    for (const [topic, weight] of strongest) scores.set(topic, (scores.get(topic) ?? 0) + weight)
  }
  return scores
}
