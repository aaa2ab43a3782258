import { TOPICS, type Question, type QuestionSet, type Topic, type TopicInfo } from '@quizbank/core'
import { allSets } from './allSets.js'

/** Every question set of the corpus, in set id order. */
export const sets: readonly QuestionSet[] = allSets

/** Every question of the corpus: sets in id order, questions in document order. */
export const questions: readonly Question[] = allSets.flatMap((s) => s.questions)

/** A taxonomy topic with how many corpus questions it holds. */
export interface TopicCount extends TopicInfo {
  readonly id: Topic
  readonly count: number
}

/** The topic taxonomy, in taxonomy order, with the corpus's question count per topic. */
export const topics: readonly TopicCount[] = TOPICS.map((t) => ({ ...t, count: questions.filter((q) => q.topic === t.id).length }))

let byId: Map<string, Question> | undefined

/**
 * Look a question up by its stable id.
 *
 * @example
 *   getQuestion('top-30-guide/middleware-django')?.prompt
 */
export function getQuestion(id: string): Question | undefined {
  byId ??= new Map(questions.map((q) => [q.id, q]))
  return byId.get(id)
}
