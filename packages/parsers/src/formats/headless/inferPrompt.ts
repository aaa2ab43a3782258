import type { Opening } from './analyzeOpening.js'
import { ARTICLES, bare, baseForm, isCodeLike, PHRASE_ENDERS } from './vocabulary.js'

/** Options of {@link inferPrompt}. */
export interface InferPromptOptions {
  /**
   * Capitalised words that are names and keep their capital when they open
   * the subject (`Flask is …` → `What is Flask?`). Default: none, so a
   * sentence-initial Title-case word is lower-cased (`Middleware in Flask
   * is …` → `What is middleware in Flask?`).
   */
  properNouns?: ReadonlySet<string>
  /** Upper-case words that are code and go in backticks (`DEBUG`). Default: none (words with `_` always do). */
  codeIdentifiers?: ReadonlySet<string>
  /**
   * Words the document prints in lower case inside sentences: a
   * sentence-initial Title-case word among them is a common noun. Default:
   * none, so a single capitalised word that does not look like a common noun
   * (`Webpack is …`) keeps its capital.
   */
  lowerWords?: ReadonlySet<string>
}

/**
 * Write the question an answer block answers, from the block's opening
 * sentence (see `analyzeOpening`):
 *
 * | opening                                   | prompt                                              |
 * | ----------------------------------------- | --------------------------------------------------- |
 * | Middleware in Flask is a framework …      | What is middleware in Flask?                       |
 * | Migrations in Flask are …                 | What are migrations in Flask?                      |
 * | Both get() and filter() are …              | What is the difference between `get()` and `filter()`? |
 * | urls.py is responsible for …               | What is `urls.py` responsible for?                  |
 * | Forms in Flask are used to …              | What are forms in Flask used for?                  |
 * | A Template in Flask defines …             | What is a Template in Flask?                       |
 * | Deploying a Flask application involves … | What does deploying a Flask application involve?   |
 * | Flask follows the WSGI standard              | What standard does Flask follow?                  |
 * | The useEffect hook lets you perform …      | What does the `useEffect` hook let you do?          |
 * | In Java, a static method is …              | What is a static method in Java?                    |
 * | There are four types of access modifiers … | What are the types of access modifiers …?           |
 * | To create a thread in Java, you …          | How do you create a thread in Java?                 |
 * | Prettier formats code … (verb not listed)  | What does Prettier do?                              |
 *
 * Code-like words (`settings.py`, `get()`, `ALLOWED_HOSTS`) go in backticks.
 *
 * @example
 *   inferPrompt(analyzeOpening('A ForeignKey in Flask creates a many-to-one relationship.')!)
 *   // 'What does a ForeignKey in Flask create?'
 */
export function inferPrompt(opening: Opening, options: InferPromptOptions = {}): string {
  const style: PhraseStyle = { properNouns: new Set(), codeIdentifiers: new Set(), lowerWords: new Set(), ...options }
  if (opening.kind === 'difference' && opening.pair !== undefined) {
    const [x, y] = opening.pair
    // "Lists and tuples both …" opens the sentence with X; "Both X and Y" does not.
    const initial = opening.subject.startsWith(x)
    // Y is code like X when X is a lower-case keyword (`null` and `undefined`).
    const yAsInitial = initial && /^[a-z]/.test(bare(x))
    return `What is the difference between ${phrase(x, style, initial)} and ${phrase(y, style, yAsInitial)}?`
  }
  if (opening.kind === 'procedure') return `How do you ${phrase(opening.subject, style, false)}?`
  if (opening.kind === 'kinds') return `What are the ${opening.frame ?? 'types'} ${opening.subject.startsWith('to ') ? '' : 'of '}${phrase(opening.subject, style, false)}?`
  const subject = phrase(opening.subject, style, true)
  const be = opening.plural ? 'are' : 'is'
  switch (opening.verbClass) {
    case 'role':
      return opening.verb.endsWith('responsible for') ? `What ${be} ${subject} responsible for?` : `What ${be} ${subject} used for?`
    case 'copula':
    case 'identity':
    case 'weak':
      return `What ${be} ${subject}?`
    // A verb outside the lists may not have the base form `baseForm` guesses.
    case 'activity':
      return `What ${opening.plural ? 'do' : 'does'} ${subject} do?`
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

type PhraseStyle = Required<InferPromptOptions>

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
      if (i === 0 && sentenceInitial && /^[A-Z][a-z]+(?:-[a-z]+)*$/.test(core) && isCommonNoun(core, words[1], style)) return `${before}${core.toLowerCase()}${after}`
      return word
    })
    .join(' ')
}

// Endings of English common nouns (`Normalization`, `Middleware`,
// `Hoisting`); a coined product name (`Webpack`, `Redux`) has none of them.
const COMMON_NOUN_ENDING = /(?:tion|sion|ism|ance|ence|ity|ment|ness|ing|ure|ics|ogy|ship|age|ware|ency|acy|ory|ty|[^isu]s)$/

// Whether a sentence-initial Title-case word is a common noun (lower-cased
// in a prompt) rather than a name (`Flask`, `Webpack`, `Docker Compose`):
// names are known from the document, or are followed by another capitalised
// word; a common noun is followed by a lower-case word (`Garbage
// collection`), is printed in lower case elsewhere, or has a common-noun ending.
function isCommonNoun(word: string, nextWord: string | undefined, style: PhraseStyle): boolean {
  if (style.properNouns.has(word)) return false
  const next = bare(nextWord)
  if (/^[A-Z]/.test(next) && next !== 'In') return false
  if (/^[a-z]/.test(next) && next !== 'in') return true
  const lower = word.toLowerCase()
  return style.lowerWords.has(lower) || style.lowerWords.has(lower.replace(/s$/, '')) || style.lowerWords.has(`${lower}s`) || COMMON_NOUN_ENDING.test(lower)
}

function isCode(word: string, style: PhraseStyle): boolean {
  // `Node.js`, `Vue.js`: a capitalised name with the `.js` of its language is a product, not code.
  if (/^[A-Z][A-Za-z]*\.js$/.test(word)) return false
  // Lower camel case (`useEffect`) is an identifier, never an English word.
  return isCodeLike(word) || /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(word) || /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(word) || style.codeIdentifiers.has(word)
}

// "follows the Model-View-Template architectural pattern" → "architectural
// pattern": asking for the kind keeps the name (the answer) out of the prompt.
function namedObjectKind(complement: string): string | null {
  const words = complement.split(/\s+/)
  if (!ARTICLES.has(bare(words[0]).toLowerCase())) return null
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
