// The one index the whole app queries, built once from the corpus's public exports.
import { createIndex, DIFFICULTIES, type QuestionSet } from '@quizbank/core'
import { djangoTaxonomy, questions, sets, taxonomies, type DjangoQuestion } from '@quizbank/corpus'

export { questions }
export type { DjangoQuestion }

/** Every question of the corpus, with the set subjects and taxonomies for the subject filter. */
export const index = createIndex(questions, { sets, taxonomies })

const setById = new Map<string, QuestionSet>(sets.map((s) => [s.id, s]))

/** The set a question comes from. */
export function setOf(id: string): QuestionSet | undefined {
  return setById.get(id)
}

/** A topic's label in its taxonomy, or the id itself for a topic no taxonomy lists. */
export function topicLabel(topic: string): string {
  for (const t of taxonomies) {
    const found = t.topics.find((x) => x.id === topic)
    if (found) return found.label
  }
  return topic
}

/** The values each filter can take, in display order, for the filter form. */
export const facets = {
  subjects: taxonomies.map((t) => ({ value: t.id, label: t.title })),
  topics: djangoTaxonomy.topics.map((t) => ({ value: t.id, label: t.label })),
  sets: sets.map((s) => ({ value: s.id, label: s.title })),
  difficulties: DIFFICULTIES.map((d) => ({ value: d, label: d })),
  licenses: [...new Set(questions.flatMap((q) => [q.license?.prompt ?? 'unknown', q.license?.answer ?? 'unknown']))].sort().map((l) => ({ value: l, label: l })),
  tags: [...new Set(questions.flatMap((q) => q.tags))].sort(),
}
