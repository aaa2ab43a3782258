import { createHash } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { CliError, EXIT } from '../errors.js'
import type { ReviewRecord } from './replayReviews.js'

/** The snapshot file: the schedule per question id, and which log it was rebuilt from. */
export interface ReviewSnapshot {
  readonly format: 'quizbank-review-snapshot'
  readonly version: 1
  /** SHA-256 of the log bytes it was built from: a different log means the snapshot is stale. */
  readonly logSha256: string
  readonly cards: Readonly<Record<string, { due: string; state: number; reps: number; lapses: number; stability: number; difficulty: number; lastReview?: string; prompt: string }>>
}

/**
 * SHA-256 of text, hex: identifies a log version, and (shortened) a prompt's wording.
 *
 * @example
 *   sha256('What is a view?').slice(0, 16)
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * Write the snapshot atomically: to a temporary file beside it, then
 * renamed over it, so a reader never sees half a file.
 *
 * @example
 *   await writeSnapshot(join(dir, 'snapshot.json'), records, logText)
 */
export async function writeSnapshot(path: string, records: ReadonlyMap<string, ReviewRecord>, logText: string): Promise<void> {
  const cards: Record<string, ReviewSnapshot['cards'][string]> = {}
  for (const [id, r] of [...records].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const c = r.card
    cards[id] = { due: c.due.toISOString(), state: c.state, reps: c.reps, lapses: c.lapses, stability: c.stability, difficulty: c.difficulty, ...(c.last_review === undefined ? {} : { lastReview: c.last_review.toISOString() }), prompt: r.prompt }
  }
  const snapshot: ReviewSnapshot = { format: 'quizbank-review-snapshot', version: 1, logSha256: sha256(logText), cards }
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, `${JSON.stringify(snapshot, null, 2)}\n`)
  await rename(tmp, path)
}

/**
 * Read the snapshot, if any. It is derived data, but a file that is not a
 * quizbank snapshot (damaged, or someone else's) is reported and never
 * overwritten; the user decides.
 *
 * @example
 *   const snapshot = await readSnapshot(join(dir, 'snapshot.json'))
 */
export async function readSnapshot(path: string): Promise<ReviewSnapshot | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  let data: Partial<ReviewSnapshot> | undefined
  try {
    data = JSON.parse(text) as Partial<ReviewSnapshot>
  } catch {
    data = undefined
  }
  if (data?.format !== 'quizbank-review-snapshot' || data.version !== 1 || typeof data.cards !== 'object' || typeof data.logSha256 !== 'string') {
    throw new CliError(`${path}: not a quizbank review snapshot (expected {"format":"quizbank-review-snapshot","version":1,…}); it is left untouched. It is rebuilt from reviews.jsonl: delete it to have it rebuilt.`, EXIT.invalidData)
  }
  return data as ReviewSnapshot
}
