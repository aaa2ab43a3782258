import { KEBAB_ID_PATTERN } from '@quizbank/core'
import type { DraftQuestion } from '@quizbank/parsers'
import { leadSentences } from './leadSentences.js'
import { matchPhrases } from './phraseIndex.js'
import { tokenize } from './tokenize.js'
import { compileVocabulary, type Vocabulary } from './vocabulary.js'

/** Options of {@link inferTags}. */
export interface InferTagsOptions {
  /** The subject's vocabulary, whose concepts are the tags. Default: none (only the tags the draft states). */
  vocabulary?: Vocabulary | undefined
  /** Most tags returned. Default `6`. */
  maxTags?: number
  /** Opening sentences of the answer also searched (at a third of a prompt mention's weight); `0` ignores the answer. Default `2`. */
  answerSentences?: number
}

const PROMPT_SCORE = 3
// Stated tags outrank any number of mentions.
const STATED_SCORE = 1_000_000

/**
 * Tag a draft with the concepts of its subject's vocabulary it mentions
 * (for Django e.g. `select-related`, `queryset`, `middleware`, `csrf`,
 * `class-based-views`, `settings-py`, `manage-py`, `celery`, `jwt`).
 *
 * A mention in the prompt scores 3, one in the answer's opening sentences 1;
 * a concept only the answer names needs two mentions there, unless the
 * prompt names no concept (then the answer is the only evidence).
 * The `maxTags` best (ties: earliest mention) are returned sorted and
 * deduplicated. Tags a quizbank document states (`draft.tags`) are kept
 * as given (when kebab-case) and come first in the selection.
 *
 * @example
 *   inferTags({ prompt: "What's the difference between select_related and prefetch_related?", lines: { first: 1, last: 1 }, promptInferred: false })
 *   // ['prefetch-related', 'select-related'] with { vocabulary: django }
 */
export function inferTags(draft: DraftQuestion, options: InferTagsOptions = {}): string[] {
  const maxTags = options.maxTags ?? 6
  const sentences = options.answerSentences ?? 2
  const scores = new Map<string, { score: number; order: number }>()
  const add = (tag: string, score: number) => {
    const found = scores.get(tag)
    if (found) found.score += score
    else scores.set(tag, { score, order: scores.size })
  }
  for (const tag of draft.tags ?? []) if (KEBAB_ID_PATTERN.test(tag)) add(tag, STATED_SCORE)
  if (options.vocabulary === undefined) return [...scores.keys()].slice(0, maxTags).sort()
  const { tagIndex } = compileVocabulary(options.vocabulary)
  for (const hit of matchPhrases(tagIndex, tokenize(draft.prompt)).hits) for (const tag of hit.values) add(tag, PROMPT_SCORE)
  const fromPrompt = scores.size
  if (draft.answer !== undefined && sentences > 0) {
    const lead = leadSentences(draft.answer, { sentences })
    for (const hit of matchPhrases(tagIndex, tokenize(lead)).hits) for (const tag of hit.values) add(tag, 1)
  }
  // Answers drift into neighbouring subjects: a concept only the answer names
  // must be named twice there, unless the prompt names no concept at all.
  const minScore = fromPrompt === 0 ? 1 : 2
  return [...scores]
    .filter(([, { score }]) => score >= minScore)
    .sort(([, x], [, y]) => y.score - x.score || x.order - y.order)
    .slice(0, maxTags)
    .map(([tag]) => tag)
    .sort()
}
