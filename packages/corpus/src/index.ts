import type { Question, QuestionSet, Taxonomy, TopicInfo } from '@quizbank/core'
import { allSets } from './allSets.js'
import { taxonomy as djangoTaxonomy, type DjangoTopic } from './taxonomies/django.js'

export type { DjangoTopic }
export { djangoTaxonomy }

/** A question of the Django corpus: its `topic` is a {@link DjangoTopic}, so filters on it are checked at compile time. */
export type DjangoQuestion = Question<DjangoTopic>

/** Every question set of the corpus, in set id order. Each names its `subject` (today all are `django`). */
export const sets: readonly QuestionSet<DjangoTopic>[] = allSets

/** Every question of the corpus: sets in id order, questions in document order. */
export const questions: readonly DjangoQuestion[] = allSets.flatMap((s) => s.questions)

/** The subject taxonomies the corpus's sets name, by subject id. */
export const taxonomies: readonly Taxonomy[] = [djangoTaxonomy]

/** A taxonomy topic with how many corpus questions it holds. */
export interface TopicCount extends TopicInfo {
  readonly id: DjangoTopic
  readonly count: number
}

/** The Django taxonomy's topics, in taxonomy order, with the corpus's question count per topic. */
export const topics: readonly TopicCount[] = djangoTaxonomy.topics.map((t) => ({ ...t, count: questions.filter((q) => q.topic === t.id).length }))

let byId: Map<string, DjangoQuestion> | undefined

/**
 * Look a question up by its stable id.
 *
 * @example
 *   getQuestion('top-30-guide/middleware-django')?.prompt
 */
export function getQuestion(id: string): DjangoQuestion | undefined {
  byId ??= new Map(questions.map((q) => [q.id, q]))
  return byId.get(id)
}
