// Words a question or an interview task starts with. Generic English only:
// these decide whether a list item or heading reads as a question.
const INTERROGATIVES = new Set(
  'what whats how why when where which who whom whose is are was were can could do does did should would will has have must may might shall'.split(' '),
)
const IMPERATIVES = new Set(
  (
    'explain describe define compare contrast differentiate distinguish discuss list name outline provide give write show share ' +
    'illustrate identify summarize summarise demonstrate walk tell mention state elaborate evaluate analyze analyse ' +
    'justify suggest propose detail clarify enumerate highlight talk present recommend'
  ).split(' '),
)
// Verbs that set an interview task ("Write a function …") but just as often
// start a tutorial step ("Create the project"), a tip ("Review the job
// description") or a changelog entry ("Use native fetch"): alone they do not
// make a list a list of questions (see `isTaskLike`).
const TASK_VERBS = new Set(
  'write implement design create build show configure set use debug optimize optimise review consider imagine suppose assume refactor'.split(' '),
)

const LABELLED = /^q(?:uestion)?[ \t]*(?:[.#][ \t]*)?(\d{1,4}[a-z]?)(?:[ \t]*[.):\-–—])?(?:[ \t]+|$)/i
const NUMBERED = /^#?(\d{1,4}[a-z]?)[ \t]*[.):\-–—](?:[ \t]+|$)/i
// An unnumbered label: `Q:`, `Question -`. The separator is required so "Quick" or "Q&A" are not labels.
const UNNUMBERED = /^q(?:uestion)?[ \t]*[:.)\-–—][ \t]+/i

/**
 * Split a printed question label (`Q3:`, `Question 3 -`, `3.`, `#3)`, or
 * `Q:` without a number) off the front of a text.
 *
 * @example
 *   stripQuestionLabel('Q12) What is a view?') // { number: '12', text: 'What is a view?' }
 *   stripQuestionLabel('Q: What is a view?') // { text: 'What is a view?' }
 *   stripQuestionLabel('What is a view?') // { text: 'What is a view?' }
 */
export function stripQuestionLabel(text: string): { number?: string; text: string } {
  const m = LABELLED.exec(text) ?? NUMBERED.exec(text)
  if (m === null) {
    const bare = UNNUMBERED.exec(text)
    const rest = bare === null ? '' : text.slice(bare[0].length).trim()
    return rest === '' ? { text } : { text: rest }
  }
  const rest = text.slice(m[0].length).trim()
  return rest === '' ? { text } : { number: m[1]!, text: rest }
}

/**
 * Whether a text is a numbered question label and nothing else (`Q36.`,
 * `Question 6`, `Q 2:`): the question itself is printed elsewhere.
 *
 * @example
 *   isBareQuestionLabel('Question 6') // true
 *   isBareQuestionLabel('Q6. What is a view?') // false
 */
export function isBareQuestionLabel(text: string): boolean {
  const t = text.trim()
  const m = LABELLED.exec(t)
  return m !== null && t.slice(m[0].length).trim() === ''
}

// Headings that only label an answer ("Answer", "Solution:", "✅ Answer").
const ANSWER_HEADING = /^(?:answers?|ans|solutions?|explanations?)\s*:?$/i

/**
 * Whether a heading only labels the answer of the question above it
 * ("## Answer", "### Solution:"), whatever its level.
 *
 * @example
 *   isAnswerHeading('Answer') // true
 *   isAnswerHeading('Answers to common questions') // false
 */
export function isAnswerHeading(text: string): boolean {
  return ANSWER_HEADING.test(text.replace(/^[^\p{L}]+/u, '').trim())
}

/** Whether a text starts with a question label such as `Q3:`, `Question 3 -` or `Q:`. */
export function hasQuestionLabel(text: string): boolean {
  const m = LABELLED.exec(text) ?? UNNUMBERED.exec(text)
  return m !== null && text.slice(m[0].length).trim() !== ''
}

/** The first word, lower-case, letters only (`What's` → `whats`). */
export function firstWord(text: string): string {
  let word = ''
  for (const ch of text.trimStart()) {
    if (/\p{L}/u.test(ch)) word += ch.toLowerCase()
    else if (ch === '’' || ch === "'") continue
    else break
  }
  return word
}

/** Whether a text starts with an interrogative or an interview-task verb ("Explain …"). */
export function startsLikeQuestion(text: string): boolean {
  const w = firstWord(text)
  return INTERROGATIVES.has(w) || IMPERATIVES.has(w) || TASK_VERBS.has(w)
}

/**
 * Whether a question-like text reads as one only through a task verb
 * ("Create …", "Use …"): no final `?`, no interrogative, no asking verb
 * such as "Explain". Such items are questions inside a list that also asks;
 * a list of nothing but them is steps, tips or release notes.
 *
 * @example
 *   isTaskLike('Create the project folder.') // true
 *   isTaskLike('Explain the request cycle.') // false
 */
export function isTaskLike(text: string): boolean {
  const t = stripQuestionLabel(text).text
  return !endsWithQuestionMark(t) && TASK_VERBS.has(firstWord(t))
}

/**
 * Whether a text reads as a question: it ends with `?` (optionally inside
 * closing emphasis or quotes) or starts like one.
 *
 * @example
 *   isQuestionLike('Describe the request cycle.') // true
 *   isQuestionLike('Flask Fundamentals') // false
 */
export function isQuestionLike(text: string): boolean {
  const t = stripQuestionLabel(text).text
  return endsWithQuestionMark(t) || startsLikeQuestion(t)
}

// A preposition and a wh-word open a question too ("In what order …").
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'under', 'between', 'of'])
const WH = new Set(['what', 'which', 'whom', 'whose', 'how', 'when', 'where'])

/**
 * Whether a plain-text line reads as a question, the looser test of the
 * plain-text styles: it holds a `?` anywhere, opens with an interrogative
 * or an asking directive ("Explain …", also "Implement …", "Design …"),
 * or with a preposition and a wh-word ("In what order …"). Other task
 * verbs ("Create …", "Use …") are left out: they open tutorial steps,
 * which a plain question list is told apart from.
 *
 * @example
 *   asksOrDirects('Explain the MVT pattern.') // true
 *   asksOrDirects('In what order are middlewares run') // true
 *   asksOrDirects('Install Flask in a virtualenv.') // false
 */
export function asksOrDirects(text: string): boolean {
  if (text.includes('?')) return true
  const [first = '', second = ''] = text
    .trim()
    .split(/\s+/, 2)
    .map((raw) => {
      const word = raw.toLowerCase().replace(/['’]/g, '')
      let end = word.length
      while (end > 0 && !/[a-z]/.test(word.charAt(end - 1))) end--
      return word.slice(0, end)
    })
  if (INTERROGATIVES.has(first) || IMPERATIVES.has(first) || first === 'implement' || first === 'design') return true
  return PREPOSITIONS.has(first) && WH.has(second)
}

/**
 * Whether a text ends with a question mark (`?` or the full-width `？`),
 * ignoring closing quotes, brackets, emphasis marks and white space; a
 * trailing `*` may also be a form's required-field marker ("…?*").
 *
 * @example
 *   endsWithQuestionMark('Is Flask good for beginners?') // true
 *   endsWithQuestionMark('Preparing for an interview? This guide helps.') // false
 */
export function endsWithQuestionMark(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && ' \t"\')]”’*_'.includes(text.charAt(i))) i--
  return i >= 0 && (text.charAt(i) === '?' || text.charAt(i) === '？')
}

/**
 * Whether a heading reads as a question rather than a section title:
 * a question label, a final `?`, or a question opening followed by a
 * sentence rather than a title: three words or more that are not in Title
 * Case, or a final period. So "Set up" and "Design Patterns in Flask" stay
 * section titles while "Explain the request cycle" is a question.
 */
export function isQuestionHeading(text: string): boolean {
  if (hasQuestionLabel(text)) return true
  const t = withoutTrailingNote(stripQuestionLabel(text).text)
  if (endsWithQuestionMark(t)) return true
  if (!startsLikeQuestion(t)) return false
  if (t.endsWith('.')) return true
  const words = t.split(/\s+/)
  return words.length >= 3 && !isTitleCase(words.slice(1))
}

/**
 * The text without a trailing parenthetical note ("Explain X. (asked twice)"
 * → "Explain X."), which says nothing about whether the text is a question.
 */
function withoutTrailingNote(text: string): string {
  const t = text.trimEnd()
  if (!t.endsWith(')')) return t
  const open = t.lastIndexOf('(')
  const head = open === -1 ? '' : t.slice(0, open).trimEnd()
  return head === '' ? t : head
}

// Short words a title leaves in lower case ("How to Fix It", "Design Patterns in Go").
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'and', 'or', 'nor', 'but', 'vs', 'via', 'with', 'as'])

/** Whether most longer words are capitalised, as in a title (words of two or three letters count when all of them are). */
function isTitleCase(words: readonly string[]): boolean {
  const content = words.filter((w) => /^\p{L}/u.test(w) && !TITLE_SMALL_WORDS.has(w.toLowerCase()))
  if (content.length > 0 && content.length <= 3 && content.every((w) => /^\p{Lu}/u.test(w))) return true
  const long = words.filter((w) => w.length > 3 && /^\p{L}/u.test(w))
  if (long.length === 0) return false
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalised / long.length >= 0.6
}
