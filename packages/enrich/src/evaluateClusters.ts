/** A human judgement about two questions, named by id. */
export interface LabelledPair {
  a: string
  b: string
  /** `duplicate`: a good answer to either question answers the other. */
  label: 'duplicate' | 'distinct'
}

/** A labelled pair the clustering got wrong. */
export interface PairError {
  pair: LabelledPair
  /** `false-positive`: clustered together but labelled distinct; `false-negative`: the reverse. */
  error: 'false-positive' | 'false-negative'
  /** Cluster ids the two questions got (undefined: in no cluster). */
  clusters: [string | undefined, string | undefined]
}

/** Pairwise quality of a clustering against labelled pairs. */
export interface ClusterEvaluation {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  trueNegatives: number
  /** TP / (TP + FP); `1` when nothing was predicted duplicate. */
  precision: number
  /** TP / (TP + FN); `1` when no pair is labelled duplicate. */
  recall: number
  /** Harmonic mean of precision and recall; `0` when both are 0. */
  f1: number
  errors: PairError[]
}

/**
 * Score a clustering pairwise: a pair is predicted duplicate when both
 * questions carry the same cluster id. Pairs are counted as given (a pair
 * listed twice counts twice).
 *
 * @example
 *   evaluateClusters([{ a: 'x', b: 'y', label: 'duplicate' }], new Map([['x', 'c'], ['y', 'c']]))
 *   // { truePositives: 1, precision: 1, recall: 1, f1: 1, … }
 */
export function evaluateClusters(pairs: readonly LabelledPair[], assignment: ReadonlyMap<string, string>): ClusterEvaluation {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  const errors: PairError[] = []
  for (const pair of pairs) {
    const clusters: [string | undefined, string | undefined] = [assignment.get(pair.a), assignment.get(pair.b)]
    const together = clusters[0] !== undefined && clusters[0] === clusters[1]
    if (pair.label === 'duplicate') {
      if (together) tp++
      else {
        fn++
        errors.push({ pair, error: 'false-negative', clusters })
      }
    } else if (together) {
      fp++
      errors.push({ pair, error: 'false-positive', clusters })
    } else tn++
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn, precision, recall, f1, errors }
}
