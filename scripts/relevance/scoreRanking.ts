/** A judged query of scripts/relevance/judgments.json. */
export interface Judged {
  readonly text: string
  readonly kind: string
  readonly heldOut: boolean
  /** Question id → 2 answers the query, 1 related, 0 not (unjudged ids count as 0). */
  readonly judgments: Readonly<Record<string, 0 | 1 | 2>>
}

function dcg(grades: readonly number[], k: number): number {
  let sum = 0
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** (grades[i] as number) - 1) / Math.log2(i + 2)
  return sum
}

/**
 * nDCG@5, nDCG@10 and the reciprocal rank of the first hit graded 2, for one
 * query's ranked question ids.
 *
 * @example
 *   scoreRanking({ text: 'csrf', kind: 'word', heldOut: false, judgments: { 'a/csrf': 2 } }, ['a/csrf']).ndcg5 // 1
 */
export function scoreRanking(q: Judged, ranked: readonly string[]): { ndcg5: number; ndcg10: number; rr: number } {
  const grades = ranked.map((id) => q.judgments[id] ?? 0)
  const ideal = Object.values(q.judgments).sort((a, b) => b - a)
  const first = grades.indexOf(2)
  return { ndcg5: dcg(grades, 5) / dcg(ideal, 5), ndcg10: dcg(grades, 10) / dcg(ideal, 10), rr: first < 0 ? 0 : 1 / (first + 1) }
}
