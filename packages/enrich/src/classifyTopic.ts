import { isTopic, type Topic } from '@quizbank/core'
import type { DraftQuestion } from '../types.js'
import { leadSentences } from './leadSentences.js'
import { scoreTopics } from './scoreTopics.js'
import { sectionTopics } from './sectionTopics.js'
import { tokenize } from './tokenize.js'
import { TOPIC_PRIORITY, type TOPIC_KEYWORDS } from './topicKeywords.js'

/**
 * Which rule decided a topic:
 * - `stated`: the draft carried a valid topic (quizbank documents state it).
 * - `section`: the section path names exactly one topic.
 * - `section+text`: the section names several; the text chose among them.
 * - `section-default`: the section names several and the text favours none; the first named wins.
 * - `section-soft`: a grab-bag section ("Fundamentals") and nothing in the text; its topic wins.
 * - `text`: prompt (plus answer lead) keywords decided.
 * - `answer`: the prompt had no keyword; the answer's opening sentences decided.
 * - `fallback`: nothing matched; `fundamentals`.
 */
export type TopicRule = 'stated' | 'section' | 'section+text' | 'section-default' | 'section-soft' | 'text' | 'answer' | 'fallback'

/** A topic and the rule that chose it (kept for provenance and debugging). */
export interface TopicDecision {
  topic: Topic
  rule: TopicRule
}

/** Options of {@link classifyTopic}. */
export interface ClassifyTopicOptions {
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

/**
 * File a draft question under one topic of the taxonomy.
 *
 * 1. A valid `draft.topic` is kept (`stated`).
 * 2. The section path is read innermost heading first: the topics named by
 *    non-grab-bag headings are intersected ("Models, ORM" ∩ "Models & Data
 *    Modeling" → models). One topic left: it wins. Several: the text picks
 *    among them, or overrules them when it clearly names another topic.
 * 3. Otherwise the text decides, prompt first: a prompt whose keywords
 *    ({@link TOPIC_KEYWORDS}) give one topic a clear lead of at least
 *    `overrideScore` decides alone. A weak or tied prompt is settled by
 *    adding the answer's first sentences (times `answerWeight`) and
 *    `softSectionBonus` for the topics of grab-bag headings.
 * 4. Ties go to the earlier topic of {@link TOPIC_PRIORITY}; no score at all
 *    gives `fundamentals` (`fallback`). Never throws.
 *
 * @example
 *   classifyTopic({ prompt: 'What is the use of select_related?', lines: { first: 1, last: 1 }, promptInferred: false })
 *   // { topic: 'orm', rule: 'text' }
 *   classifyTopic({ prompt: 'How do you test them?', section: ['6. Django Signals'], lines: { first: 1, last: 1 }, promptInferred: false })
 *   // { topic: 'signals', rule: 'section' }
 */
export function classifyTopic(draft: DraftQuestion, options: ClassifyTopicOptions = {}): TopicDecision {
  if (isTopic(draft.topic)) return { topic: draft.topic, rule: 'stated' }
  const text = textScores(draft, options)
  const { strong, soft } = readSections(draft.section ?? [])
  if (strong.length === 1) return { topic: strong[0]!, rule: 'section' }
  if (strong.length > 1) {
    const among = best(text.combined, strong)
    if (among !== undefined) return { topic: among, rule: 'section+text' }
    const other = best(text.combined)
    if (other !== undefined && (text.combined.get(other) ?? 0) >= (options.overrideScore ?? 2)) return { topic: other, rule: 'text' }
    return { topic: strong[0]!, rule: 'section-default' }
  }
  // The prompt alone decides when it clearly names one topic; the answer
  // and grab-bag sections only settle weak or tied prompts.
  const promptWinner = clearWinner(text.prompt, options.overrideScore ?? 2)
  if (promptWinner !== undefined) return { topic: promptWinner, rule: 'text' }
  const bonus = options.softSectionBonus ?? 1
  const withSoft = new Map(text.combined)
  for (const topic of soft) withSoft.set(topic, (withSoft.get(topic) ?? 0) + bonus)
  const winner = best(withSoft)
  if (winner === undefined) return { topic: 'fundamentals', rule: 'fallback' }
  if (!text.combined.has(winner)) return { topic: winner, rule: 'section-soft' }
  return { topic: winner, rule: text.prompt.size === 0 ? 'answer' : 'text' }
}

/** Topic scores of the prompt alone and of prompt + weighted answer lead (+ hints, like the answer). */
function textScores(draft: DraftQuestion, options: ClassifyTopicOptions) {
  const prompt = scoreTopics(tokenize(draft.prompt))
  const weight = options.answerWeight ?? 0.5
  const extra = [draft.answer === undefined ? '' : leadSentences(draft.answer, { sentences: options.answerSentences ?? 2 }), ...(draft.hints ?? [])]
  const combined = new Map(prompt)
  for (const [topic, score] of scoreTopics(tokenize(extra.join(' ')))) combined.set(topic, (combined.get(topic) ?? 0) + weight * score)
  return { prompt, combined }
}

/** Strong candidates (intersected along the path, innermost first) and soft ones (grab-bag headings). */
function readSections(path: readonly string[]): { strong: Topic[]; soft: Topic[] } {
  let strong: Topic[] = []
  const soft: Topic[] = []
  for (let i = path.length - 1; i >= 0; i--) {
    const { topics, soft: isSoft } = sectionTopics(path[i]!)
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
function clearWinner(scores: ReadonlyMap<Topic, number>, min: number): Topic | undefined {
  const sorted = [...scores.values()].sort((a, b) => b - a)
  const top = sorted[0] ?? 0
  if (top < min || sorted[1] === top) return undefined
  return best(scores)
}

/** The highest-scoring topic (optionally only among `among`), ties by priority; undefined when none scores above 0. */
function best(scores: ReadonlyMap<Topic, number>, among?: readonly Topic[]): Topic | undefined {
  let winner: Topic | undefined
  let top = 0
  for (const topic of TOPIC_PRIORITY) {
    if (among !== undefined && !among.includes(topic)) continue
    const score = scores.get(topic) ?? 0
    if (score > top) {
      winner = topic
      top = score
    }
  }
  return winner
}
