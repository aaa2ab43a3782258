/**
 * The topic of a taxonomy that a name refers to: by id (`static-files`) or
 * by label (`Static & media files`), ignoring case and runs of spaces; what
 * an author writes in a heading or a `topic:` field. `undefined` when it
 * names no topic of the taxonomy.
 *
 * @example
 *   findTopic(taxonomy, 'ORM & Querying')?.id // 'orm'
 *   findTopic(taxonomy, 'orm')?.label // 'ORM & querying'
 */
export function findTopic<T extends { readonly id: string; readonly label: string }>(taxonomy: { readonly topics: readonly T[] }, name: string): T | undefined {
  const wanted = fold(name)
  return taxonomy.topics.find((t) => t.id === name) ?? taxonomy.topics.find((t) => t.id === wanted || fold(t.label) === wanted)
}

function fold(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ')
}
