import type { Topic } from '@quizbank/core'
import { compilePhrases, matchPhrases, type PhraseIndex } from './phraseIndex.js'
import { TOPIC_KEYWORDS } from './topicKeywords.js'
import type { Token } from './tokenize.js'

interface TopicWeight {
  readonly topic: Topic
  readonly weight: number
}

let index: PhraseIndex<TopicWeight> | undefined

/** The compiled {@link TOPIC_KEYWORDS}, built once on first use. */
function topicIndex(): PhraseIndex<TopicWeight> {
  index ??= compilePhrases(
    Object.entries(TOPIC_KEYWORDS).flatMap(([topic, phrases]) =>
      phrases.map(([phrase, weight]) => ({ phrase, value: { topic: topic as Topic, weight } })),
    ),
  )
  return index
}

/** Options of {@link scoreTopics}. */
export interface ScoreTopicsOptions {
  /** Ignore phrases weighing less than this. Default `1` (count all). */
  minWeight?: number
}

/**
 * Sum the {@link TOPIC_KEYWORDS} weights found in `tokens`, per topic, in
 * order of first mention. Topics without a hit are absent from the map.
 *
 * @example
 *   scoreTopics(tokenize('Compare select_related and prefetch_related')) // Map { 'orm' => 6 }
 */
export function scoreTopics(tokens: readonly Token[], options: ScoreTopicsOptions = {}): Map<Topic, number> {
  const minWeight = options.minWeight ?? 1
  const scores = new Map<Topic, number>()
  for (const hit of matchPhrases(topicIndex(), tokens).hits) {
    for (const { topic, weight } of hit.values) {
      if (weight >= minWeight) scores.set(topic, (scores.get(topic) ?? 0) + weight)
    }
  }
  return scores
}
