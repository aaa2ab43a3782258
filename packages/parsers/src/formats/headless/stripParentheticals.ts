/**
 * Remove parenthetical asides that follow a space (`ORM (Object-Relational
 * Mapping) in Flask` → `ORM in Flask`), so the words around them read as
 * one phrase. Call parentheses (`get()`, `filter(x)`) are kept because they
 * touch the word before them; an aside with no letter in it is kept too.
 *
 * @example
 *   stripParentheticals('CSRF (Cross-Site Request Forgery) is an attack on get()')
 *   // 'CSRF is an attack on get()'
 */
export function stripParentheticals(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '(' && i > 0 && text[i - 1] === ' ') {
      const close = matchingParen(text, i)
      if (close > i && /[A-Za-z]/.test(text.slice(i + 1, close))) {
        out = out.trimEnd()
        i = close + 1
        continue
      }
    }
    out += c
    i++
  }
  return out.replace(/ {2,}/g, ' ').trim()
}

function matchingParen(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return i
  }
  return -1
}
