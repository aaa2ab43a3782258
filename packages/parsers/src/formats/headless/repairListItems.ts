import { analyzeOpening } from './analyzeOpening.js'
import { isCodeLine, listItemText } from './lineShapes.js'
import { DANGLING_WORDS } from './vocabulary.js'
import { HEADLESS } from './settings.js'

// Words after which a list item cannot end: the inline code that followed was cut to the next line.
const OPEN_ENDINGS = new Set([...DANGLING_WORDS, 'using', 'via', 'like', 'called', 'named', 'calls', 'run', 'use', 'set'])
// A line that begins with code: lower case, `_`, `@`, a brace, an ACRONYM or a CamelCase name.
const CODE_START = /^(?:[a-z_@{(<`$]|[A-Z]{2}|[A-Z][a-z]+[A-Z])/

/**
 * Rejoin list items that a scraper split where inline code stood: the code
 * and the rest of the item land on the next line, often followed by
 * ` - ` and the start of the next item:
 *
 *     - Set                         - Set DEBUG = False
 *     DEBUG = False - Configure  →  - Configure ALLOWED_HOSTS
 *     ALLOWED_HOSTS                 …
 *
 * A non-list line continues the open item when it starts with code and
 * either the item ends in a dangling word, a colon or is a short stub, or
 * the line itself carries a ` - ` item remnant. Words are kept as printed;
 * only line structure changes.
 *
 * @example
 *   repairListItems(['- The view calls', 'render(request). - Flask loads it.'])
 *   // { lines: ['- The view calls render(request).', '- Flask loads it.'], repaired: true }
 */
export function repairListItems(lines: readonly string[]): { lines: string[]; repaired: boolean } {
  const { maxStubWords } = HEADLESS
  const out: string[] = []
  let open: string | null = null
  let repaired = false
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    const item = listItemText(line)
    if (item === null && open !== null && continuesItem(open, line, maxStubWords)) {
      repaired = true
      const parts = line.split(/ - (?=\S)/)
      out.push(`- ${open} ${parts[0] ?? ''}`)
      const rest = parts.slice(1)
      open = rest.pop() ?? null
      for (const p of rest) out.push(`- ${p}`)
      continue
    }
    if (open !== null) out.push(`- ${open}`)
    // A numbered item is a sub-heading kept as printed, never an open item.
    open = item !== null && !/^\d/.test(line) ? item : null
    if (open === null) out.push(line)
  }
  if (open !== null) out.push(`- ${open}`)
  return { lines: out, repaired }
}

function continuesItem(item: string, line: string, maxStubWords: number): boolean {
  if (!CODE_START.test(line)) return false
  // A ` - ` item remnant on the line.
  if (/ - (?=[A-Za-z])/.test(line)) return true
  const words = item.split(/\s+/)
  const lastWord = (words[words.length - 1] ?? '').toLowerCase()
  if (item.endsWith(':') || OPEN_ENDINGS.has(lastWord)) return true
  // A short stub (`- Use`, `- The fields`) continues only into code that is
  // not a whole statement of its own, nor a sentence that opens a new
  // paragraph (`process.nextTick() callbacks run before …`).
  if (words.length > maxStubWords || /[.!?)]$/.test(item) || !/^[a-z_@{(<`$]/.test(line) || isCodeLine(line)) return false
  return !(/[.!?]$/.test(line) && line.split(/\s+/).length >= 8 && analyzeOpening(line) !== null)
}
