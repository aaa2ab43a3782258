// Test-only: turn a quizbank-format ParseResult back into a QuestionSet, and
// reduce questions to the fields the format carries, for round-trip checks.
import type { Question, QuestionSet } from '@quizbank/core'
import type { DraftQuestion, ParseResult } from '@quizbank/parsers'

/** The QuestionSet a parsed quizbank document describes (front matter + drafts). */
export function draftsToQuestionSet(result: ParseResult): QuestionSet {
  const fm = (result.meta.frontMatter ?? {}) as Record<string, unknown>
  const source = (fm['source'] ?? {}) as QuestionSet['source']
  const set: QuestionSet = {
    id: String(fm['id']),
    title: String(fm['title']),
    subject: String(fm['subject']),
    language: String(fm['language']),
    source,
    questions: result.questions.map((d) => draftToQuestion(d, String(fm['id']))),
  }
  if (typeof fm['description'] === 'string') set.description = fm['description']
  return set
}

/**
 * A draft as a record, without enrichment (that is `@quizbank/enrich`'s job):
 * the stated topic, else `fallbackTopic`.
 */
export function draftToQuestion(d: DraftQuestion, setId: string, fallbackTopic = 'general'): Question {
  const q: Question = {
    id: d.id ?? `${setId}/missing-id`,
    prompt: d.prompt,
    topic: d.topic ?? fallbackTopic,
    tags: d.tags ?? [],
    source: { set: setId, lines: [d.lines.first, d.lines.last], promptInferred: d.promptInferred },
  }
  if (d.answer !== undefined) q.answer = d.answer
  if (d.hints !== undefined) q.hints = d.hints
  if (d.choices !== undefined) q.choices = d.choices
  if (d.difficulty !== undefined) q.difficulty = { level: d.difficulty, origin: 'source' }
  return q
}

/** The fields of a question the quizbank format carries, for comparison. */
export function carried(q: Question): Record<string, unknown> {
  return {
    id: q.id,
    prompt: q.prompt,
    answer: q.answer,
    hints: q.hints,
    choices: q.choices,
    topic: q.topic,
    tags: q.tags,
    difficulty: q.difficulty?.level,
  }
}

/** The set metadata (everything but the questions). */
export function setMetadata(set: QuestionSet): Record<string, unknown> {
  const { questions: _questions, ...rest } = set
  return rest
}
