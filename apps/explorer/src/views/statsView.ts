import { DIFFICULTIES, query } from '@quizbank/core'
import { sets, topics } from '@quizbank/corpus'
import { barChart } from '../barChart.ts'
import { facets, index, questions } from '../explorerIndex.ts'
import { h } from '../h.ts'

/**
 * The corpus's composition as charts: by topic, set, difficulty, answer
 * origin and licence.
 *
 * @example
 *   statsView()
 */
export function statsView(): HTMLElement {
  const originCounts = new Map<string, number>()
  const answerLicenses = new Map<string, number>()
  for (const q of questions) {
    if (q.answer === undefined) continue
    const kind = q.answerOrigin?.kind ?? 'not stated'
    originCounts.set(kind, (originCounts.get(kind) ?? 0) + 1)
    const license = q.license?.answer ?? 'unknown'
    answerLicenses.set(license, (answerLicenses.get(license) ?? 0) + 1)
  }
  return h(
    'section',
    { class: 'view stats' },
    h('h1', { tabindex: -1 }, 'What the corpus holds'),
    h('p', {}, `${index.size} questions in ${sets.length} sets.`),
    barChart('Questions by topic', topics.map((t) => [t.label, t.count] as const)),
    barChart('Questions by set', sets.map((s) => [s.id, s.questions.length] as const)),
    barChart('Questions by difficulty', DIFFICULTIES.map((d) => [d, query(index, { difficulties: [d] }).total] as const)),
    barChart('Answers by origin', [...originCounts]),
    barChart('Answers by licence', [...answerLicenses].sort()),
    barChart('Questions whose prompt and answer may both be used under a licence (the Licence filter)', facets.licenses.map((l) => [l.value, query(index, { licenses: [l.value] }).total] as const)),
  )
}
