import { promptKey } from '../../shared/promptKey.js'
import type { DraftQuestion, SkippedRange } from '../../types.js'

/**
 * Take out the questions that are entries of a table of contents: an
 * unanswered question whose prompt is asked again, with an answer, further
 * down, next to another such question (a contents list has several entries
 * together). Their lines are skipped as `related-links`.
 *
 * WHY: a post that lists its questions first ("In this post: 1. What is
 * JSX? 2. …") and then asks them would otherwise give every question twice,
 * the first time without its answer.
 *
 * @example
 *   dropContentsEntries([tocA, tocB, a, b], skipped) // [a, b]; skipped gains tocA and tocB
 */
export function dropContentsEntries(questions: readonly DraftQuestion[], skipped: SkippedRange[]): DraftQuestion[] {
  const key = (q: DraftQuestion) => promptKey(q.prompt)
  const answeredLater = new Map<string, number>()
  questions.forEach((q, i) => {
    if (q.answer !== undefined) answeredLater.set(key(q), i)
  })
  const entry = questions.map((q, i) => q.answer === undefined && (answeredLater.get(key(q)) ?? -1) > i)
  const drop = entry.map((e, i) => e && (entry[i - 1] === true || entry[i + 1] === true))
  if (!drop.includes(true)) return [...questions]
  let open = -1
  questions.forEach((q, i) => {
    const last = skipped[open]
    if (drop[i] !== true) open = -1
    else if (last !== undefined) skipped[open] = { ...last, last: q.lines.last }
    else open = skipped.push({ first: q.lines.first, last: q.lines.last, reason: 'related-links', detail: 'table of contents' }) - 1
  })
  return questions.filter((_, i) => drop[i] !== true)
}
