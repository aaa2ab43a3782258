import type { LabelledPair } from './evaluateClusters.js'

/**
 * A question named the way a labelled-pairs file names it, so the file
 * survives until (and across changes of) question ids: by set and prompt as
 * printed, or, for questions whose prompt the source lost, by the opening
 * words of the answer.
 */
export interface PairRef {
  set: string
  /** The prompt as printed (or, with `promptInferred`, a reviewed stand-in). */
  prompt: string
  /** Opening words of the answer; names the question when `promptInferred`. */
  answerStart?: string
  promptInferred?: boolean
}

/** A labelled pair of a pairs file, questions named by {@link PairRef}. */
export interface RefPair {
  a: PairRef
  b: PairRef
  label: LabelledPair['label']
  kind?: string
  reason?: string
}

/** A question a pair reference can resolve to. */
export interface ResolvableQuestion {
  id: string
  set: string
  prompt: string
  answer?: string
}

/** What {@link resolvePairRefs} matched, and what it could not. */
export interface ResolvedPairs {
  pairs: (LabelledPair & { kind?: string; reason?: string })[]
  /** References that matched no question (or more than one), with why. */
  unresolved: { ref: PairRef; problem: 'missing' | 'ambiguous' }[]
}

/**
 * Turn pairs named by set + prompt (or set + answer opening) into pairs of
 * question ids. Prompts and answers are compared loosely: case, quotes,
 * backticks, markdown emphasis and spacing before punctuation are ignored,
 * and a prompt that only adds or drops a trailing note still matches when
 * it is the one such prompt of its set.
 * Pairs with an unresolved side are dropped and reported.
 *
 * @example
 *   resolvePairRefs(file.pairs, corpus.questions).pairs[0] // { a: 'top-30-guide/django', b: '…', label: 'duplicate' }
 */
export function resolvePairRefs(pairs: readonly RefPair[], questions: readonly ResolvableQuestion[]): ResolvedPairs {
  const unresolved: ResolvedPairs['unresolved'] = []
  const reported = new Set<PairRef>()
  const resolve = (ref: PairRef): string | undefined => {
    const inSet = questions.filter((q) => q.set === ref.set)
    const byAnswer = ref.promptInferred === true && ref.answerStart !== undefined
    const wanted = loose(byAnswer ? ref.answerStart! : ref.prompt)
    let found = inSet.filter((q) => (byAnswer ? loose(q.answer ?? '').startsWith(wanted) : loose(q.prompt) === wanted))
    // A parser may keep or drop a trailing note ("(Refer to Section 6.)"): fall back to a prefix match.
    if (found.length === 0 && !byAnswer) found = inSet.filter((q) => isPrefixEitherWay(loose(q.prompt), wanted))
    if (found.length === 1) return found[0]!.id
    if (!reported.has(ref)) unresolved.push({ ref, problem: found.length === 0 ? 'missing' : 'ambiguous' })
    reported.add(ref)
    return undefined
  }
  const resolved: ResolvedPairs['pairs'] = []
  for (const pair of pairs) {
    const a = resolve(pair.a)
    const b = resolve(pair.b)
    if (a === undefined || b === undefined) continue
    resolved.push({ a, b, label: pair.label, ...(pair.kind === undefined ? {} : { kind: pair.kind }), ...(pair.reason === undefined ? {} : { reason: pair.reason }) })
  }
  return { pairs: resolved, unresolved }
}

/**
 * The stand-in questions a pairs file names, one per distinct reference,
 * with ids `<set>#<n>`: lets the evaluation run before a parsed corpus exists.
 *
 * @example
 *   questionsFromRefs(file.pairs)[0] // { id: 'top-30-guide#1', set: 'top-30-guide', prompt: 'What is Django?' }
 */
export function questionsFromRefs(pairs: readonly RefPair[]): ResolvableQuestion[] {
  const byKey = new Map<string, ResolvableQuestion>()
  for (const ref of pairs.flatMap((p) => [p.a, p.b])) {
    const key = `${ref.set}\u0000${loose(ref.prompt)}\u0000${loose(ref.answerStart ?? '')}`
    if (byKey.has(key)) continue
    byKey.set(key, {
      id: `${ref.set}#${byKey.size + 1}`,
      set: ref.set,
      prompt: ref.prompt,
      ...(ref.answerStart === undefined ? {} : { answer: ref.answerStart }),
    })
  }
  return [...byKey.values()]
}

/** One text starts with the other (at least 20 characters of it). */
function isPrefixEitherWay(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 20 && long.startsWith(short)
}

/** Text folded for loose comparison. */
function loose(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘`*_"“”']/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[?.,;:!])/g, '')
    .trim()
    .toLowerCase()
}
