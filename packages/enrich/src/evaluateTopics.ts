/** A human judgement of one question's topic, labelled by reading the question. */
export interface TopicLabel {
  /** The question id. */
  id: string
  /** The topic a reader would look under. */
  topic: string
  /** A second topic the reader found almost as right, when the question straddles two. */
  alt?: string
}

/** A question whose assigned topic is not the labelled one. */
export interface TopicMiss {
  id: string
  expected: string
  /** The topic assigned; `undefined` when the question was not found. */
  actual: string | undefined
  /** True when the assigned topic is the label's `alt`. */
  alt: boolean
}

/** Accuracy of topic assignments against labels. */
export interface TopicEvaluation {
  /** Labelled questions found among the assignments. */
  total: number
  correct: number
  /** correct / total; `1` when nothing was labelled. */
  accuracy: number
  /** (correct + assignments equal to the label's `alt`) / total. */
  lenientAccuracy: number
  /** Labels whose id has no assignment (a stale label file). */
  missing: string[]
  misses: TopicMiss[]
  /** Per expected topic: how many labelled, how many right. */
  byTopic: Map<string, { total: number; correct: number }>
}

/**
 * Score topic assignments (question id → topic) against labels, the way
 * `evaluateClusters` scores clusters: the number a change to the vocabulary
 * or the topic rules is judged by.
 *
 * @example
 *   const result = evaluateTopics(labels, new Map(questions.map((q) => [q.id, q.topic])))
 *   console.log(result.accuracy.toFixed(3))
 */
export function evaluateTopics(labels: readonly TopicLabel[], assigned: ReadonlyMap<string, string>): TopicEvaluation {
  let correct = 0
  let lenient = 0
  const missing: string[] = []
  const misses: TopicMiss[] = []
  const byTopic = new Map<string, { total: number; correct: number }>()
  for (const label of labels) {
    const actual = assigned.get(label.id)
    if (actual === undefined) {
      missing.push(label.id)
      continue
    }
    const row = byTopic.get(label.topic) ?? { total: 0, correct: 0 }
    row.total++
    byTopic.set(label.topic, row)
    if (actual === label.topic) {
      correct++
      lenient++
      row.correct++
    } else {
      const alt = label.alt !== undefined && actual === label.alt
      if (alt) lenient++
      misses.push({ id: label.id, expected: label.topic, actual, alt })
    }
  }
  const total = labels.length - missing.length
  return { total, correct, accuracy: total === 0 ? 1 : correct / total, lenientAccuracy: total === 0 ? 1 : lenient / total, missing, misses, byTopic }
}
