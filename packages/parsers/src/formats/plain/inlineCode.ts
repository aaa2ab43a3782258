// Shapes of code names: calls, decorators, template tags, snake_case,
// dotted paths, camelCase and PascalCase with two humps.
const CALL = /^[\p{L}_.@][\w.]*\(.*\)$/u
const DECORATOR_OR_ATTRIBUTE = /^[@.][A-Za-z_]/
export const TEMPLATE_TAG = /^\{[%{#].*[%}#]\}$/
const SNAKE = /[A-Za-z0-9]_|_[A-Za-z0-9]/
const DOTTED = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/
const CAMEL = /^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z]/

/**
 * Whether a single token looks like a code name rather than an English
 * word. Only used where scraping already suggests code (a line break where
 * an inline `<code>` element was), so it may be generous.
 *
 * @example
 *   looksLikeCode('select_related') // true
 *   looksLikeCode('user.has_perm()') // true
 *   looksLikeCode('migrations') // false
 */
export function looksLikeCode(token: string): boolean {
  if (token.length < 2 || token.includes('`')) return false
  if (TEMPLATE_TAG.test(token) || CALL.test(token) || DECORATOR_OR_ATTRIBUTE.test(token)) return true
  if (/\s/.test(token)) return false
  return SNAKE.test(token) || (token.length >= 4 && DOTTED.test(token)) || CAMEL.test(token)
}

// A function word the scraper glued to the code that followed it:
// "andannotate()", "orAbstractBaseUser". Only glue that is unambiguous is
// split: a case change after the word, or "and" (few English words start
// with it) before a code-shaped rest.
const GLUED_CASE_CHANGE = /^(and|or|an?|the|of|with|like|using|via)([A-Z@{].*)$/
const GLUED_AND = /^(and)([a-z_].{2,})$/

/**
 * Wrap a token in backticks; when a function word is glued to its front,
 * split it off first.
 *
 * @example
 *   wrapCode('andannotate()') // 'and `annotate()`'
 *   wrapCode('orAbstractBaseUser') // 'or `AbstractBaseUser`'
 *   wrapCode('filter()') // '`filter()`'
 */
export function wrapCode(token: string): string {
  const glued = GLUED_CASE_CHANGE.exec(token) ?? GLUED_AND.exec(token)
  if (glued?.[1] !== undefined && glued[2] !== undefined) return `${glued[1]} \`${glued[2]}\``
  return `\`${token}\``
}

/**
 * Whether a line is one token: a single word-like run, or one template tag
 * (`{% include %}`).
 *
 * @example
 *   isSingleToken('makemigrations') // true
 *   isSingleToken('{% include %}') // true
 *   isSingleToken('the model') // false
 */
export function isSingleToken(line: string): boolean {
  const text = line.trim()
  return text.length > 0 && (!/\s/.test(text) || TEMPLATE_TAG.test(text))
}
