import { DIFFICULTIES, type Difficulty } from '@quizbank/core'
import type { DraftQuestion } from '@quizbank/parsers'
import { classifyTopic, type SubjectOptions } from './classifyTopic.js'
import { statedLevel } from './levelWords.js'
import { compilePhrases, matchPhrases, type PhraseIndex } from './phraseIndex.js'
import { SCAFFOLD_WORDS } from './promptWords.js'
import { tokenize } from './tokenize.js'
import { compileVocabulary, type Vocabulary } from './vocabulary.js'

/** A difficulty and where it came from; matches `DifficultyInfo` of `@quizbank/core`. */
export interface DifficultyDecision {
  level: Difficulty
  /** `source`: the document stated it; `rule`: a rule below inferred it. */
  origin: 'source' | 'rule'
  /** Which rule: `stated`, `section-heading`, `document-title`, `advanced-cue`, `core-definition`. */
  rule: string
}

/** Options of {@link inferDifficulty}. */
export interface InferDifficultyOptions {
  /** The document's title, which may state one level for all its questions. Default: none. */
  documentTitle?: string
  /** The draft's topic, when already known. Default: `classifyTopic(draft, options).topic` when a vocabulary or taxonomy is given. */
  topic?: string | undefined
  /** The subject's vocabulary: its `coreTopics` and `advancedCues`. Default: none (no core-definition rule; subject-neutral cues only). */
  vocabulary?: Vocabulary | undefined
  /** The subject's taxonomy, to classify the topic when `topic` is not given. Default: none. */
  taxonomy?: SubjectOptions['taxonomy']
}

/**
 * Phrases in a prompt that mark an advanced question in any software
 * subject: performance work at scale, distributed data, concurrency, and
 * replacing framework internals. A vocabulary adds its own `advancedCues`.
 */
export const ADVANCED_CUES: readonly string[] = [
  'optimize', 'optimization', 'sharding', 'partitioning', 'race condition', 'concurrency', 'at scale', 'scale', 'scaling',
  'scalability', 'high traffic', 'increased traffic', 'large scale', 'distributed', 'multi tenancy', 'multi tenant',
  'microservice', 'connection pooling', 'bottleneck', 'profile', 'profiling', 'zero downtime', 'live production',
  'legacy', 'thread safety', 'memory leak', 'load balancing', 'replication', 'serverless', 'kubernetes',
]

const cueIndexes = new WeakMap<object, PhraseIndex<true>>()
const NO_VOCABULARY = {}

/** The subject-neutral cues plus the vocabulary's, compiled once per vocabulary. */
function cueIndex(vocabulary: Vocabulary | undefined): PhraseIndex<true> {
  const key = vocabulary ?? NO_VOCABULARY
  let index = cueIndexes.get(key)
  if (index === undefined) {
    index = compilePhrases([...ADVANCED_CUES, ...(vocabulary?.advancedCues ?? [])].map((phrase) => ({ phrase, value: true as const })))
    cueIndexes.set(key, index)
  }
  return index
}

/**
 * Infer a difficulty level only where it is well grounded; otherwise
 * `undefined` (leave it out rather than guess). In order:
 *
 * 1. `stated` (source): a valid `draft.difficulty` (quizbank documents).
 * 2. `section-heading` (source): the innermost heading of the section path
 *    that states exactly one level ("Beginner", "Basic", "Intermediate",
 *    "Advanced", "Expert", "Senior"…; "Beginner to Intermediate" states none).
 * 3. `document-title` (source): `options.documentTitle` states exactly one level.
 * 4. `advanced-cue` (rule): the prompt names one of {@link ADVANCED_CUES}
 *    ("optimize", "sharding", "race conditions", "at scale"…), or asks for a
 *    custom … backend.
 * 5. `core-definition` (rule) → beginner: a single definitional question
 *    ("What is X?", "What are X?", "Define X.", "Explain X.", "What is the
 *    use/purpose of X?") about at most three content words, filed under one
 *    of the vocabulary's `coreTopics`.
 *
 * @example
 *   inferDifficulty({ prompt: 'What is a Django model?', lines: { first: 1, last: 1 }, promptInferred: false }, { vocabulary: django })
 *   // { level: 'beginner', origin: 'rule', rule: 'core-definition' }
 */
export function inferDifficulty(draft: DraftQuestion, options: InferDifficultyOptions = {}): DifficultyDecision | undefined {
  if (draft.difficulty !== undefined && (DIFFICULTIES as readonly string[]).includes(draft.difficulty)) {
    return { level: draft.difficulty, origin: 'source', rule: 'stated' }
  }
  for (const heading of [...(draft.section ?? [])].reverse()) {
    const level = statedLevel(heading)
    if (level !== undefined) return { level, origin: 'source', rule: 'section-heading' }
  }
  const titled = options.documentTitle === undefined ? undefined : statedLevel(options.documentTitle)
  if (titled !== undefined) return { level: titled, origin: 'source', rule: 'document-title' }
  const tokens = tokenize(draft.prompt)
  const keys = new Set(tokens.map((t) => t.key))
  if (matchPhrases(cueIndex(options.vocabulary), tokens).hits.length > 0 || (keys.has('custom') && keys.has('backend'))) {
    return { level: 'advanced', origin: 'rule', rule: 'advanced-cue' }
  }
  const core = options.vocabulary?.coreTopics
  if (core === undefined || core.length === 0) return undefined
  const topic = options.topic ?? classifyTopic(draft, { vocabulary: options.vocabulary as Vocabulary, ...(options.taxonomy === undefined ? {} : { taxonomy: options.taxonomy }) }).topic
  if (core.includes(topic) && isPlainDefinition(draft.prompt, compileVocabulary(options.vocabulary as Vocabulary).subjectWords)) return { level: 'beginner', origin: 'rule', rule: 'core-definition' }
  return undefined
}

// "What is X?", "What are the X?", "Define X.", "Explain X.", "What is the use/purpose of X?".
const DEFINITION = /^(?:what(?:'s| is| are)|define|explain) (?:the (?:use|purpose|role) of )?(.+)$/i

/** A single "What is X?"-style question whose subject X has at most three content words. */
function isPlainDefinition(prompt: string, subjectWords: ReadonlySet<string>): boolean {
  const text = trimEndPunctuation(prompt.replace(/[’‘]/g, "'").replace(/\s+/g, ' '))
  const match = DEFINITION.exec(text)
  if (match === null || /[?;,]|\b(?:and|or|vs|versus)\b/i.test(match[1]!)) return false
  const words = tokenize(match[1]!)
  const content = words.filter((t) => !SCAFFOLD_WORDS.has(t.key) && !subjectWords.has(t.key))
  // "What is Django?" has no content word left but still a subject.
  return words.length > 0 && content.length <= 3
}

/** Drop trailing spaces and `?`, `.`, `!` (a loop: an anchored regex here would backtrack quadratically). */
function trimEndPunctuation(text: string): string {
  let end = text.length
  while (end > 0 && ' ?.!'.includes(text[end - 1]!)) end--
  return text.slice(0, end).trimStart()
}
