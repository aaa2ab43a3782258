import type { Card, FSRS } from 'ts-fsrs'
import { GRADES, type ReviewEvent } from './reviewLog.js'

/** The schedule of one question, as the log's reviews left it. */
export interface ReviewRecord {
  readonly card: Card
  /** Hash of the prompt as it was at the last review (to notice edited questions). */
  readonly prompt: string
  readonly reviews: number
}

/**
 * The reviews that count: each `undo` cancels the latest review not yet
 * cancelled (so undo, undo cancels the last two).
 *
 * @example
 *   effectiveReviews([review('a'), review('b'), { type: 'undo', at }]) // [review('a')]
 */
export function effectiveReviews(events: readonly ReviewEvent[]): Extract<ReviewEvent, { type: 'review' }>[] {
  const kept: Extract<ReviewEvent, { type: 'review' }>[] = []
  for (const e of events) {
    if (e.type === 'undo') kept.pop()
    else kept.push(e)
  }
  return kept
}

/**
 * Rebuild every question's FSRS card by replaying its reviews in log order
 * at their recorded times: the state is a pure function of the log, so it
 * can always be rebuilt and never drifts from it.
 *
 * @example
 *   replayReviews(events, fsrs({ enable_fuzz: false }), createEmptyCard).get('acme/orm')?.card.due
 */
export function replayReviews(events: readonly ReviewEvent[], scheduler: FSRS, createEmptyCard: (now: Date) => Card): Map<string, ReviewRecord> {
  const records = new Map<string, ReviewRecord>()
  for (const review of effectiveReviews(events)) {
    const at = new Date(review.at)
    const previous = records.get(review.id)
    const card = scheduler.next(previous?.card ?? createEmptyCard(at), at, (GRADES.indexOf(review.grade) + 1) as 1 | 2 | 3 | 4).card
    records.set(review.id, { card, prompt: review.prompt, reviews: (previous?.reviews ?? 0) + 1 })
  }
  return records
}
