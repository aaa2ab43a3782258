import { Sfc32 } from '../createRandom.js'
import { Apportioner } from './apportion.js'
import { idsOf, type IndexData } from './indexData.js'
import type { Stratum } from './resolveStrata.js'

/** Deals corpus positions one at a time, never the same one twice. */
export interface Dealer {
  /** The next position, or `undefined` when every stratum is exhausted. */
  draw(): number | undefined
  /** How many positions were dealt. */
  readonly dealt: number
  /** Keys of the strata that ran dry, in the order they did. */
  readonly dry: readonly string[]
}

/** Options of {@link createDealer}. */
export interface DealerOptions {
  /** The seed, already a string. */
  readonly seed: string
  /** Positions never dealt. */
  readonly excluded: ReadonlySet<number>
  /** Deal at most one question per `cluster`. */
  readonly distinct: boolean
}

/**
 * The dealing algorithm, part of the reproducibility contract:
 *
 * 1. Each stratum walks a lazy uniform permutation of its pool (sparse
 *    Fisher–Yates: step `i` swaps position `i` with `i + random.int(n - i)`,
 *    keeping only displaced entries in a Map, or in a typed array once
 *    they are many: {@link DEALER_LIMITS}), skipping excluded positions
 *    and, with `distinct`, questions whose cluster was already dealt. A
 *    question whose id was already dealt (a corpus with repeated ids) is
 *    skipped too, so no id is dealt twice. Cost per question is O(1)
 *    expected, independent of the pool size.
 * 2. The random stream of a stratum is `createRandom(seed)` when there is a
 *    single unstratified pool, else `createRandom(seed + '/' + stratum key)`.
 * 3. Which stratum deals next follows Tijdeman's chairman-assignment rule, so
 *    after every deal each stratum's count is within 1 of weight × dealt
 *    (strictly, within 1 − 1/(2m − 2) for m strata). When a stratum runs dry,
 *    the rest are rescaled and the rule restarts from that point.
 *
 * @example
 *   const dealer = createDealer(data, strata, { seed: '42', excluded: new Set(), distinct: false })
 *   dealer.draw() // a corpus position
 */
export function createDealer(data: IndexData, strata: readonly Stratum[], options: DealerOptions): Dealer {
  return new StratifiedDealer(data, strata, options)
}

/**
 * Tuned numbers of the dealer's permutation walk.
 */
export const DEALER_LIMITS = {
  /**
   * When a walk's Map of displaced entries holds more than this share of
   * its pool, the walk moves them into a typed array of the whole pool and
   * goes on there (the same permutation, the same order). WHY: a Map entry
   * costs about 40 bytes and a cache miss, a typed-array slot 4 bytes; a
   * walk that deals most of a large pool (a whole quiz, `restoreQuiz`
   * replaying 200,000 deals) grew from 190 to 840 ns a question between
   * 25,000 and 800,000 questions with the Map alone. Small draws (`sample`
   * of 10 from 1M) never reach it and keep their O(1) start.
   *
   * 1/64 rather than 1/16: the Map's churn (a set and a delete a step)
   * leaves about 400 bytes of garbage a step, 26 bytes per question of a
   * whole deal at 1/16, and its scavenges made a whole deal grow faster
   * than linear. Copying the pool costs at most 64 slots per Map step, a
   * memcpy. `npm run pathological -- --only quiz-duplicate-ids` at
   * 200,000: 39–48 ms at 1/16, 23–30 ms at 1/64 (issue 11); 1/256 was no
   * faster.
   */
  denseShare: 1 / 64,
} as const

/** One stratum's lazy permutation. */
class Walk {
  readonly random: Sfc32
  displaced: Map<number, number> | undefined = new Map<number, number>()
  /** Once dense: the pool entry at every position of the permutation (replaces `displaced`). */
  dense: Uint32Array | undefined
  cursor = 0

  constructor(
    readonly key: string,
    readonly pool: Uint32Array,
    readonly weight: number,
    seed: string,
  ) {
    this.random = new Sfc32(seed)
  }

  /** The next position of the permutation, or `undefined` at its end. */
  step(): number | undefined {
    const n = this.pool.length
    if (this.cursor >= n) return undefined
    const i = this.cursor++
    const j = i + this.random.int(n - i)
    const dense = this.dense
    if (dense !== undefined) {
      const picked = dense[j] as number
      dense[j] = dense[i] as number
      return picked
    }
    const displaced = this.displaced as Map<number, number>
    const picked = displaced.get(j) ?? j
    if (j !== i) displaced.set(j, displaced.get(i) ?? i)
    displaced.delete(i)
    if (displaced.size > n * DEALER_LIMITS.denseShare) this.densify()
    return this.pool[picked]
  }

  /** Move the displaced entries into a typed array of the whole pool. */
  private densify(): void {
    const dense = this.pool.slice()
    for (const [k, v] of this.displaced as Map<number, number>) dense[k] = this.pool[v] as number
    this.dense = dense
    this.displaced = undefined
  }
}

// A class rather than closures: a draw creates one dealer, and sample() is
// called in tight loops (allocation there is most of its cost).
class StratifiedDealer implements Dealer {
  dealt = 0
  readonly dry: string[] = []
  private live: Walk[]
  private choose: Apportioner
  private readonly seenClusters: Set<number> | undefined
  private readonly cluster: Uint32Array
  // Only for a corpus with repeated ids: position → first position of its id
  // (-1 for a unique id), and which first positions were dealt (typed arrays:
  // a whole deal looks both up once per question).
  private readonly copyOf: Int32Array | undefined
  private readonly seenIds: Uint8Array | undefined

  constructor(
    data: IndexData,
    strata: readonly Stratum[],
    private readonly options: DealerOptions,
  ) {
    const single = strata[0]?.key === '*'
    this.live = strata.filter((s) => s.weight > 0).map((s) => new Walk(s.key, s.pool, s.weight, single ? options.seed : `${options.seed}/${s.key}`))
    this.choose = this.startEpoch()
    this.seenClusters = options.distinct ? new Set() : undefined
    this.cluster = data.fields.cluster.column as Uint32Array
    const { copyOf } = idsOf(data)
    this.copyOf = copyOf
    this.seenIds = copyOf === undefined ? undefined : new Uint8Array(copyOf.length)
  }

  draw(): number | undefined {
    while (this.live.length > 0) {
      const walk = this.live[this.live.length === 1 ? 0 : this.choose.next()] as Walk
      const pos = this.next(walk)
      if (pos !== undefined) {
        this.dealt++
        return pos
      }
      // Rescale the strata still dealing and restart the rule ("epoch").
      this.dry.push(walk.key)
      this.live = this.live.filter((w) => w !== walk)
      this.choose = this.startEpoch()
    }
    return undefined
  }

  // Step a stratum's permutation until a dealable position comes up.
  private next(walk: Walk): number | undefined {
    for (let pos = walk.step(); pos !== undefined; pos = walk.step()) {
      if (this.options.excluded.has(pos)) continue
      const first = this.copyOf === undefined ? -1 : (this.copyOf[pos] as number)
      if (first >= 0 && (this.seenIds as Uint8Array)[first] === 1) continue
      if (this.seenClusters !== undefined) {
        const c = this.cluster[pos] as number
        if (c !== 0) {
          if (this.seenClusters.has(c)) continue
          this.seenClusters.add(c)
        }
      }
      // Marked only once dealt: a copy skipped for its cluster leaves its id free.
      if (first >= 0) (this.seenIds as Uint8Array)[first] = 1
      return pos
    }
    return undefined
  }

  private startEpoch(): Apportioner {
    const total = this.live.reduce((sum, w) => sum + w.weight, 0)
    return new Apportioner(this.live.map((w) => w.weight / total))
  }
}
