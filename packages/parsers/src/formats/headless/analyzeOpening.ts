import { isSubject } from './isSubject.js'
import { differenceOpening, readDifference } from './readDifference.js'
import { readFramed } from './readFramed.js'
import { makeOpening, readUnlistedVerb, readVerb, type Verb } from './readVerb.js'
import { stripAsides, stripParentheticals } from './stripAsides.js'
import { ARTICLES, bare, SUBJECT_BREAKERS } from './vocabulary.js'
import { HEADLESS } from './settings.js'

/**
 * How the verb of an opening sentence introduces its subject.
 *
 * - `copula`: `X is a …`, `X are <plural noun> …` — a textbook definition.
 * - `role`: `X is responsible for …`, `X are used to …`.
 * - `identity`: `X represents / defines / refers to / acts as …`.
 * - `action`: `X creates / involves / provides …`.
 * - `mechanism`: `X uses / runs / returns …` — how something works, rarely an opening.
 * - `activity`: a verb outside the lists above (`X scales / formats …`): says what X does.
 * - `weak`: `X is critical …`, `X is considered …` — commentary, not a definition.
 */
export type VerbClass = 'copula' | 'role' | 'identity' | 'action' | 'mechanism' | 'activity' | 'weak'

/** The subject and verb of a sentence that may open an answer block. */
export interface Opening {
  /**
   * `difference` for `Both X and Y are …`; `kinds` for `There are three
   * types of X …` (the subject is X); `procedure` for `To create X, you …`
   * (the subject is the purpose, `create X`).
   */
  kind: 'definition' | 'difference' | 'kinds' | 'procedure'
  /** The subject as printed, minus parenthetical asides. */
  subject: string
  subjectWords: number
  /** The verb phrase as printed: `is`, `are used to`, `is responsible for`, `refers to`, `creates`. */
  verb: string
  verbClass: VerbClass
  /** Whether the verb is plural (`are`, `represent`). */
  plural: boolean
  /** The rest of the sentence after the verb phrase (parenthetical asides removed). */
  complement: string
  /** For `difference`: the two things compared. */
  pair?: [string, string]
  /** `X in <Name>`: the name, e.g. the framework the definition is scoped to. */
  scope?: string
  /** For `kinds`: the counted noun, e.g. `types`. */
  frame?: string
  /** The article the subject opens with, lower-cased. */
  article?: 'a' | 'an' | 'the'
  /** The sentence ends with `:` (it introduces a list rather than defining). */
  leadIn: boolean
}

/**
 * Read a sentence as "subject + definitional verb + complement", or return
 * `null` when it does not open that way (pronoun or adverb first, a modal
 * in the subject, a list marker, a question, no definitional verb within
 * `HEADLESS.maxSubjectWords` words).
 *
 * @example
 *   analyzeOpening('Middleware in Flask is a framework of hooks.')
 *   // { kind: 'definition', subject: 'Middleware in Flask', verb: 'is', verbClass: 'copula', scope: 'Flask', … }
 */
export function analyzeOpening(sentence: string): Opening | null {
  const { maxSubjectWords } = HEADLESS
  const text = sentence.trim()
  if (text.length < 8 || text.endsWith('?')) return null
  // Letters, quotes, or code sigils glued to a word (`*args`, `@decorator`, `__init__`).
  if (!/^[A-Za-z_"“'‘`]|^[*@$#]\w/.test(text)) return null
  const printed = stripParentheticals(text).split(/\s+/)
  const leadIn = text.endsWith(':')
  const framed = readFramed(printed, leadIn)
  if (framed !== null) return framed
  const words = stripAsides(printed)
  const difference = readDifference(words, leadIn, maxSubjectWords)
  if (difference !== null || bare(words[0]).toLowerCase() === 'both') return difference
  for (let v = 1; v < words.length && v <= maxSubjectWords; v++) {
    const previous = words[v - 1] ?? ''
    // "JDK, JRE and JVM are …": a comma only continues a short list of names.
    if (previous.endsWith(',') && !listContinues(words, v)) return null
    if (/[;:–—]$/.test(previous) || /^[-–—|→=]+$/.test(previous)) return null
    // A sentence end or an adverb inside the "subject" means the predicate already began.
    if (/[.!?]$|\.-/.test(previous) || (v > 1 && /^[a-z]+ly$/.test(previous))) return null
    const word = bare(words[v]).toLowerCase()
    const and = words.findIndex((w, i) => i > 0 && i < v && w === 'and')
    // "HashMap and Hashtable both store …"
    if (word === 'both' && and > 0) return differenceOpening(words.slice(0, and), words.slice(and + 1, v), words, v + 1, leadIn)
    if (SUBJECT_BREAKERS.has(word)) return null
    // "The Horizontal Pod Autoscaler automatically scales …": an adverb
    // before the verb, after a determiner-led noun phrase (a bare name with
    // an adverb, "Flask automatically …", narrates rather than defines).
    if (isAdverb(word) && v >= 2 && ARTICLES.has(bare(words[0]).toLowerCase()) && verbAt(words, v + 1) !== null) {
      words.splice(v, 1)
    }
    const verb = verbAt(words, v)
    if (verb === null) continue
    const subjectWords = words.slice(0, v)
    if (!isSubject(subjectWords)) return null
    // "HashMap and Hashtable are both implementations of …"
    const conjunction = subjectWords.indexOf('and')
    if (verb.printed === 'are' && bare(words[v + 1]).toLowerCase() === 'both' && conjunction > 0) {
      return differenceOpening(subjectWords.slice(0, conjunction), subjectWords.slice(conjunction + 1), words, v, leadIn)
    }
    const opening = makeOpening('definition', subjectWords, verb, words.slice(v + verb.length), leadIn)
    const article = bare(subjectWords[0]).toLowerCase()
    if (article === 'a' || article === 'an' || article === 'the') opening.article = article
    return opening
  }
  return null
}

// -ly words that are not adverbs.
const NOT_ADVERBS = new Set(['only', 'apply', 'reply', 'supply', 'family', 'assembly', 'early', 'fly', 'rely', 'ally'])

function isAdverb(word: string): boolean {
  return /^[a-z]{3,}ly$/.test(word) && !NOT_ADVERBS.has(word)
}

// A listed verb at `v`, or failing that a verb outside the lists.
function verbAt(words: string[], v: number): Verb | null {
  return readVerb(words, v) ?? readUnlistedVerb(words, v)
}

// After a comma at `v - 1`: a list of short names closes with and/or soon.
function listContinues(words: string[], v: number): boolean {
  for (let i = v; i < words.length && i <= v + 3; i++) {
    const w = words[i] ?? ''
    if (w === 'and' || w === 'or') return true
    if (/[,.;:]$/.test(w) && i > v) return false
  }
  return false
}
