import { readVerb } from './readVerb.js'
import { bare } from './vocabulary.js'
import { HEADLESS } from './settings.js'

// Words that open an appositive naming the subject another way
// ("JIT, short for Just-In-Time compiler, is …").
const APPOSITIVE_OPENERS = [['short', 'for'], ['also', 'known', 'as'], ['also', 'called'], ['aka'], ['which', 'stands', 'for'], ['or']]

/**
 * Set aside what stands between a definition's subject and its verb:
 * a fronted scope (`In Java, a static method is …` → `a static method in
 * Java is …`) and an appositive that spells the subject out (`ACID, short
 * for Atomicity, …, Durability, is …` → `ACID is …`). Returns the words
 * unchanged when there is none.
 *
 * @example
 *   stripAsides('In Node.js, middleware refers to functions'.split(' ')).join(' ') // 'middleware in Node.js refers to functions'
 *   stripAsides('JIT, short for Just-In-Time compiler, is a component'.split(' ')).join(' ') // 'JIT is a component'
 */
export function stripAsides(words: string[]): string[] {
  return stripAppositive(frontedScope(words), HEADLESS.maxAsideWords)
}

// Lower-case words that stay code after a fronted scope ("In Python, self refers to …").
const FRONTED_CODE = new Set(['self', 'this', 'super', 'null', 'undefined', 'nil', 'none'])

// "In Java, a static method is …": one or two name words (capitalised or
// dotted), then the comma. "In traditional MVC, …" is commentary, not a scope.
function frontedScope(words: string[]): string[] {
  if (bare(words[0]).toLowerCase() !== 'in') return words
  const comma = words.findIndex((w, i) => i >= 1 && i <= 2 && w.endsWith(','))
  if (comma < 1) return words
  const name = words.slice(1, comma + 1).map(bare)
  if (!name.every((w) => /^[A-Z][\w.+#-]*$/.test(w)) || !/[a-z]/.test(name.join(''))) return words
  const rest = words.slice(comma + 1)
  const verb = rest.findIndex((_, i) => i >= 1 && i <= 6 && readVerb(rest, i) !== null)
  if (verb < 1) return words
  const head = rest.slice(0, verb)
  // The rest's first word now opens the sentence: a plain word gets the
  // capital a sentence start has (code such as `self` keeps its case).
  const first = head[0] ?? ''
  if (/^[a-z]+$/.test(first) && !FRONTED_CODE.has(first)) head[0] = first.charAt(0).toUpperCase() + first.slice(1)
  return [...head, 'in', ...name, ...rest.slice(verb)]
}

function stripAppositive(words: string[], maxAsideWords: number): string[] {
  const comma = words.findIndex((w, i) => i <= 3 && w.endsWith(','))
  if (comma < 0) return words
  const opener = APPOSITIVE_OPENERS.find((o) => o.every((w, i) => bare(words[comma + 1 + i]).toLowerCase() === w))
  if (opener === undefined) return words
  for (let k = comma + 1 + opener.length; k < words.length && k <= comma + maxAsideWords; k++) {
    if ((words[k - 1] ?? '').endsWith(',') && readVerb(words, k) !== null) {
      const subject = words.slice(0, comma + 1)
      subject[comma] = (subject[comma] ?? '').slice(0, -1)
      return [...subject, ...words.slice(k)]
    }
  }
  return words
}

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
  for (let i = 0; i < text.length; i++) {
    const close = text[i] === '(' && text[i - 1] === ' ' ? matchingParen(text, i) : -1
    if (close > i && /[A-Za-z]/.test(text.slice(i + 1, close))) {
      out = out.trimEnd()
      i = close
    } else out += text[i]
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
