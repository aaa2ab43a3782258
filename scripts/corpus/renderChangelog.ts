import type { Question } from '@quizbank/core'

/** A question whose record changed, with the top-level fields that differ. */
export interface ChangedRecord {
  id: string
  /** e.g. `['topic', 'tags']`. */
  fields: string[]
  /** Present when the topic changed: readers filter by topic, so these are listed apart. */
  topic?: { from: string; to: string }
}

/** What changed between the committed data and a fresh build, by id. */
export interface DataChangelog {
  added: string[]
  changed: ChangedRecord[]
  retired: string[]
}

/**
 * Diff two versions of the corpus by id: an id only in the new one was
 * added, only in the old one retired; one in both whose record differs
 * changed (with the fields that differ). The build prints it so it can be
 * pasted into a changeset.
 */
export function diffCorpus(before: readonly Question[], after: readonly Question[]): DataChangelog {
  const old = new Map(before.map((q) => [q.id, q]))
  const now = new Map(after.map((q) => [q.id, q]))
  const changed: ChangedRecord[] = []
  for (const [id, q] of now) {
    const was = old.get(id)
    if (was === undefined || JSON.stringify(was) === JSON.stringify(q)) continue
    const keys = [...new Set([...Object.keys(was), ...Object.keys(q)])]
    const fields = keys.filter((k) => JSON.stringify((was as Record<string, unknown>)[k]) !== JSON.stringify((q as Record<string, unknown>)[k]))
    changed.push({ id, fields, ...(was.topic === q.topic ? {} : { topic: { from: was.topic, to: q.topic } }) })
  }
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    changed,
    retired: [...old.keys()].filter((id) => !now.has(id)),
  }
}

/** The changelog as markdown for a changeset body. */
export function renderChangelog(log: DataChangelog): string {
  if (log.added.length + log.changed.length + log.retired.length === 0) return 'Data: no question changed.'
  const part = (label: string, items: string[]) => (items.length === 0 ? [] : [`- ${label} (${items.length}): ${items.join(', ')}`])
  const code = (id: string) => `\`${id}\``
  const moved = log.changed.filter((c) => c.topic !== undefined)
  const other = log.changed.filter((c) => c.topic === undefined)
  return [
    'Data changes:',
    ...part('added', log.added.map(code)),
    ...part('topic changed', moved.map((c) => `${code(c.id)} (${c.topic!.from} → ${c.topic!.to})`)),
    ...part('changed', other.map((c) => `${code(c.id)} (${c.fields.join(', ')})`)),
    ...part('retired', log.retired.map(code)),
  ].join('\n')
}
