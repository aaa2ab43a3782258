/**
 * Tijdeman's chairman-assignment sequence: which of m parties with shares
 * `weights` (summing to 1) takes each next seat, so that after every seat t
 * each party holds within 1 − 1/(2m − 2) of `weight × t` seats.
 * Ties go to the lower index. Floating-point steps are IEEE-exact, so the
 * sequence is the same on every engine.
 *
 * @example
 *   const seats = new Apportioner([0.5, 0.3, 0.2])
 *   Array.from({ length: 10 }, () => seats.next()) // [0, 1, 0, 2, 0, 1, 0, 2, 1, 0]: 5, 3 and 2 seats
 */
export class Apportioner {
  private readonly sigma: number
  private readonly counts: number[]
  private t = 0

  constructor(private readonly weights: readonly number[]) {
    const m = weights.length
    this.sigma = m < 2 ? 0 : 1 / (2 * m - 2)
    this.counts = weights.map(() => 0)
  }

  /** The index of the party taking the next seat. */
  next(): number {
    const { weights, counts, sigma } = this
    const t = ++this.t
    let best = -1
    let bestDeadline = Infinity
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] as number
      const c = counts[i] as number
      // Eligible once its due share reaches sigma (the tolerance absorbs
      // rounding in w * t); the earliest deadline wins.
      if (w <= 0 || w * t - c < sigma - 1e-9) continue
      const deadline = (c + 1 - sigma) / w
      if (deadline < bestDeadline) {
        best = i
        bestDeadline = deadline
      }
    }
    // Someone is always eligible (due shares sum to 1 ≥ sigma); guard anyway.
    if (best === -1) best = 0
    counts[best]!++
    return best
  }
}
