import { stemTerm } from '@quizbank/core/search'

/** One word of a text, as the enrichment rules compare words. */
export interface Token {
  /** Lower-case, stemmed for plain words (see `stemTerm` of `@quizbank/core/search`, Porter2); identifiers as written, without `()`. */
  readonly key: string
  /** The word as written, lower-cased, without `()`: lets a rule match one spelling where stems merge ("perform" and "performance"). */
  readonly word: string
  /** True when the text wrote it as a call, e.g. `get()`: lets a rule tell the ORM method from the verb. */
  readonly call: boolean
  /** True when written in capitals (`DEBUG`): lets a rule tell a setting name from the word. */
  readonly upper: boolean
}

// An identifier-ish word: letters, digits, `_`, dotted parts (`manage.py`,
// `django.contrib.postgres`), and an optional `()` call suffix. Hyphens and
// slashes split words, so "class-based" and "class based" tokenize alike.
const WORD = /[a-z0-9_]+(?:\.[a-z0-9_]+)*(?:\(\))?/gi
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/
// A text of three words or more without a lower-case letter is printed in
// capitals ("HOW DO YOU DEBUG A VIEW?"): its capitals tell nothing apart.
const SHOUTED = /^[^a-z]*$/

/**
 * Split plain text or markdown into comparable tokens: lower-cased, code
 * backticks and quotes dropped, possessive `'s` removed, plain words stemmed.
 * In a text printed all in capitals (three words or more), only code
 * (`` `DEBUG` ``) counts as written in capitals.
 * Never throws; returns `[]` for text without words.
 *
 * @example
 *   tokenize('What’s the difference between `select_related()` and filters?').map((t) => t.key)
 *   // ['what', 'the', 'differenc', 'between', 'select_related', 'and', 'filter']
 */
export function tokenize(text: string): Token[] {
  const folded = text.normalize('NFKC').replace(/['’‘]s(?![a-z])/gi, '')
  const tokens: Token[] = []
  const matches = [...folded.matchAll(WORD)]
  const shouted = matches.length >= 3 && SHOUTED.test(folded)
  for (const match of matches) {
    const raw = match[0]
    const call = raw.endsWith('()')
    const written = call ? raw.slice(0, -2) : raw
    // An acronym's plural ("FBVs", "JWTs") is the acronym: the stemmer keeps an "s" after consonants only.
    const word = ACRONYM_PLURAL.test(written) ? written.slice(0, -1) : written
    const lower = word.toLowerCase()
    // In shouted text only code (`DEBUG`) is written in capitals on purpose.
    const capitals = !shouted || folded[match.index! - 1] === '`'
    tokens.push({ key: stemTerm(lower), word: lower, call, upper: capitals && word.length > 1 && word !== lower && word.toUpperCase() === word })
  }
  return tokens
}
