import { stripEnds } from '../../shared/stripEnds.js'

/**
 * Whether a word is code rather than prose: a dotted name (`settings.py`),
 * a call (`get()`), an identifier with `_`, a hyphenated lower-case
 * command (`kubectl`) or a sigil-led name (`*args`, `@property`).
 *
 * @example
 *   isCodeLike('urls.py') // true
 *   isCodeLike('Flask') // false
 */
export function isCodeLike(word: string): boolean {
  return /\w\.\w|\(\)$|_|^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$|^[*@$#]+\w/.test(word)
}

/**
 * A word without surrounding quotes and trailing punctuation.
 *
 * @example
 *   bare('"urls.py",') // 'urls.py'
 */
export function bare(word: string | undefined): string {
  if (word === undefined) return ''
  return stripEnds(
    word,
    (c) => '"“\'‘`'.includes(c),
    (c) => '"”\'’`,.;:!?'.includes(c),
  )
}
