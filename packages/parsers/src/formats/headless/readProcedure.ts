import type { Opening } from './analyzeOpening.js'
import { makeOpening } from './readVerb.js'
import { bare } from './vocabulary.js'
import { HEADLESS } from './settings.js'

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
