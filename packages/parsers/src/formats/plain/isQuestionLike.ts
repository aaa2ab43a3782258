// Words a question opens with: interrogatives and auxiliaries ("Is Flask
// …?"), and the directives interviewers use instead of a question mark
// ("Explain …", "Differentiate …"). Tutorial steps ("Install …", "Create …",
// "Start …") are deliberately absent: they are what a question list is told
// apart from.
const OPENERS = new Set([
  'what', 'whats', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose',
  'is', 'are', 'was', 'were', 'can', 'could', 'do', 'does', 'did', 'should', 'would', 'will', 'shall', 'may', 'might', 'has', 'have',
  'explain', 'describe', 'define', 'compare', 'contrast', 'differentiate', 'distinguish', 'discuss', 'elaborate', 'outline',
  'list', 'mention', 'illustrate', 'summarize', 'summarise', 'identify', 'name', 'give', 'state', 'tell', 'write', 'implement', 'design',
])
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'under', 'between', 'of'])
const WH = new Set(['what', 'which', 'whom', 'whose', 'how', 'when', 'where'])

/**
 * Lower-cased leading words of a text, apostrophes and trailing
 * punctuation dropped.
 *
 * @example
 *   leadingWords('What’s new, Flask?', 2) // ['whats', 'new']
 */
export function leadingWords(text: string, count: number): string[] {
  const words: string[] = []
  for (const raw of text.trim().split(/\s+/, count)) {
    const word = raw.toLowerCase().replace(/['’]/g, '')
    let end = word.length
    while (end > 0 && !/[a-z]/.test(word.charAt(end - 1))) end--
    words.push(word.slice(0, end))
  }
  return words
}

/**
 * Whether a text reads as a question: it holds a `?`, opens with an
 * interrogative, auxiliary or directive word, or opens with a preposition
 * and a wh-word ("In what order …").
 *
 * @example
 *   isQuestionLike('Explain the MVT pattern.') // true
 *   isQuestionLike('In what order are middlewares run') // true
 *   isQuestionLike('Install Flask in a virtualenv.') // false
 */
export function isQuestionLike(text: string): boolean {
  if (text.includes('?')) return true
  const [first = '', second = ''] = leadingWords(text, 2)
  if (OPENERS.has(first)) return true
  return PREPOSITIONS.has(first) && WH.has(second)
}

/**
 * Whether a text is a single question line ending in `?` (trailing quotes,
 * brackets and spaces allowed): the stricter test for unnumbered questions.
 *
 * @example
 *   endsWithQuestionMark('Is Flask good for beginners?') // true
 *   endsWithQuestionMark('Preparing for an interview? This guide helps.') // false
 */
export function endsWithQuestionMark(text: string): boolean {
  // A trailing `*` is a form's required-field marker ("…?*"), not text.
  return /\?["'”’)\]\s*]*$/.test(text)
}
