import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Question } from '@quizbank/core'
import { promptOverlap, REWORD_MIN } from '../corpus/idRegistry.js'
import type { DataChangelog } from '../corpus/renderChangelog.js'
import { diffCorpus } from '../corpus/renderChangelog.js'

/**
 * packages/corpus/released-ids.json: every question id of the last released
 * version of @quizbank/corpus, with the prompt and topic it had, written by
 * the release step (`npm run version-packages`). `version` is null until the
 * first release.
 */
export interface ReleasedIds {
  version: string | null
  ids: Record<string, { prompt: string; topic: string }>
}

/** What the current data does to released ids. */
export interface ReleasedIdsDiff extends DataChangelog {
  /** Released ids whose prompt now shares too few words with the released one: the id would mean another question. */
  remeant: { id: string; was: string; now: string }[]
}

/** The questions of the committed data of the corpus folder `root`, in set order. */
export function committedQuestions(root: string): Question[] {
  const dir = join(root, 'data')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { questions: Question[] }).questions)
}

/** The snapshot the release step writes for `questions` at `version`. */
export function snapshotOf(version: string, questions: readonly Question[]): ReleasedIds {
  return { version, ids: Object.fromEntries(questions.map((q) => [q.id, { prompt: q.prompt, topic: q.topic }])) }
}

/**
 * Compare the current questions with the released ids: added, retired
 * (removed), changed (prompt or topic) and re-meant ids. Removing or
 * re-meaning a released id breaks whoever stored it (progress, bookmarks,
 * spaced-repetition state): a major change.
 *
 * @example
 *   const diff = compareReleasedIds(released, committedQuestions('packages/corpus'))
 *   if (diff.retired.length + diff.remeant.length > 0) console.log('needs a major changeset')
 */
export function compareReleasedIds(released: ReleasedIds, questions: readonly Question[]): ReleasedIdsDiff {
  const before = Object.entries(released.ids).map(([id, r]) => ({ id, prompt: r.prompt, topic: r.topic }) as Question)
  const after = questions.map((q) => ({ id: q.id, prompt: q.prompt, topic: q.topic }) as Question)
  const now = new Map(after.map((q) => [q.id, q.prompt]))
  const remeant = before.flatMap((q) => {
    const prompt = now.get(q.id)
    return prompt !== undefined && promptOverlap(q.prompt, prompt) < REWORD_MIN ? [{ id: q.id, was: q.prompt, now: prompt }] : []
  })
  return { ...diffCorpus(before, after), remeant }
}

/**
 * Whether a changeset (the texts of `.changeset/*.md`) bumps `pkg` by a major.
 *
 * @example
 *   hasMajorChangeset(['---\n"@quizbank/corpus": major\n---\n\nRetired …'], '@quizbank/corpus') // true
 */
export function hasMajorChangeset(texts: readonly string[], pkg: string): boolean {
  return texts.some((text) => {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ''
    return front.split(/\r?\n/).some((line) => line.replace(/["']/g, '').replace(/\s+/g, '') === `${pkg}:major`)
  })
}
