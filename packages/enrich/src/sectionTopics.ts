import { scoreTopics } from './scoreTopics.js'
import { stemTerm } from '@quizbank/core/search'
import { tokenize } from './tokenize.js'
import type { CompiledVocabulary } from './vocabulary.js'

/** What one heading of a section path says about the topic of the questions under it. */
export interface SectionTopics {
  /** Topics the heading names, in the order it names them. */
  readonly topics: readonly string[]
  /**
   * True when the heading is a grab-bag ("Fundamentals", "Advanced Topics &
   * Integrations", "Comparative Questions"): its questions range over many
   * topics, so it only nudges the text's decision instead of making it.
   */
  readonly soft: boolean
}

// Words of headings that collect assorted questions rather than one subject.
const GRAB_BAG = stemmed(['topics', 'miscellaneous', 'misc', 'other', 'additional', 'comparative', 'bonus', 'mixed'])
// Grab-bag words that also say "the basics": their questions fall back to the fallback topic.
const BASICS = stemmed(['fundamentals', 'basics', 'core', 'introduction', 'overview', 'essentials', 'general', 'getting started'])

/**
 * Read the topics a heading names, using the strong (weight ≥ 2) topic
 * evidence of the vocabulary; a "basics" heading also names `fallback`.
 *
 * @example
 *   sectionTopics('2. Django Models, ORM, and Data Modeling', compileVocabulary(django), 'fundamentals') // { topics: ['models', 'orm'], soft: false }
 *   sectionTopics('1. Django Fundamentals', compileVocabulary(django), 'fundamentals') // { topics: ['fundamentals'], soft: true }
 */
export function sectionTopics(heading: string, vocabulary: CompiledVocabulary, fallback: string | undefined): SectionTopics {
  const tokens = tokenize(heading)
  const topics = [...scoreTopics(tokens, vocabulary, { minWeight: 2 }).keys()]
  const basics = tokens.some((t) => BASICS.has(t.key))
  const soft = basics || tokens.some((t) => GRAB_BAG.has(t.key))
  if (basics && fallback !== undefined && !topics.includes(fallback)) topics.push(fallback)
  return { topics, soft }
}

function stemmed(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => stemTerm(w.split(' ')[0]!)))
}
