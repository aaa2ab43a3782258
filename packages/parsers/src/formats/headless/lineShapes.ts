import { TEMPLATE_TAG } from '../plain/inlineCode.js'

// Shapes of single lines in a scraped answer stream. Scrapers strip
// indentation and markup, so code, directory trees and lists are told apart
// by what the line itself looks like.

/**
 * A `- `, `• ` or `1. ` list item.
 *
 * @example
 *   isListItem('- Logging') // true
 */
export function isListItem(line: string): boolean {
  return listItemText(line) !== null
}

/**
 * The text of a list item without its marker, or `null` when the line is not one.
 *
 * @example
 *   listItemText('• Logging') // 'Logging'
 */
export function listItemText(line: string): string | null {
  const m = /^\s*(?:[-•*▪◦●]|\d{1,3}[.)])\s+(\S.*)$/.exec(line)
  return m?.[1] ?? null
}

/**
 * A line of a drawn directory tree (`├── settings.py`, `│`).
 *
 * @example
 *   isTreeLine('└── wsgi.py') // true
 */
export function isTreeLine(line: string): boolean {
  return /^[\s│|]*[├└│┣┗]/.test(line)
}

// `for … in …:` is tested by isForLoop: as a regex (`for .* in .*:$`) it
// backtracks quadratically on a long line without the colon.
const CODE_OPENERS =
  /^(?:def |class |import |from \S+ import |return\b|if .*:$|elif |else:|while .*:$|try:|except\b|finally:|with .* as |async |await |print\(|#[ !]|\/\/|\/\*|<\/?[a-z]|@\w|\$ |>>> |python |pip |npm |npx |yarn |git |docker |sudo |cd )/
const TOOL_IN_SENTENCE = /^(?:python|pip|npm|npx|yarn|git|docker|sudo) (?:is|are|was|has|stands|refers|provides|lets|allows|comes)\s/

/**
 * A line of program text or a shell command, judged by its shape:
 * a keyword opener, an assignment, a bare call, a closing bracket.
 *
 * @example
 *   isCodeLine('title = models.CharField(max_length=200)') // true
 *   isCodeLine('Models define the database schema.') // false
 */
export function isCodeLine(line: string): boolean {
  const t = line.trim()
  if (t === '') return false
  // "npm is the default package manager …" names the tool in a sentence.
  if (TOOL_IN_SENTENCE.test(t)) return false
  // Template tags are code only when the whole line is tags (`{% endblock %}`).
  if (CODE_OPENERS.test(t) || isForLoop(t) || TEMPLATE_TAG.test(t)) return true
  // A lone dotted name or call: `comment.post`, `Post.objects.all()`.
  if (/^[A-Za-z_][\w.]*(?:\(\S*\))?$/.test(t) && /\w\.\w|\)$/.test(t)) return true
  if (/^[\w.[\]'"]+ ?[-+*/]?= ?\S/.test(t) && !/^[A-Z][a-z]+ /.test(t)) return true
  if (/^[\w.]+\(/.test(t) && isWholeCall(t)) return true
  if (/^[)\]}]+[,;]?$/.test(t) || /[{[(;]$/.test(t)) return true
  // A YAML or config key (`services:`, `image: postgres:16`, `apiVersion: v1`):
  // prose lead-ins are capitalised and longer.
  if (/^[a-z_][\w.-]*:(?: \S+){0,3}$/.test(t)) return true
  // Short commands and config lines: `SUBSCRIBE news`, `maxmemory-policy allkeys-lru`.
  // At most 7 pieces: only "6 words or fewer" matters, and splitting a 1 MB line whole allocates a string per word.
  const words = t.split(/\s+/, 7).length
  // (`path() vs re_path()` is a comparison heading, not a command.)
  if (words <= 6 && !/[.!?:,]$/.test(t) && /^(?:[a-z]|[A-Z]{3,}\s)/.test(t) && !/ (?:vs\.?|versus) /i.test(t)) return true
  return false
}

// `f(a, b)`, `f(a).g()`, `f(a) # note` are whole calls; `path() vs re_path()`
// and `filter()→ Returns …` are prose about calls.
function isWholeCall(t: string): boolean {
  let depth = 0
  let end = -1
  for (let i = t.indexOf('('); i < t.length; i++) {
    if (t[i] === '(') depth++
    else if (t[i] === ')' && --depth === 0) {
      end = i
      if (t[i + 1] !== '.') break
    }
  }
  if (end < 0) return false
  const rest = (t.slice(end + 1).split('#')[0] ?? '').trim()
  return /^[,;]?$/.test(rest)
}

/**
 * A line that introduces what follows (`Key Files Explained:`,
 * `The three main components of MVT are:`).
 *
 * @example
 *   isLeadIn('Common Uses of Middleware:') // true
 */
export function isLeadIn(line: string): boolean {
  return /:\s*$/.test(line) && !isCodeLine(line)
}

/**
 * A short line that reads as a sub-heading: a few words ending in `:` or
 * `?`, or in Title Case with no closing full stop.
 *
 * @example
 *   isSubheading('What is a ResultSet?') // true
 *   isSubheading('It acts like a layer between the web server and the view.') // false
 */
export function isSubheading(line: string): boolean {
  const t = line.trim()
  const words = t.split(/\s+/)
  if (words.length > 9 || t.length > 80 || isListItem(t)) return false
  if (/[:?]$/.test(t)) return true
  if (/[.!,;]$/.test(t)) return false
  const capitalised = words.filter((w) => /^[A-Z(]/.test(w)).length
  return capitalised >= Math.ceil(words.length * 0.6)
}

/**
 * A Python `for` header on one line: `for <anything> in <anything>:`, the
 * language `/^for .* in .*:$/` describes, decided in one pass with no
 * backtracking.
 *
 * @example
 *   isForLoop('for post in posts:') // true
 *   isForLoop('for a while, nothing in the logs') // false
 */
export function isForLoop(line: string): boolean {
  if (!line.startsWith('for ') || !line.endsWith(':') || /[\n\r\u2028\u2029]/.test(line)) return false
  // The earliest ' in ' leaves the most room before the final colon.
  const at = line.indexOf(' in ', 4)
  return at >= 0 && at + 4 <= line.length - 1
}
