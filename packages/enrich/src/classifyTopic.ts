import { findTopic } from '@quizbank/core'
import type { DraftQuestion } from '@quizbank/parsers'
import { leadSentences } from './leadSentences.js'
import { scoreTopics } from './scoreTopics.js'
import { sectionTopics } from './sectionTopics.js'
import { tokenize } from './tokenize.js'
import { compileVocabulary, vocabularyFromTaxonomy, type CompiledVocabulary, type TaxonomyTopics, type Vocabulary } from './vocabulary.js'

/**
 * Which rule decided a topic:
 * - `stated`: the draft carried a topic (quizbank documents state it), kept
 *   as the taxonomy's id when it names one by id or label, else as written
 *   so that validation against the taxonomy reports it.
 * - `section`: the section path names exactly one topic.
 * - `section+text`: the section names several; the text chose among them.
 * - `section-default`: the section names several and the text favours none; the first named wins.
 * - `section-soft`: a grab-bag section ("Fundamentals") and nothing in the text; its topic wins.
 * - `text`: prompt (plus answer lead) keywords decided.
 * - `answer`: the prompt had no keyword; the answer's opening sentences decided.
 * - `fallback`: nothing matched; the vocabulary's `fallbackTopic`, else the taxonomy's first topic.
 */
export type TopicRule = 'stated' | 'section' | 'section+text' | 'section-default' | 'section-soft' | 'text' | 'answer' | 'fallback'

/** A topic and the rule that chose it (kept for provenance and debugging). */
export interface TopicDecision {
  topic: string
  rule: TopicRule
}

/**
 * The subject knowledge the topic rules read: a vocabulary, a taxonomy, or
 * both. With a taxonomy only, the vocabulary is derived from the topics'
 * labels ({@link vocabularyFromTaxonomy}).
 */
export type SubjectOptions =
  | { vocabulary: Vocabulary; taxonomy?: TaxonomyTopics | undefined }
  | { vocabulary?: Vocabulary | undefined; taxonomy: TaxonomyTopics }

/** Tuned numbers of {@link classifyTopic}; each is judged by `npm run eval:topics`, not by test expectations. */
export interface TopicSettings {
  /** Weight of the answer's opening sentences relative to the prompt (weight 1). Default `0.5`. */
  answerWeight?: number
  /** How many opening sentences of the answer are read. Default `2`. */
  answerSentences?: number
  /** Bonus a grab-bag section's topics get on top of the text score. Default `1`. */
  softSectionBonus?: number
  /**
   * Smallest score that counts as a clear signal: a prompt scoring this much
   * for one topic decides alone, and text scoring this much overrules a
   * multi-topic section it does not fit. Default `2`.
   */
  overrideScore?: number
}

/** Options of {@link classifyTopic}: the subject, the document's title and, optionally, tuned settings. */
export type ClassifyTopicOptions = SubjectOptions &
  TopicSettings & {
    /**
     * The document's title ("Top 4 Python Packaging Interview Questions"):
     * read like a grab-bag heading above every section, so the topics it
     * names only settle questions whose own text decides nothing. Default: none.
     */
    documentTitle?: string | undefined
  }

const DEFAULTS: Required<TopicSettings> = { answerWeight: 0.5, answerSentences: 2, softSectionBonus: 1, overrideScore: 2 }

/**
 * File a draft question under one topic of its subject.
 *
 * 1. A stated `draft.topic` is kept (`stated`).
 * 2. The section path is read innermost heading first: the topics named by
 *    non-grab-bag headings are intersected ("Models, ORM" ∩ "Models & Data
 *    Modeling" → models). One topic left: it wins. Several: the text picks
 *    among them, or overrules them when it clearly names another topic.
 * 3. Otherwise the text decides, prompt first: a prompt whose concepts give
 *    one topic a clear lead of at least `overrideScore` decides alone. A
 *    weak or tied prompt is settled by adding the answer's first sentences
 *    (times `answerWeight`) and `softSectionBonus` for the topics of
 *    grab-bag headings.
 * 4. Ties go to the earlier topic of the vocabulary's `topicPriority`; no
 *    score at all gives the fallback topic (`fallback`). Never throws.
 *
 * @example
 *   classifyTopic({ prompt: 'What is the use of select_related?', lines: { first: 1, last: 1 }, promptInferred: false }, { vocabulary: django })
 *   // { topic: 'orm', rule: 'text' }
 *   classifyTopic({ prompt: 'How do you test them?', section: ['6. Django Signals'], lines: { first: 1, last: 1 }, promptInferred: false }, { vocabulary: django })
 *   // { topic: 'signals', rule: 'section' }
 */
export function classifyTopic(draft: DraftQuestion, options: ClassifyTopicOptions): TopicDecision {
  const stated = draft.topic?.trim()
  if (stated !== undefined && stated !== '') return { topic: (options.taxonomy === undefined ? undefined : findTopic(options.taxonomy, stated)?.id) ?? stated, rule: 'stated' }
  const settings = { ...DEFAULTS, ...definedOnly(options) }
  const vocabulary = compileVocabulary(options.vocabulary ?? vocabularyFromTaxonomy(options.taxonomy as TaxonomyTopics))
  const fallback = options.vocabulary?.fallbackTopic ?? options.taxonomy?.topics[0]?.id ?? vocabulary.priority[0]
  const text = textScores(draft, vocabulary, settings)
  const { strong, soft } = readSections(draft.section ?? [], vocabulary, fallback)
  if (options.documentTitle !== undefined) for (const topic of sectionTopics(options.documentTitle, vocabulary, undefined).topics) if (!soft.includes(topic)) soft.push(topic)
  if (strong.length === 1) return { topic: strong[0]!, rule: 'section' }
  if (strong.length > 1) {
    const among = best(text.combined, vocabulary, strong)
    if (among !== undefined) return { topic: among, rule: 'section+text' }
    const other = best(text.combined, vocabulary)
    if (other !== undefined && (text.combined.get(other) ?? 0) >= settings.overrideScore) return { topic: other, rule: 'text' }
    return { topic: strong[0]!, rule: 'section-default' }
  }
  // The prompt alone decides when it clearly names one topic; the answer
  // and grab-bag sections only settle weak or tied prompts.
  const promptWinner = clearWinner(text.prompt, vocabulary, settings.overrideScore)
  if (promptWinner !== undefined) return { topic: promptWinner, rule: 'text' }
  const withSoft = new Map(text.combined)
  for (const topic of soft) withSoft.set(topic, (withSoft.get(topic) ?? 0) + settings.softSectionBonus)
  const winner = best(withSoft, vocabulary)
  if (winner === undefined) return { topic: fallback ?? '', rule: 'fallback' }
  if (!text.combined.has(winner)) return { topic: winner, rule: 'section-soft' }
  return { topic: winner, rule: text.prompt.size === 0 ? 'answer' : 'text' }
}

/** The settings the caller set, without `undefined` ones (so they do not overwrite defaults). */
function definedOnly(options: TopicSettings): TopicSettings {
  const out: TopicSettings = {}
  for (const key of Object.keys(DEFAULTS) as (keyof TopicSettings)[]) if (options[key] !== undefined) out[key] = options[key]
  return out
}

/** Topic scores of the prompt alone and of prompt + weighted answer lead (+ hints, like the answer). */
function textScores(draft: DraftQuestion, vocabulary: CompiledVocabulary, settings: Required<TopicSettings>) {
  const prompt = scoreTopics(tokenize(draft.prompt), vocabulary)
  const extra = [draft.answer === undefined ? '' : leadSentences(draft.answer, { sentences: settings.answerSentences }), ...(draft.hints ?? [])]
  const combined = new Map(prompt)
  for (const [topic, score] of scoreTopics(tokenize(extra.join(' ')), vocabulary)) combined.set(topic, (combined.get(topic) ?? 0) + settings.answerWeight * score)
  return { prompt, combined }
}

/** Strong candidates (intersected along the path, innermost first) and soft ones (grab-bag headings). */
function readSections(path: readonly string[], vocabulary: CompiledVocabulary, fallback: string | undefined): { strong: string[]; soft: string[] } {
  let strong: string[] = []
  const soft: string[] = []
  for (let i = path.length - 1; i >= 0; i--) {
    const { topics, soft: isSoft } = sectionTopics(path[i]!, vocabulary, fallback)
    if (topics.length === 0) continue
    if (isSoft) {
      for (const t of topics) if (!soft.includes(t)) soft.push(t)
    } else if (strong.length === 0) {
      strong = [...topics]
    } else {
      // An outer heading narrows an ambiguous inner one, never contradicts it.
      const narrowed = strong.filter((t) => topics.includes(t))
      if (narrowed.length > 0) strong = narrowed
    }
  }
  return { strong, soft }
}

/** The top topic when it scores at least `min` and no other topic ties it. */
function clearWinner(scores: ReadonlyMap<string, number>, vocabulary: CompiledVocabulary, min: number): string | undefined {
  const sorted = [...scores.values()].sort((a, b) => b - a)
  const top = sorted[0] ?? 0
  if (top < min || sorted[1] === top) return undefined
  return best(scores, vocabulary)
}

/** The highest-scoring topic (optionally only among `among`), ties by priority; undefined when none scores above 0. */
function best(scores: ReadonlyMap<string, number>, vocabulary: CompiledVocabulary, among?: readonly string[]): string | undefined {
  let winner: string | undefined
  let top = 0
  for (const topic of vocabulary.priority) {
    if (among !== undefined && !among.includes(topic)) continue
    const score = scores.get(topic) ?? 0
    if (score > top) {
      winner = topic
      top = score
    }
  }
  return winner
}
