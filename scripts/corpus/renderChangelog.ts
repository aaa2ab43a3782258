import type { Question } from '@quizbank/core'

/** What changed between the committed data and a fresh build, by id. */
export interface DataChangelog {
  added: string[]
  changed: string[]
  retired: string[]
}

/**
 * Diff two versions of the corpus by id: an id only in the new one was
 * added, only in the old one retired; one in both whose record differs
 * changed. The build prints it so it can be pasted into a changeset.
 */
export function diffCorpus(before: readonly Question[], after: readonly Question[]): DataChangelog {
  const old = new Map(before.map((q) => [q.id, JSON.stringify(q)]))
  const now = new Map(after.map((q) => [q.id, JSON.stringify(q)]))
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
    retired: [...old.keys()].filter((id) => !now.has(id)),
  }
}

/** The changelog as markdown for a changeset body. */
export function renderChangelog(log: DataChangelog): string {
  if (log.added.length + log.changed.length + log.retired.length === 0) return 'Data: no question changed.'
  const part = (label: string, ids: string[]) => (ids.length === 0 ? [] : [`- ${label} (${ids.length}): ${ids.map((id) => `\`${id}\``).join(', ')}`])
  return ['Data changes:', ...part('added', log.added), ...part('changed', log.changed), ...part('retired', log.retired)].join('\n')
}
