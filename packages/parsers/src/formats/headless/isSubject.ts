import { bare, DANGLING_WORDS, isCodeLike, NON_SUBJECT_OPENERS } from './vocabulary.js'

const ALL_CAPS = /^[A-Z]{2,}$/

/**
 * Whether words can be the subject of a definition: not opened by a
 * pronoun, subordinator or discourse word, not ending in a dangling word,
 * a lower-case opener only when it is code, commas only in a list of names.
 *
 * @example
 *   isSubject(['Middleware', 'in', 'Flask']) // true
 *   isSubject(['It']) // false
 */
export function isSubject(subject: string[]): boolean {
  const first = subject[0]
  const last = subject[subject.length - 1]
  if (first === undefined || last === undefined) return false
  const firstBare = bare(first)
  // An all-capitals word is a keyword or acronym (`WHERE`, `IN`), not a function word.
  if (NON_SUBJECT_OPENERS.has(firstBare.toLowerCase()) && !ALL_CAPS.test(firstBare)) return false
  if (DANGLING_WORDS.has(bare(last).toLowerCase()) && !ALL_CAPS.test(bare(last))) return false
  // A lower-case opener is code that lost its formatting (`urls.py`,
  // `self`, `new and delete`): a short clean keyword, not a long prose
  // subject nor two words a scraper glued (`filter()when`, `migrateapplies`).
  const list = subject.some((w) => w.endsWith(','))
  if (list && !subject.some((w) => w === 'and' || w === 'or')) return false
  if (/^[a-z]/.test(firstBare) && !isCodeLike(firstBare) && (subject.length > (list ? 6 : 3) || !/^[a-z][a-z0-9/]{0,13}$/.test(firstBare))) return false
  return subject.every((w) => !/[:;]$/.test(w) && !/^[-–—|→=]+$/.test(w))
}

