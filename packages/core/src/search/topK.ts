import type { Ranked } from './rankDocuments.js'

/** Keeps the k best (score, doc) pairs in a binary min-heap of the worst kept. */
export class TopK {
  private readonly docs: number[] = []
  private readonly scores: number[] = []
  constructor(private readonly k: number) {}

  // "a is worse than b": lower score, or the same score later in the corpus.
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a] as number
    const sb = this.scores[b] as number
    return sa < sb || (sa === sb && (this.docs[a] as number) > (this.docs[b] as number))
  }

  /** Whether k documents are kept: then {@link worstScore} is the bar a newcomer must beat. */
  get full(): boolean {
    return this.docs.length >= this.k
  }

  /** The lowest kept score (meaningful once {@link full}). */
  get worstScore(): number {
    return this.scores[0] as number
  }

  /** The document of the lowest kept score (the latest of equals). */
  get worstDoc(): number {
    return this.docs[0] as number
  }

  /** Keep (doc, score) if it ranks among the k best so far. */
  offer(doc: number, score: number): void {
    if (this.k === 0) return
    if (this.docs.length < this.k) {
      this.docs.push(doc)
      this.scores.push(score)
      this.up(this.docs.length - 1)
      return
    }
    const rootScore = this.scores[0] as number
    if (score < rootScore || (score === rootScore && doc > (this.docs[0] as number))) return
    this.docs[0] = doc
    this.scores[0] = score
    this.down(0)
  }

  /** The kept documents, best first (score descending, corpus order on ties). */
  sorted(): Ranked[] {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i] as number }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.worse(i, parent)) break
      this.swap(i, parent)
      i = parent
    }
  }

  private down(i: number): void {
    const n = this.docs.length
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let worst = i
      if (l < n && this.worse(l, worst)) worst = l
      if (r < n && this.worse(r, worst)) worst = r
      if (worst === i) return
      this.swap(i, worst)
      i = worst
    }
  }

  private swap(a: number, b: number): void {
    ;[this.docs[a], this.docs[b]] = [this.docs[b] as number, this.docs[a] as number]
    ;[this.scores[a], this.scores[b]] = [this.scores[b] as number, this.scores[a] as number]
  }
}
