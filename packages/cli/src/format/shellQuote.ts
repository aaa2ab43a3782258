// Characters that never need quoting in POSIX sh, bash or zsh.
const SAFE = /^[\w@%+=:,./-]+$/

/**
 * Quote one argument for a POSIX shell, only when it needs it: `orm` stays
 * `orm`, `it's` becomes `'it'\''s'`, the empty string `''`.
 *
 * @example
 *   ['quizbank', 'quiz', '--seed', 'friday quiz'].map(shellQuote).join(' ') // "quizbank quiz --seed 'friday quiz'"
 */
export function shellQuote(arg: string): string {
  if (SAFE.test(arg)) return arg
  return `'${arg.replaceAll("'", `'\\''`)}'`
}
