import type { DraftQuestion } from '../types.js'
import { CONCEPTS } from './concepts.js'
import { leadSentences } from './leadSentences.js'
import { compilePhrases, matchPhrases, type PhraseIndex } from './phraseIndex.js'
import { tokenize } from './tokenize.js'

/** Options of {@link inferTags}. */
export interface InferTagsOptions {
  /** Most tags returned. Default `6`. */
  maxTags?: number
  /** Opening sentences of the answer also searched (at a third of a prompt mention's weight); `0` ignores the answer. Default `2`. */
  answerSentences?: number
}

let index: PhraseIndex<string> | undefined

function tagIndex(): PhraseIndex<string> {
  index ??= compilePhrases(CONCEPTS.filter((c) => c.tag !== false).flatMap((c) => c.phrases.map((phrase) => ({ phrase, value: c.id }))))
  return index
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PROMPT_SCORE = 3
// Stated tags outrank any number of mentions.
const STATED_SCORE = 1_000_000

/**
 * Tag a draft with the Django concepts it mentions, from the vocabulary in
 * {@link CONCEPTS} (e.g. `select-related`, `queryset`, `middleware`, `csrf`,
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
 *   // ['prefetch-related', 'select-related']
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
  for (const tag of draft.tags ?? []) if (KEBAB.test(tag)) add(tag, STATED_SCORE)
  for (const hit of matchPhrases(tagIndex(), tokenize(draft.prompt)).hits) for (const tag of hit.values) add(tag, PROMPT_SCORE)
  const fromPrompt = scores.size
  if (draft.answer !== undefined && sentences > 0) {
    const lead = leadSentences(draft.answer, { sentences })
    for (const hit of matchPhrases(tagIndex(), tokenize(lead)).hits) for (const tag of hit.values) add(tag, 1)
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
