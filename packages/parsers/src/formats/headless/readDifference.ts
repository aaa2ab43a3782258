import type { Opening } from './analyzeOpening.js'
import { isSubject } from './isSubject.js'
import { makeOpening, readVerb, type Verb } from './readVerb.js'
import { bare } from './vocabulary.js'

/**
 * Read a comparison opening: `Both X and Y <verb> …` or `The (main)
 * difference between X and Y is …`; `null` for anything else.
 *
 * @example
 *   readDifference('Both get() and filter() are ResultSet methods.'.split(' '), false, 8)?.pair // ['get()', 'filter()']
 */
export function readDifference(words: string[], leadIn: boolean, maxSubjectWords: number): Opening | null {
  if (bare(words[0]).toLowerCase() === 'both') return bothDifference(words, leadIn, maxSubjectWords)
  return differenceBetween(words, leadIn)
}

// "Both X and Y <verb> …"
function bothDifference(words: string[], leadIn: boolean, maxSubjectWords: number): Opening | null {
  const and = words.findIndex((w, i) => i > 1 && w.toLowerCase() === 'and')
  if (and < 2 || and > maxSubjectWords) return null
  for (let v = and + 2; v < words.length && v <= and + maxSubjectWords; v++) {
    const opening = differenceOpening(words.slice(1, and), words.slice(and + 1, v), words, v, leadIn)
    if (opening !== null) return opening
  }
  return null
}

// "The (main) difference between X and Y is …"
function differenceBetween(words: string[], leadIn: boolean): Opening | null {
  const between = words.findIndex((w, i) => i <= 3 && w.toLowerCase() === 'between')
  if (between < 1 || !/^differences?$/i.test(words[between - 1] ?? '')) return null
  const and = words.findIndex((w, i) => i > between + 1 && w.toLowerCase() === 'and')
  if (and < 0 || and > between + 5) return null
  for (let v = and + 2; v < words.length && v <= and + 5; v++) {
    if (!['is', 'are', 'lies', 'lie'].includes(bare(words[v]).toLowerCase())) continue
    return differenceOpening(words.slice(between + 1, and), words.slice(and + 1, v), words, v, leadIn, true)
  }
  return null
}

/**
 * A comparison of `left` and `right` whose verb is at word `v` (`X and Y
 * both <verb>` is read by the caller, which knows where `both` is).
 *
 * @example
 *   differenceOpening(['Lists'], ['tuples'], 'Lists and tuples both hold items'.split(' '), 4, false)?.kind // 'difference'
 */
export function differenceOpening(left: string[], right: string[], words: string[], v: number, leadIn: boolean, anyVerb = false): Opening | null {
  // After "X and Y" the verb is plural: a known verb, or any lower-case word
  // right after a name that ends Y ("Both DELETE and TRUNCATE remove …").
  // So is any lower-case word after "X and Y both" ("… both inject …").
  const afterName = (/^[A-Z`]|[()_.]/.test(words[v - 1] ?? '') || bare(words[v - 1]).toLowerCase() === 'both') && /^[a-z]+$/.test(words[v] ?? '')
  const verb: Verb | null =
    readVerb(words, v) ?? (afterName || anyVerb ? { printed: words[v] ?? '', verbClass: 'action', plural: true, length: 1 } : null)
  if (verb === null || !isSubject(left) || !isSubject(right)) return null
  return makeOpening('difference', words.slice(0, v), { ...verb, plural: true }, words.slice(v + verb.length), leadIn, { pair: [left.join(' '), right.join(' ')] })
}

