import type { Opening, VerbClass } from './analyzeOpening.js'
import { ACTION_VERBS, ARTICLES, bare, IDENTITY_VERBS, MECHANISM_VERBS, PARTICLE_VERBS, PHRASE_ENDERS, SUBJECT_BREAKERS } from './vocabulary.js'
import { HEADLESS } from './settings.js'

/** A verb phrase found after a subject. */
export interface Verb {
  /** As printed: `is`, `are used to`, `refers to`, `creates`. */
  printed: string
  verbClass: VerbClass
  plural: boolean
  /** Words the verb phrase spans. */
  length: number
}

/**
 * The opening a subject makes with the verb phrase read after it, and the
 * words that follow the verb phrase.
 *
 * @example
 *   makeOpening('definition', ['Flask'], { printed: 'is', verbClass: 'copula', plural: false, length: 1 }, ['a', 'framework'], false).subject // 'Flask'
 */
export function makeOpening(kind: Opening['kind'], subject: string[], verb: Verb, complement: string[], leadIn: boolean, extra: Pick<Opening, 'pair'> | Pick<Opening, 'frame'> = {}): Opening {
  const opening: Opening = {
    kind,
    subject: subject.join(' '),
    subjectWords: subject.length,
    verb: verb.printed,
    verbClass: verb.verbClass,
    plural: verb.plural,
    complement: complement.join(' '),
    leadIn,
    ...extra,
  }
  // A definition or a list of kinds scoped to a name: `Middleware in Flask`.
  const n = subject.length
  const name = bare(subject[n - 1])
  const scoped = kind === 'definition' || kind === 'kinds'
  if (scoped && n >= 3 && bare(subject[n - 2]).toLowerCase() === 'in' && /^[A-Z]/.test(name)) opening.scope = name
  return opening
}

/**
 * Read the definitional verb phrase at word `v`, or `null` when there is
 * none: a copula (classified by its complement), an identity verb, a verb
 * with its particle (`refers to`), or an action/mechanism verb.
 *
 * @example
 *   readVerb(['urls.py', 'is', 'responsible', 'for', 'routing'], 1)
 *   // { printed: 'is responsible for', verbClass: 'role', plural: false, length: 3 }
 */
export function readVerb(words: string[], v: number): Verb | null {
  const word = bare(words[v])
  // "Common Uses of Middleware:" — a capitalised word is a heading's noun, not a verb.
  if (!/^[a-z]+$/.test(word)) return null
  const next = bare(words[v + 1]).toLowerCase()
  if (word === 'is' || word === 'are') return readCopula(words, v, word === 'are')
  if (IDENTITY_VERBS.has(word)) return { printed: word, verbClass: 'identity', plural: !word.endsWith('s'), length: 1 }
  const particle = PARTICLE_VERBS.get(word)
  if (particle !== undefined) {
    if (next !== particle) return null
    return { printed: `${word} ${particle}`, verbClass: word.startsWith('consist') ? 'mechanism' : 'identity', plural: !word.endsWith('s'), length: 2 }
  }
  // "Source maps are files …": a noun of the subject, the copula follows.
  if (next === 'is' || next === 'are') return null
  if (ACTION_VERBS.has(word) || MECHANISM_VERBS.has(word)) {
    // A base-form verb may just be a noun inside the subject ("data maps",
    // "URL routes"): trust it after a plural subject ("Virtual functions
    // enable …") or before an article-led object.
    if (!word.endsWith('s') && !ARTICLES.has(next) && !pluralSubjectBefore(words, v)) return null
    return { printed: word, verbClass: ACTION_VERBS.has(word) ? 'action' : 'mechanism', plural: !word.endsWith('s'), length: 1 }
  }
  return null
}

// Words that open the object of a verb.
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'your', 'all', 'every', 'each', 'any', 'one', 'multiple', 'several'])
// Lower-case words after which an -s word is not a verb but a noun:
// prepositions, a relative word, or the sentence's real verb (`apps can …`).
const NOT_VERB_AFTER = new Set(['of', 'in', 'on', 'for', 'with', 'to', 'and', 'or', 'is', 'are', 'both', 'that', 'which', 'who', 'whose', 'when', 'where', ...SUBJECT_BREAKERS])

/**
 * Read a verb that is on none of the lists (`scales`, `formats`,
 * `expose`) from its shape: a lower-case third-person `-s` form (or a base
 * form after a plural subject) followed by its object — a determiner, or
 * a lower-case noun — with no listed verb in the next few words (which
 * would make the word a noun of the subject: `The Java collections
 * framework provides …`). Class `activity`.
 *
 * @example
 *   readUnlistedVerb(['Prettier', 'formats', 'code', 'automatically'], 1)?.verbClass // 'activity'
 */
export function readUnlistedVerb(words: string[], v: number): Verb | null {
  const lookahead = HEADLESS.verbLookahead
  const word = words[v] ?? ''
  const next = bare(words[v + 1])
  if (v < 1 || !/^[a-z]{3,}$/.test(word) || /[,.;:]$/.test(words[v - 1] ?? '')) return null
  const third = /[^su]s$/.test(word) && !/(?:ss|us|is|ous|ics)$/.test(word)
  const base = !word.endsWith('s') && !word.endsWith('ly') && !word.endsWith('ing') && !word.endsWith('ed') && pluralSubjectBefore(words, v)
  if (!third && !base) return null
  const object = DETERMINERS.has(next.toLowerCase()) || (/^[a-z]{3,}$/.test(next) && !NOT_VERB_AFTER.has(next))
  if (!object || (base && !DETERMINERS.has(next.toLowerCase()))) return null
  for (let i = v + 1; i <= v + lookahead && i < words.length; i++) if (readVerb(words, i) !== null) return null
  return { printed: word, verbClass: 'activity', plural: base, length: 1 }
}

function pluralSubjectBefore(words: string[], v: number): boolean {
  const last = bare(words[v - 1])
  return (/^[A-Za-z]{3,}s$/.test(last) && !/(?:ss|us|is)$/.test(last)) || words.slice(0, v).includes('and')
}

function readCopula(words: string[], v: number, plural: boolean): Verb {
  const be = bare(words[v]).toLowerCase()
  let k = v + 1
  // One adverb may sit between the copula and its complement ("is essentially a").
  if (/^[a-z]+ly$/.test(bare(words[k])) && bare(words[k]) !== 'only' && ARTICLES.has(bare(words[k + 1]).toLowerCase())) k++
  const first = bare(words[k]).toLowerCase()
  const second = bare(words[k + 1]).toLowerCase()
  if (first === 'responsible' && second === 'for') return { printed: `${be} responsible for`, verbClass: 'role', plural, length: k - v + 2 }
  if (first === 'used' && (second === 'to' || second === 'for')) return { printed: `${be} used ${second}`, verbClass: 'role', plural, length: k - v + 2 }
  const copula =
    ARTICLES.has(first) ||
    ['one', 'defined', 'known', 'called', 'referred'].includes(first) ||
    // "Hoisting is JavaScript's default behavior of …"
    /^[A-Z]\S*['’]s$/.test(words[k] ?? '') ||
    (plural && pluralNounPhraseAt(words, k)) ||
    // "is syntactic sugar over …": adjective + noun; "is critical because …" is not.
    (/(?:al|ic|ive|ous|ful|able|ible|ent|ant|ary|less)$/.test(first) && /^[a-z]{3,}$/.test(second) && !PHRASE_ENDERS.has(second) && !['yet', 'enough', 'because', 'than', 'so'].includes(second))
  return { printed: be, verbClass: copula ? 'copula' : 'weak', plural, length: 1 }
}

// Words that end a noun phrase besides prepositions and conjunctions: a
// relative pronoun ("form elements whose …") or the article of a following
// clause ("health checks the kubelet runs").
const CLAUSE_STARTS = new Set(['whose', 'the', 'a', 'an'])

// "are version control mechanisms", "are files that …", "are ResultSet methods",
// "are form elements whose …".
function pluralNounPhraseAt(words: string[], from: number): boolean {
  let last = ''
  for (let i = from; i < words.length && i < from + 4; i++) {
    const w = bare(words[i])
    if (PHRASE_ENDERS.has(w.toLowerCase()) || (i > from && CLAUSE_STARTS.has(w.toLowerCase()))) break
    last = w
    if (/[,.;:]$/.test(words[i] ?? '')) break
  }
  return /^[A-Za-z]{3,}s$/.test(last) && !/(?:ss|ous|ly)$/.test(last)
}

