/**
 * The champion lists of a text index ("champion lists", Manning, Raghavan
 * and Schütze, *Introduction to Information Retrieval*, §7.1.3): for each
 * term with more postings than `size`, its `size` best postings, impact
 * descending and document ascending on ties — exactly the order a one-term
 * query ranks them in. A query of one word (with its prefix completions)
 * then ranks from these lists, proven exact by a bound, instead of reading
 * the postings. Derived from the impacts when an index is built or loaded,
 * never serialised.
 */
export const CHAMPION_LISTS = {
  /**
   * Postings kept per long term: a query asking for more than this many hits
   * (offset + limit) takes the ordinary path. 64 covers six pages of ten. It
   * costs 4 bytes per kept posting, and only terms with more postings than
   * this have a list (at most 64 / df of their postings).
   */
  size: 64,
  /**
   * Most terms (a word and its completions) the champion path takes: it
   * merges their lists, comparing every list's head at each step, so past
   * this the ordinary paths, linear in the postings, are the safer cost
   * (at most maxTerms × size steps of maxTerms comparisons). The default
   * `maxExpansions` (20) gives a word at most 41 terms: its stem, 20
   * completions of the stem and 20 of the word as typed.
   */
  maxTerms: 64,
} as const

/** Where each long term's champions are. */
export interface ChampionLists {
  /** Per term: the start of its list in `positions`, or -1 when its postings are few enough to be the list themselves. */
  readonly starts: Int32Array
  /** Posting positions (indexes into `docs` / `impacts`), `CHAMPION_LISTS.size` per long term. */
  readonly positions: Uint32Array
}

/**
 * Build the champion lists: per long term a histogram of its impacts finds
 * the lowest impact that still makes the list, then one pass collects the
 * postings above it and, in document order, as many at it as fit; a stable
 * sort by impact orders them. Linear in the postings.
 *
 * @example
 *   championLists(offsets, impacts).starts[termId] // -1 for a short term
 */
export function championLists(offsets: Uint32Array, impacts: Uint8Array): ChampionLists {
  const { size } = CHAMPION_LISTS
  const termCount = Math.max(0, offsets.length - 1)
  const starts = new Int32Array(termCount).fill(-1)
  let long = 0
  for (let t = 0; t < termCount; t++) if ((offsets[t + 1] as number) - (offsets[t] as number) > size) starts[t] = size * long++
  const positions = new Uint32Array(size * long)
  const histogram = new Uint32Array(256)
  const chosen: number[] = []
  for (let t = 0; t < termCount; t++) {
    const start = starts[t] as number
    if (start < 0) continue
    const from = offsets[t] as number
    const to = offsets[t + 1] as number
    histogram.fill(0)
    for (let p = from; p < to; p++) histogram[impacts[p] as number]!++
    // The floor: the impact at which the best `size` postings are reached.
    let floor = 255
    let above = 0
    while (above + (histogram[floor] as number) < size) above += histogram[floor--] as number
    let atFloor = size - above
    chosen.length = 0
    for (let p = from; p < to && chosen.length < size; p++) {
      const impact = impacts[p] as number
      if (impact > floor) chosen.push(p)
      else if (impact === floor && atFloor > 0) {
        chosen.push(p)
        atFloor--
      }
    }
    // Array.prototype.sort is stable: equal impacts keep document order.
    chosen.sort((x, y) => (impacts[y] as number) - (impacts[x] as number))
    positions.set(chosen, start)
  }
  return { starts, positions }
}
