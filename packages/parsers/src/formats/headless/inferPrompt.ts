import type { Opening } from './analyzeOpening.js'
import { baseForm, PHRASE_ENDERS } from './vocabulary.js'
import { bare, isCodeLike } from './words.js'

/** Options of {@link inferPrompt}. */
export interface InferPromptOptions {
  /**
   * Capitalised words that are names and keep their capital when they open
   * the subject (`Django is …` → `What is Django?`). Default: none, so a
   * sentence-initial Title-case word is lower-cased (`Middleware in Django
   * is …` → `What is middleware in Django?`).
   */
  properNouns?: ReadonlySet<string>
  /** Upper-case words that are code and go in backticks (`DEBUG`). Default: none (words with `_` always do). */
  codeIdentifiers?: ReadonlySet<string>
}

/**
 * Write the question an answer block answers, from the block's opening
 * sentence (see `analyzeOpening`):
 *
 * | opening                                   | prompt                                              |
 * | ----------------------------------------- | --------------------------------------------------- |
 * | Middleware in Django is a framework …      | What is middleware in Django?                       |
 * | Migrations in Django are …                 | What are migrations in Django?                      |
 * | Both get() and filter() are …              | What is the difference between `get()` and `filter()`? |
 * | urls.py is responsible for …               | What is `urls.py` responsible for?                  |
 * | Forms in Django are used to …              | What are forms in Django used for?                  |
 * | A Template in Django defines …             | What is a Template in Django?                       |
 * | Deploying a Django application involves … | What does deploying a Django application involve?   |
 * | Django follows the MVT architectural pattern | What architectural pattern does Django follow?    |
 * | The useEffect hook lets you perform …      | What does the `useEffect` hook let you do?          |
 *
 * Code-like words (`settings.py`, `get()`, `ALLOWED_HOSTS`) go in backticks.
 *
 * @example
 *   inferPrompt(analyzeOpening('A ForeignKey in Django creates a many-to-one relationship.')!)
 *   // 'What does a ForeignKey in Django create?'
 */
export function inferPrompt(opening: Opening, options: InferPromptOptions = {}): string {
  const style: PhraseStyle = { properNouns: options.properNouns ?? new Set(), codeIdentifiers: options.codeIdentifiers ?? new Set() }
  if (opening.kind === 'difference' && opening.pair !== undefined) {
    const [x, y] = opening.pair
    // "Lists and tuples both …" opens the sentence with X; "Both X and Y" does not.
    const initial = opening.subject.startsWith(x)
    // Y is code like X when X is a lower-case keyword (`null` and `undefined`).
    const yAsInitial = initial && /^[a-z]/.test(bare(x))
    return `What is the difference between ${phrase(x, style, initial)} and ${phrase(y, style, yAsInitial)}?`
  }
  const subject = phrase(opening.subject, style, true)
  const be = opening.plural ? 'are' : 'is'
  switch (opening.verbClass) {
    case 'role':
      return opening.verb.endsWith('responsible for') ? `What ${be} ${subject} responsible for?` : `What ${be} ${subject} used for?`
    case 'copula':
    case 'identity':
    case 'weak':
      return `What ${be} ${subject}?`
    case 'action':
    case 'mechanism': {
      const [verb, particle] = opening.verb.split(' ')
      const base = baseForm(verb ?? '')
      const does = opening.plural ? 'do' : 'does'
      const tail = particle === undefined ? '' : ` ${particle}`
      // "lets you perform side effects" asks what it lets you do.
      const person = /^(?:you|developers|users|programmers|us)$/i.exec(bare(opening.complement.split(/\s+/)[0]))?.[0]
      if (person !== undefined && ENABLING.has(base)) return `What ${does} ${subject} ${base} ${person.toLowerCase()} ${base === 'let' ? '' : 'to '}do?`
      const kind = namedObjectKind(opening.complement)
      return kind === null ? `What ${does} ${subject} ${base}${tail}?` : `What ${kind} ${does} ${subject} ${base}${tail}?`
    }
  }
}

// Verbs whose object is a person and whose point is what that person can do.
const ENABLING = new Set(['let', 'allow', 'enable', 'help'])

interface PhraseStyle {
  properNouns: ReadonlySet<string>
  codeIdentifiers: ReadonlySet<string>
}

// Lower-case a sentence-initial common word and the article; put code in backticks.
function phrase(text: string, style: PhraseStyle, sentenceInitial: boolean): string {
  const words = text.split(/\s+/)
  // A sentence that opens in lower case opens with code whose formatting was
  // lost (`self refers to …`, `new and delete are …`): its single-word
  // conjuncts are code too.
  const keywords = sentenceInitial && /^[a-z]/.test(bare(words[0]))
  return words
    .map((word, i) => {
      const core = bare(word)
      const at = word.indexOf(core)
      const before = word.slice(0, at)
      const after = word.slice(at + core.length)
      if (core === '') return word
      const conjunct = i === 0 || /^(?:and|or)$/.test(words[i - 1] ?? '') || (words[i - 1] ?? '').endsWith(',')
      // Quotes or backticks around code give way to one pair of backticks.
      if (isCode(core, style) || (keywords && conjunct && /^[a-z][\w/]*$/.test(core))) return `\`${core}\`${after.replace(/["”'’`]/g, '')}`
      if (i === 0 && /^(?:A|An|The)$/.test(core)) return `${before}${core.toLowerCase()}${after}`
      if (i === 0 && sentenceInitial && /^[A-Z][a-z]+$/.test(core) && !style.properNouns.has(core)) return `${before}${core.toLowerCase()}${after}`
      return word
    })
    .join(' ')
}

function isCode(word: string, style: PhraseStyle): boolean {
  // Lower camel case (`useEffect`) is an identifier, never an English word.
  return isCodeLike(word) || /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(word) || /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(word) || style.codeIdentifiers.has(word)
}

// "follows the Model-View-Template architectural pattern" → "architectural
// pattern": asking for the kind keeps the name (the answer) out of the prompt.
function namedObjectKind(complement: string): string | null {
  const words = complement.split(/\s+/)
  if (!['a', 'an', 'the'].includes(bare(words[0]).toLowerCase())) return null
  const phraseWords: string[] = []
  for (const w of words.slice(1, 7)) {
    const b = bare(w)
    if (PHRASE_ENDERS.has(b.toLowerCase())) break
    phraseWords.push(b)
    if (/[,.;:]$/.test(w)) break
  }
  const firstLower = phraseWords.findIndex((w) => /^[a-z]+$/.test(w))
  if (firstLower < 1 || !phraseWords.slice(0, firstLower).some((w) => /[A-Z]/.test(w))) return null
  const kind = phraseWords.slice(firstLower)
  return kind.every((w) => /^[a-z]+$/.test(w)) && kind.length <= 3 ? kind.join(' ') : null
}
