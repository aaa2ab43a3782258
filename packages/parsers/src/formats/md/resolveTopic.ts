import { findTopic } from '@quizbank/core'
import type { TopicNames } from '../../types.js'

/**
 * The topic a `##` heading or a `topic:` field names. With a taxonomy: its
 * topic id, by id (`orm`) or label (`ORM & querying`), ignoring case and
 * spacing, or `undefined` when it names none. Without one the parsers know
 * no subject, so the name is kept as written for the enrichment to resolve.
 *
 * @example
 *   resolveTopic('ORM & Querying', taxonomy) // 'orm'
 *   resolveTopic('ORM & Querying') // 'ORM & Querying'
 */
export function resolveTopic(name: string, taxonomy: TopicNames | undefined): string | undefined {
  if (taxonomy === undefined) return name.trim() === '' ? undefined : name.trim()
  return findTopic(taxonomy, name)?.id
}

/** The heading the serializer writes for a topic id: its label when a taxonomy names it, else the id. */
export function topicLabel(id: string, taxonomy: TopicNames | undefined): string {
  return (taxonomy === undefined ? undefined : findTopic(taxonomy, id)?.label) ?? id
}
