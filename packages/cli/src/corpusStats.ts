import type { Question, QuestionSet } from '@quizbank/core'
import type { TopicRow } from './loadCorpus.js'

// Difficulty levels in their natural order; `unrated` counts questions without one.
const LEVELS = ['beginner', 'intermediate', 'advanced'] as const

/** The composition of a corpus, as `quizbank stats` reports it. */
export interface CorpusStats {
  readonly questions: number
  readonly answered: number
  readonly sets: readonly { id: string; title: string; questions: number; answered: number; rated: number; inferredPrompts: number; clustered: number }[]
  readonly topics: readonly { id: string; label: string; questions: number; answered: number; beginner: number; intermediate: number; advanced: number; unrated: number }[]
  readonly difficulty: readonly { level: string; fromSource: number; byRule: number; reviewed: number }[]
  readonly clusters: { readonly count: number; readonly questions: number; readonly largest: readonly { id: string; size: number }[] }
}

/**
 * Count what a corpus holds: per set, per topic, per difficulty level (and
 * where the level came from), and near-duplicate clusters.
 *
 * @example
 *   corpusStats(sets, topicRows(questions)).sets[0] // { id: 'consolidated-sectioned', questions: 256, … }
 */
export function corpusStats(sets: readonly QuestionSet[], topics: readonly TopicRow[]): CorpusStats {
  const questions = sets.flatMap((s) => s.questions)
  const answered = (qs: readonly Question[]) => qs.filter((q) => q.answer !== undefined).length
  const clusters = new Map<string, number>()
  for (const q of questions) if (q.cluster !== undefined) clusters.set(q.cluster, (clusters.get(q.cluster) ?? 0) + 1)
  return {
    questions: questions.length,
    answered: answered(questions),
    sets: sets.map((s) => ({
      id: s.id,
      title: s.title,
      questions: s.questions.length,
      answered: answered(s.questions),
      rated: s.questions.filter((q) => q.difficulty !== undefined).length,
      inferredPrompts: s.questions.filter((q) => q.source.promptInferred).length,
      clustered: s.questions.filter((q) => q.cluster !== undefined).length,
    })),
    topics: topics.map((t) => {
      const qs = questions.filter((q) => q.topic === t.id)
      const at = (level: string | undefined) => qs.filter((q) => q.difficulty?.level === level).length
      return { id: t.id, label: t.label, questions: qs.length, answered: answered(qs), beginner: at('beginner'), intermediate: at('intermediate'), advanced: at('advanced'), unrated: at(undefined) }
    }),
    difficulty: [
      ...LEVELS.map((level) => ({
        level,
        fromSource: questions.filter((q) => q.difficulty?.level === level && q.difficulty.origin === 'source').length,
        byRule: questions.filter((q) => q.difficulty?.level === level && q.difficulty.origin === 'rule').length,
        reviewed: questions.filter((q) => q.difficulty?.level === level && q.difficulty.origin === 'reviewed').length,
      })),
    ],
    clusters: {
      count: clusters.size,
      questions: [...clusters.values()].reduce((a, b) => a + b, 0),
      largest: [...clusters]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 5)
        .map(([id, size]) => ({ id, size })),
    },
  }
}
