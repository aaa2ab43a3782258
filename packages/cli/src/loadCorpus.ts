import type { Question, QuestionIndex, QuestionSet } from '@quizbank/core'

/** The bundled corpus, indexed. */
export interface LoadedCorpus {
  readonly questions: readonly Question[]
  readonly sets: readonly QuestionSet[]
  readonly index: QuestionIndex
  /** Topics that hold questions: labelled ones in the corpus's order, then the rest by id. */
  readonly topics: readonly TopicRow[]
}

/** A topic of the corpus with its question count. */
export interface TopicRow {
  readonly id: string
  readonly label: string
  readonly count: number
}

/**
 * Load and index the bundled corpus. Imported on demand, so commands that do
 * not need the data (`--help`, `parse`, `validate`) never pay for it.
 *
 * @example
 *   const { index } = await loadCorpus()
 */
export async function loadCorpus(): Promise<LoadedCorpus> {
  const [{ createIndex }, corpus] = await Promise.all([import('@quizbank/core'), import('@quizbank/corpus')])
  return {
    questions: corpus.questions,
    sets: corpus.sets,
    index: createIndex(corpus.questions, { sets: corpus.sets, taxonomies: corpus.taxonomies }),
    topics: topicRows(corpus.questions, corpus.topics),
  }
}

/**
 * The topics the questions use, counted: topic ids are taken from the data
 * (any string), labels from `labelled` where it has one.
 *
 * @example
 *   topicRows(questions, [{ id: 'orm', label: 'ORM & querying' }])[0] // { id: 'orm', label: 'ORM & querying', count: 29 }
 */
export function topicRows(questions: readonly Question[], labelled: readonly { readonly id: string; readonly label?: string }[] = []): TopicRow[] {
  const counts = new Map<string, number>()
  for (const q of questions) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1)
  const order = new Map(labelled.map((t, i) => [t.id, i]))
  const labels = new Map(labelled.map((t) => [t.id, t.label ?? t.id]))
  return [...counts]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, count]) => ({ id, label: labels.get(id) ?? id, count }))
}
