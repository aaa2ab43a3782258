import { join } from 'node:path'
import { replayReviews } from './replayReviews.js'
import { readReviewLog } from './reviewLog.js'
import { readSnapshot, sha256 } from './reviewSnapshot.js'

/** How far the user's reviews have got, for `quizbank stats`. */
export interface ReviewProgress {
  readonly stateDir: string
  /** Questions reviewed at least once. */
  readonly reviewed: number
  /** Reviewed questions due at `now`. */
  readonly due: number
  /** In FSRS's learning or relearning steps (short intervals). */
  readonly learning: number
  /** Graduated to day-scale intervals. */
  readonly inReview: number
  /** The earliest due date after `now`, ISO; null when none. */
  readonly nextDue: string | null
}

/**
 * Summarise the review state of a state directory, or `undefined` when it
 * has no review log. Reads the snapshot when it was built from the current
 * log (no scheduler needed); otherwise replays the log.
 *
 * @example
 *   await reviewProgress('/home/ada/.local/state/quizbank', new Date())
 */
export async function reviewProgress(stateDir: string, now: Date): Promise<ReviewProgress | undefined> {
  const { events, text } = await readReviewLog(join(stateDir, 'reviews.jsonl'))
  if (text === '') return undefined
  const snapshot = await readSnapshot(join(stateDir, 'snapshot.json'))
  let cards: { due: number; state: number }[]
  if (snapshot !== undefined && snapshot.logSha256 === sha256(text)) {
    cards = Object.values(snapshot.cards).map((c) => ({ due: Date.parse(c.due), state: c.state }))
  } else {
    const { fsrs, createEmptyCard } = await import('ts-fsrs')
    cards = [...replayReviews(events, fsrs({ enable_fuzz: false }), (at) => createEmptyCard(at)).values()].map((r) => ({ due: r.card.due.getTime(), state: r.card.state }))
  }
  const later = cards.filter((c) => c.due > now.getTime()).map((c) => c.due)
  return {
    stateDir,
    reviewed: cards.length,
    due: cards.length - later.length,
    // ts-fsrs states: 0 new, 1 learning, 2 review, 3 relearning.
    learning: cards.filter((c) => c.state === 1 || c.state === 3).length,
    inReview: cards.filter((c) => c.state === 2).length,
    nextDue: later.length === 0 ? null : new Date(Math.min(...later)).toISOString(),
  }
}
