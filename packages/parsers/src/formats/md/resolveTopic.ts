import { TOPICS } from '@quizbank/core'

const byName = new Map<string, string>()
for (const t of TOPICS) {
  byName.set(t.id.toLowerCase(), t.id)
  byName.set(normalise(t.label), t.id)
}

/**
 * The taxonomy topic id a heading names, by id (`orm`) or label
 * (`ORM & querying`), ignoring case and spacing; undefined if it names none.
 *
 * @example
 *   resolveTopic('ORM & Querying') // 'orm'
 *   resolveTopic('static-files') // 'static-files'
 */
export function resolveTopic(name: string): string | undefined {
  return byName.get(name.trim().toLowerCase()) ?? byName.get(normalise(name))
}

/** The heading the serializer writes for a topic id: its label. */
export function topicLabel(id: string): string {
  return TOPICS.find((t) => t.id === id)?.label ?? id
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim()
}
