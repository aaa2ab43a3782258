import { tokenize, type Token } from './tokenize.js'

/** A phrase of a rule table and what it stands for. */
export interface PhraseEntry<T> {
  /**
   * Words as a person writes them; tokenized and stemmed like the text.
   * `get()` only matches a call, `DEBUG` only a word in capitals, and
   * `=performance` only that spelling, where the stemmer would also match
   * another word ("perform").
   */
  readonly phrase: string
  readonly value: T
}

/** Phrases compiled for matching, keyed by their first token. */
export interface PhraseIndex<T> {
  readonly byFirst: ReadonlyMap<string, readonly CompiledPhrase<T>[]>
}

interface PhraseToken extends Token {
  /** Written `=word`: matches only that spelling. */
  readonly exact: boolean
}

interface CompiledPhrase<T> {
  readonly tokens: readonly PhraseToken[]
  readonly values: readonly T[]
}

/** One phrase found in a text: the values of every entry with that phrase, and where. */
export interface PhraseHit<T> {
  readonly values: readonly T[]
  /** Index of the first token matched. */
  readonly start: number
  /** Index after the last token matched. */
  readonly end: number
}

/**
 * Compile rule-table phrases for {@link matchPhrases}. Entries with the same
 * phrase are merged, so one phrase can count for several topics.
 *
 * @example
 *   const index = compilePhrases([{ phrase: 'select_related', value: 'orm' }])
 */
export function compilePhrases<T>(entries: readonly PhraseEntry<T>[]): PhraseIndex<T> {
  const merged = new Map<string, { tokens: PhraseToken[]; values: T[] }>()
  for (const entry of entries) {
    const tokens = entry.phrase.split(/\s+/).flatMap((part) => tokenize(part).map((t) => ({ ...t, exact: part.startsWith('=') })))
    if (tokens.length === 0) continue
    const key = tokens.map((t) => `${t.exact ? `=${t.word}` : t.upper ? t.key.toUpperCase() : t.key}${t.call ? '()' : ''}`).join(' ')
    const found = merged.get(key)
    if (found) found.values.push(entry.value)
    else merged.set(key, { tokens, values: [entry.value] })
  }
  const byFirst = new Map<string, CompiledPhrase<T>[]>()
  for (const phrase of merged.values()) {
    const first = phrase.tokens[0]!.key
    const list = byFirst.get(first) ?? []
    list.push(phrase)
    byFirst.set(first, list)
  }
  // Longest phrase first, so "query optimization" wins over "query"; among
  // equals, the stricter one (`get()`, `DEBUG`) before the plain word.
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || strictness(b.tokens) - strictness(a.tokens))
  return { byFirst }
}

/** What {@link matchPhrases} found, and the tokens no phrase claimed. */
export interface PhraseMatch<T> {
  readonly hits: PhraseHit<T>[]
  readonly rest: Token[]
}

/**
 * Find the phrases of `index` in `tokens`, scanning left to right and taking
 * the longest phrase at each position; matched tokens are not matched again,
 * so "django rest framework" counts once, not also as "rest". A determiner
 * between a phrase's words does not break it ("optimize its queries").
 *
 * @example
 *   matchPhrases(index, tokenize('Use select_related() here')).hits.length // 1
 */
export function matchPhrases<T>(index: PhraseIndex<T>, tokens: readonly Token[]): PhraseMatch<T> {
  const hits: PhraseHit<T>[] = []
  const rest: Token[] = []
  let i = 0
  while (i < tokens.length) {
    let end = -1
    const phrase = (index.byFirst.get(tokens[i]!.key) ?? []).find((p) => (end = matchEnd(p.tokens, tokens, i)) >= 0)
    if (phrase) {
      hits.push({ values: phrase.values, start: i, end })
      i = end
    } else {
      rest.push(tokens[i]!)
      i++
    }
  }
  return { hits, rest }
}

// Determiners a text may put inside a phrase: "optimize its queries" is
// "optimize queries", "cache the views" is "cache views".
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'your', 'our', 'my', 'his', 'her', 'this', 'these', 'those'])

/** Index after `phrase` matched at `at` (determiners between its words skipped), or -1. */
function matchEnd(phrase: readonly PhraseToken[], tokens: readonly Token[], at: number): number {
  let i = at
  for (let k = 0; k < phrase.length; k++) {
    if (k > 0) while (i < tokens.length && DETERMINERS.has(tokens[i]!.word) && !DETERMINERS.has(phrase[k]!.word)) i++
    const [p, t] = [phrase[k]!, tokens[i]]
    if (t === undefined || t.key !== p.key || (p.call && !t.call) || (p.upper && !t.upper) || (p.exact && t.word !== p.word)) return -1
    i++
  }
  return i
}

function strictness(tokens: readonly PhraseToken[]): number {
  return tokens.filter((t) => t.call || t.upper || t.exact).length
}
