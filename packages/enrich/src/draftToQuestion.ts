import type { Question } from '@quizbank/core'
import type { DraftQuestion } from '@quizbank/parsers'
import { classifyTopic, type SubjectOptions } from './classifyTopic.js'
import { inferDifficulty } from './inferDifficulty.js'
import { inferTags } from './inferTags.js'

/**
 * Options of {@link draftToQuestion}: the subject (a `taxonomy`, a
 * `vocabulary`, or both; see {@link SubjectOptions}) plus the record's place.
 */
export type DraftToQuestionOptions = SubjectOptions & RecordOptions

/** Where a record belongs and what the document said around it. */
export interface RecordOptions {
  /** The set id, for `source.set`. Required. */
  set: string
  /** The question id (`<set>/<slug>`). Required: minting and keeping ids stable is the caller's job (see `mintQuestionId`). */
  id: string
  /** The document's title, which may state one difficulty for all its questions. Default: none. */
  documentTitle?: string
  /** The prompt as the document printed it, when `draft.prompt` is an editorial fix of it; recorded in `flags.edited`. Default: none. */
  printedPrompt?: string
}

/**
 * Enrich a draft into a question of its subject: a stated topic, tags and
 * difficulty (quizbank format) win; otherwise the documented rules decide
 * (topic always, from the subject's vocabulary or its taxonomy's labels;
 * tags from the vocabulary; difficulty only where confident). A stated topic
 * that the taxonomy does not know is kept as written, so that validating
 * against the taxonomy reports it instead of it being silently replaced.
 * Keys come in a fixed order so that serialised records are byte-identical
 * across runs.
 *
 * @example
 *   draftToQuestion(result.questions[0], { set: 'py-basics', id: 'py-basics/generators', taxonomy: python })
 *   draftToQuestion(result.questions[0], { set: 'acme', id: 'acme/middleware', taxonomy: djangoTaxonomy, vocabulary: django })
 */
export function draftToQuestion(draft: DraftQuestion, options: DraftToQuestionOptions): Question {
  const topic = classifyTopic(draft, options).topic
  const decided = inferDifficulty(draft, {
    ...(options.documentTitle === undefined ? {} : { documentTitle: options.documentTitle }),
    ...(options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary }),
    topic,
  })
  const difficulty = decided === undefined ? undefined : { level: decided.level, origin: decided.origin, rule: decided.rule }
  const edited = options.printedPrompt !== undefined && options.printedPrompt !== draft.prompt
  const flags = {
    ...(draft.markers === undefined ? {} : { markers: draft.markers }),
    ...(draft.damaged === undefined ? {} : { damaged: draft.damaged }),
    ...(edited ? { edited: { prompt: options.printedPrompt } } : {}),
  }
  return {
    id: options.id,
    prompt: draft.prompt,
    ...(draft.answer === undefined ? {} : { answer: draft.answer }),
    ...(draft.hints === undefined ? {} : { hints: draft.hints }),
    ...(draft.choices === undefined ? {} : { choices: draft.choices }),
    topic,
    tags: draft.tags ?? inferTags(draft, options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary }),
    ...(difficulty === undefined ? {} : { difficulty }),
    source: {
      set: options.set,
      lines: [draft.lines.first, draft.lines.last],
      ...(draft.section === undefined ? {} : { section: draft.section }),
      ...(draft.number === undefined ? {} : { number: draft.number }),
      promptInferred: draft.promptInferred,
    },
    ...(Object.keys(flags).length === 0 ? {} : { flags }),
  }
}
