// Scoring of parsed questions against gold labels, the same rule as the
// scorer that ships with the real-document set (../shared/real-docs/score.mjs):
// prompts become normalised word lists (lower case, quotes/brackets/emphasis
// dropped, stop words dropped, a crude suffix stem); every parsed × gold pair
// whose token Jaccard reaches the threshold (0.5, or 0.25 where the gold
// prompts are inferred) is a candidate; candidates are taken greedily, most
// similar first (ties in document order), one-to-one. Change nothing here
// without changing the shared scorer too: the figures must stay comparable.

/** One gold question, as in a `<name>.gold.json` file. */
export interface GoldQuestion {
  prompt: string
  hasAnswer: boolean
  section?: string | null
}

/** A `<name>.gold.json` file (only the fields the scorer reads). */
export interface GoldFile {
  questions: GoldQuestion[]
  /** The gold prompts were inferred from answers: the match threshold drops to 0.25. */
  inferred?: boolean
}

/** A question as the parser produced it (only the fields the scorer reads). */
export interface ParsedQuestion {
  prompt?: string
  answer?: string
}

/** What scoring one document yields. */
export interface DocumentScore {
  gold: number
  got: number
  truePositives: number
  falsePositives: number
  falseNegatives: number
  /** Matched pairs on which the parser and the gold agree about an answer being present. */
  answerAgreements: number
  /** Parsed prompts that matched no gold prompt. */
  unmatchedParsed: string[]
  /** Gold prompts that no parsed prompt matched. */
  unmatchedGold: string[]
  /** Matched pairs that disagree on answer presence. */
  answerDisagreements: { parsed: string; gold: string; parsedHasAnswer: boolean }[]
}

const STOP = new Set('a an the of in to and or is are what how do does you your for with on by be can it its this that which why when django'.split(' '))

/** Normalised, stop-word-free, stemmed words of a prompt (exactly as score.mjs). */
export function promptWords(text: string): string[] {
  return String(text)
    .toLowerCase()
    .replace(/[`*_"'“”‘’()[\]{}]/g, ' ')
    .split(/[^a-z0-9.+#]+/)
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map((w) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w))
}

/** Token Jaccard similarity of two word lists, taken as sets (two empty lists score 0). */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a)
  const B = new Set(b)
  let shared = 0
  for (const x of A) if (B.has(x)) shared++
  return shared / (A.size + B.size - shared || 1)
}

/**
 * Pair a document's parsed questions with its gold questions and count.
 *
 * @example
 *   scoreDocument([{ prompt: 'What is a view?', answer: 'A function.' }], { questions: [{ prompt: 'What is a view?', hasAnswer: true }] })
 *   // { truePositives: 1, falsePositives: 0, falseNegatives: 0, answerAgreements: 1, … }
 */
export function scoreDocument(parsed: readonly ParsedQuestion[], gold: GoldFile): DocumentScore {
  const got = parsed.map((q) => ({ words: promptWords(q.prompt ?? ''), prompt: String(q.prompt), hasAnswer: Boolean(q.answer && String(q.answer).trim()) }))
  const want = gold.questions.map((q) => ({ words: promptWords(q.prompt), prompt: q.prompt, hasAnswer: Boolean(q.hasAnswer) }))
  const threshold = gold.inferred === true ? 0.25 : 0.5
  const candidates: [number, number, number][] = []
  got.forEach((g, i) =>
    want.forEach((w, j) => {
      const s = jaccard(g.words, w.words)
      if (s >= threshold) candidates.push([s, i, j])
    }),
  )
  // Array.prototype.sort is stable: equal similarities keep document order.
  candidates.sort((x, y) => y[0] - x[0])
  const usedGot = new Set<number>()
  const usedWant = new Set<number>()
  let truePositives = 0
  let answerAgreements = 0
  const answerDisagreements: DocumentScore['answerDisagreements'] = []
  for (const [, i, j] of candidates) {
    if (usedGot.has(i) || usedWant.has(j)) continue
    usedGot.add(i)
    usedWant.add(j)
    truePositives++
    const g = got[i]!
    const w = want[j]!
    if (g.hasAnswer === w.hasAnswer) answerAgreements++
    else answerDisagreements.push({ parsed: g.prompt, gold: w.prompt, parsedHasAnswer: g.hasAnswer })
  }
  return {
    gold: want.length,
    got: got.length,
    truePositives,
    falsePositives: got.length - truePositives,
    falseNegatives: want.length - truePositives,
    answerAgreements,
    unmatchedParsed: got.filter((_, i) => !usedGot.has(i)).map((g) => g.prompt),
    unmatchedGold: want.filter((_, j) => !usedWant.has(j)).map((w) => w.prompt),
    answerDisagreements,
  }
}

/** Micro totals over documents. */
export interface Totals {
  precision: number
  recall: number
  f1: number
  /** Share of matched pairs that agree on answer presence. */
  answerAgreement: number
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

/**
 * Micro-averaged precision, recall, F1 and answer agreement (as score.mjs,
 * including its `|| 1` guards against division by zero).
 *
 * @example
 *   totals([scoreDocument(parsed, gold)]).f1 // 0.811
 */
export function totals(scores: readonly DocumentScore[]): Totals {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0)
  const fp = scores.reduce((n, s) => n + s.falsePositives, 0)
  const fn = scores.reduce((n, s) => n + s.falseNegatives, 0)
  const agree = scores.reduce((n, s) => n + s.answerAgreements, 0)
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall || 1),
    answerAgreement: agree / (tp || 1),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  }
}
