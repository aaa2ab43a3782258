import { compilePhrases, type PhraseIndex } from './phraseIndex.js'
import { stemTerm } from '@quizbank/core/search'

/**
 * How strongly a concept points to a topic: `3` names the topic's own
 * subject (an identifier or a term used for nothing else), `2` is strongly
 * associated with it, `1` is a hint that only counts together with others.
 */
export type TopicWeight = 1 | 2 | 3

/** One row of a subject's vocabulary: a concept, how texts write it, and what it says. */
export interface Concept<TTopic extends string = string> {
  /** Kebab-case id; doubles as the tag `inferTags` emits and the term `clusterQuestions` compares. */
  readonly id: string
  /**
   * How texts write it, matched on word boundaries after tokenizing and
   * Porter2 stemming (`serializer` also matches "serializers"). `get()` only
   * matches a call, `DEBUG` only a word in capitals, `=performance` only that
   * spelling (not "perform", which has the same stem). The longest phrase wins
   * at each position, so "model view template" is one concept, not three.
   */
  readonly phrases: readonly string[]
  /** The topics a mention points to, with their {@link TopicWeight}. Default: none (no topic evidence). */
  readonly topics?: Readonly<Partial<Record<TTopic, TopicWeight>>>
  /**
   * Broader concepts a mention implies, so "select_related" and "query
   * optimization in the ORM" share context when prompts are compared.
   * Default: none.
   */
  readonly implies?: readonly string[]
  /** `false` for concepts that make poor tags (e.g. `custom`, `project`). Default: a tag. */
  readonly tag?: false
  /**
   * `false` for topic evidence that is not a concept to compare prompts by
   * (a generic word such as "query" or "server"): prompts compare it as a
   * plain word. Default: compared as a concept.
   */
  readonly compare?: false
}

/**
 * Everything the enrichment knows about one subject, as one table of
 * concepts plus a few lists; the topic keywords, tag vocabulary and the
 * terms near-duplicate detection compares are all derived from `concepts`.
 * A subject without a vocabulary still works: see {@link vocabularyFromTaxonomy}.
 *
 * @example
 *   const python: Vocabulary = {
 *     subject: 'python',
 *     concepts: [{ id: 'generators', phrases: ['generator', 'yield'], topics: { iterators: 3 } }],
 *   }
 */
export interface Vocabulary<TTopic extends string = string> {
  /** The subject (taxonomy) id whose topics `concepts` name. */
  readonly subject: string
  /** The concept table. */
  readonly concepts: readonly Concept<TTopic>[]
  /**
   * Words that name the subject itself ("django", "python"): dropped when
   * prompts are compared, and a prompt that names nothing else gets the
   * concept `subject`. Default: none.
   */
  readonly subjectWords?: readonly string[]
  /** Phrases that only place a question ("in a Django project"); ignored when prompts are compared. Default: none. */
  readonly placementPhrases?: readonly string[]
  /**
   * Tie-break order when two topics score the same: narrow, named subjects
   * before the broad areas that mention them. Default: the order topics
   * first appear in `concepts`.
   */
  readonly topicPriority?: readonly TTopic[]
  /** The topic of questions nothing matches, and of "basics"/"fundamentals" headings. Default: the first topic of the taxonomy given, else of `topicPriority`. */
  readonly fallbackTopic?: TTopic
  /** Topics whose plain "What is X?" questions are entry-level (see `inferDifficulty`). Default: none. */
  readonly coreTopics?: readonly TTopic[]
  /**
   * Groups of concept ids that tell otherwise similar prompts apart: two
   * prompts must mention the same members of each group to be
   * near-duplicates ("select_related" vs "prefetch_related"). A one-member
   * group is a presence test. Default: none.
   */
  readonly distinguishing?: readonly (readonly string[])[]
  /** Phrases that mark an advanced question, added to the subject-neutral `ADVANCED_CUES`. Default: none. */
  readonly advancedCues?: readonly string[]
}

/** A topic and the weight one phrase gives it. */
export interface TopicEvidence {
  readonly topic: string
  readonly weight: TopicWeight
}

/** A phrase-index entry for comparing prompts. */
export type TermEntry = { readonly kind: 'concept'; readonly id: string } | { readonly kind: 'noise' }

/** The structures the rules match with, derived once per vocabulary object. */
export interface CompiledVocabulary {
  readonly vocabulary: Vocabulary
  /** Topic evidence per phrase. */
  readonly topicIndex: PhraseIndex<TopicEvidence>
  /** Tag ids per phrase (concepts with `tag !== false`). */
  readonly tagIndex: PhraseIndex<string>
  /** Concept ids per phrase for comparing prompts, plus placement noise. */
  readonly termIndex: PhraseIndex<TermEntry>
  /** Implied concepts per concept id. */
  readonly implies: ReadonlyMap<string, readonly string[]>
  /** Concepts that are context rather than a subject of their own (`tag: false`). */
  readonly minorConcepts: ReadonlySet<string>
  /** Stemmed subject words. */
  readonly subjectWords: ReadonlySet<string>
  /** Every topic the concepts name, in tie-break order. */
  readonly priority: readonly string[]
}

const compiled = new WeakMap<Vocabulary, CompiledVocabulary>()

/**
 * Derive the matching structures of a vocabulary, once per vocabulary
 * object (cached), so every rule reads the same table the same way.
 *
 * @example
 *   compileVocabulary({ subject: 'python', concepts: [{ id: 'gil', phrases: ['gil'], topics: { concurrency: 3 } }] }).priority
 *   // ['concurrency']
 */
export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const found = compiled.get(vocabulary)
  if (found !== undefined) return found
  const { concepts } = vocabulary
  const named: string[] = []
  for (const c of concepts) for (const t of Object.keys(c.topics ?? {})) if (!named.includes(t)) named.push(t)
  const priority = [...(vocabulary.topicPriority ?? []), ...named.filter((t) => !(vocabulary.topicPriority ?? []).includes(t))]
  const result: CompiledVocabulary = {
    vocabulary,
    topicIndex: compilePhrases(
      concepts.flatMap((c) =>
        Object.entries(c.topics ?? {}).flatMap(([topic, weight]) => c.phrases.map((phrase) => ({ phrase, value: { topic, weight: weight as TopicWeight } }))),
      ),
    ),
    tagIndex: compilePhrases(concepts.filter((c) => c.tag !== false).flatMap((c) => c.phrases.map((phrase) => ({ phrase, value: c.id })))),
    termIndex: compilePhrases<TermEntry>([
      ...(vocabulary.placementPhrases ?? []).map((phrase) => ({ phrase, value: { kind: 'noise' } as const })),
      ...concepts.filter((c) => c.compare !== false).flatMap((c) => c.phrases.map((phrase) => ({ phrase, value: { kind: 'concept', id: c.id } as const }))),
    ]),
    implies: new Map(concepts.map((c) => [c.id, c.implies ?? []])),
    minorConcepts: new Set(concepts.filter((c) => c.tag === false).map((c) => c.id)),
    subjectWords: new Set((vocabulary.subjectWords ?? []).map((w) => stemTerm(w.toLowerCase()))),
    priority,
  }
  compiled.set(vocabulary, result)
  return result
}

/** The part of a taxonomy {@link vocabularyFromTaxonomy} reads. */
export interface TaxonomyTopics {
  readonly id: string
  readonly topics: readonly { readonly id: string; readonly label: string }[]
}

const fromTaxonomy = new WeakMap<TaxonomyTopics, Vocabulary>()

/**
 * The vocabulary of a subject nobody has written one for: each topic's label
 * and id (with dashes as spaces) are its phrases, at weight 3, so a prompt or
 * heading that names a topic ("Generators", "Decorators & closures") is
 * filed under it; the rest fall back to the taxonomy's first topic. No tags
 * are inferred (a tag vocabulary is subject knowledge this cannot guess).
 * Cached per taxonomy object.
 *
 * @example
 *   vocabularyFromTaxonomy({ id: 'python', topics: [{ id: 'basics', label: 'Basics' }, { id: 'generators', label: 'Generators' }] }).concepts[1]
 *   // { id: 'generators', phrases: ['Generators', 'generators'], topics: { generators: 3 }, tag: false }
 */
export function vocabularyFromTaxonomy(taxonomy: TaxonomyTopics): Vocabulary {
  const found = fromTaxonomy.get(taxonomy)
  if (found !== undefined) return found
  const vocabulary: Vocabulary = {
    subject: taxonomy.id,
    concepts: taxonomy.topics.map((t) => ({
      id: t.id,
      phrases: [...new Set([...t.label.split(/[&,/]|\band\b/i).map((p) => p.trim()).filter((p) => p !== ''), t.id.replace(/-/g, ' ')])],
      topics: { [t.id]: 3 },
      tag: false as const,
    })),
    subjectWords: [taxonomy.id],
    topicPriority: taxonomy.topics.map((t) => t.id),
    ...(taxonomy.topics[0] === undefined ? {} : { fallbackTopic: taxonomy.topics[0].id }),
  }
  fromTaxonomy.set(taxonomy, vocabulary)
  return vocabulary
}
