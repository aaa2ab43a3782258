// Openings in a fixed frame, read on the printed words before asides are
// set aside: `There are <n> types of X …` and `To <verb> X, you …`.
import type { Opening } from './analyzeOpening.js'
import { makeOpening } from './readVerb.js'
import { bare, DANGLING_WORDS, NON_SUBJECT_OPENERS } from './vocabulary.js'
import { HEADLESS } from './settings.js'

/**
 * Read an opening in one of the fixed frames (see {@link readKinds} and
 * {@link readProcedure}), or `null`.
 *
 * @example
 *   readFramed('To create a thread in Java, you extend Thread.'.split(' '), false)?.subject // 'create a thread in Java'
 */
export function readFramed(words: string[], leadIn: boolean): Opening | null {
  return readKinds(words, leadIn) ?? readProcedure(words, leadIn)
}

// Nouns that count the kinds of something ("three types of joins").
const KIND_NOUNS = new Set(['types', 'kinds', 'categories', 'forms', 'ways', 'levels', 'classes', 'varieties', 'sorts', 'modes', 'phases', 'stages'])
const NUMBERS = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|different|various)$/
// "There are two other ways …" continues an enumeration already under way.
const CONTINUING = new Set(['other', 'more', 'further', 'additional'])

/**
 * Read an enumerating opening, `There are <n> (main) types of X …`, as a
 * definition of the kinds of X: an answer to "What are the types of X?".
 * `null` for any other sentence, and for `There are two other ways …`,
 * which goes on with a list already under way.
 *
 * @example
 *   readKinds('There are four types of access modifiers in Java: public, private.'.split(' '), false)
 *   // { kind: 'kinds', subject: 'access modifiers in Java', frame: 'types', … }
 */
export function readKinds(words: string[], leadIn: boolean): Opening | null {
  if (bare(words[0]).toLowerCase() !== 'there' || !['are', 'exist'].includes(bare(words[1]).toLowerCase())) return null
  let k = 2
  if (!NUMBERS.test(bare(words[k]).toLowerCase())) return null
  k++
  // At most one adjective before the kind noun ("four main types").
  if (!KIND_NOUNS.has(bare(words[k]).toLowerCase())) {
    if (CONTINUING.has(bare(words[k]).toLowerCase())) return null
    k++
  }
  const frame = bare(words[k]).toLowerCase()
  if (!KIND_NOUNS.has(frame)) return null
  const link = bare(words[k + 1]).toLowerCase()
  if (link !== 'of' && link !== 'to') return null
  const subject: string[] = []
  for (let i = k + 2; i < words.length && subject.length < 7; i++) {
    const w = words[i] ?? ''
    subject.push(w)
    if (/[,.;:]$/.test(w)) break
    // "… of joins in SQL that …": the noun phrase ends at a relative word.
    if (['that', 'which', 'you', 'we'].includes(bare(words[i + 1]).toLowerCase())) break
  }
  const cleaned = subject.map((w, i) => (i === subject.length - 1 ? bare(w) : w))
  // Not a sentence-initial subject: only a pronoun or a dangling end rules it out.
  if (cleaned.length === 0 || NON_SUBJECT_OPENERS.has(bare(cleaned[0]).toLowerCase()) || DANGLING_WORDS.has(bare(cleaned[cleaned.length - 1]).toLowerCase())) return null
  const opening = makeOpening('kinds', cleaned, { printed: 'are', verbClass: 'identity', plural: true, length: 1 }, words.slice(k + 2 + subject.length), leadIn, { frame })
  if (link === 'to') opening.subject = `to ${opening.subject}`
  return opening
}

// Objects that point back into an answer ("To avoid this, you …"): such a
// sentence continues a block rather than opening one.
const ANAPHORS = new Set(['it', 'this', 'that', 'these', 'those', 'them', 'one', 'so', 'do'])
const PEOPLE = new Set(['you', 'we', 'developers', 'one'])

/**
 * Read a how-to opening, `To <verb> <object>, you …`, as the answer to
 * "How do you <verb> <object>?". `null` for any other sentence, and for a
 * purpose that points back into the text (`To avoid this, you …`).
 *
 * @example
 *   readProcedure('To create a thread in Java, you extend Thread.'.split(' '), false)?.subject // 'create a thread in Java'
 */
export function readProcedure(words: string[], leadIn: boolean): Opening | null {
  const { maxPurposeWords } = HEADLESS
  if (bare(words[0]).toLowerCase() !== 'to' || !/^[a-z]{2,}$/.test(words[1] ?? '')) return null
  const comma = words.findIndex((w, i) => i >= 2 && i <= maxPurposeWords && w.endsWith(','))
  if (comma < 2 || !PEOPLE.has(bare(words[comma + 1]).toLowerCase())) return null
  const purpose = words.slice(1, comma + 1).map((w, i, all) => (i === all.length - 1 ? bare(w) : w))
  if (purpose.some((w) => ANAPHORS.has(bare(w).toLowerCase()))) return null
  return makeOpening('procedure', purpose, { printed: bare(words[1]), verbClass: 'action', plural: false, length: 1 }, words.slice(comma + 1), leadIn)
}
