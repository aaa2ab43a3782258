/** Options of {@link leadSentences}. */
export interface LeadSentencesOptions {
  /** Most sentences kept. Default `2`. */
  sentences?: number
  /** Most characters kept, so a run-on first paragraph cannot dominate. Default `400`. */
  maxChars?: number
}

/**
 * The opening sentences of a markdown answer, as plain text: an answer's
 * first sentences usually restate what was asked ("Middleware in Django is
 * …"), while the rest drifts into examples that mention other subjects.
 * Fenced code blocks and list markers are dropped; a line break ends a
 * sentence.
 *
 * @example
 *   leadSentences('Signals let apps react. They decouple code. More here.', { sentences: 2 })
 *   // 'Signals let apps react. They decouple code.'
 */
export function leadSentences(markdown: string, options: LeadSentencesOptions = {}): string {
  const max = options.sentences ?? 2
  const maxChars = options.maxChars ?? 400
  const lines: string[] = []
  let inFence = false
  for (const line of markdown.split('\n')) {
    const trimmed = line.trim()
    if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
      inFence = !inFence
      continue
    }
    if (!inFence && trimmed !== '') lines.push(trimmed.replace(/^(?:[-*+]|\d+[.)]|#{1,6})\s+/, ''))
  }
  // A line break ends a sentence too: list items and headings are not prose
  // that runs on, and a list of features must not read as the subject.
  const text = lines.join('\n')
  let end = 0
  let count = 0
  while (count < max && end < text.length) {
    end = sentenceEnd(text, end)
    count++
  }
  return text.slice(0, Math.min(end, maxChars)).replace(/\n/g, ' ').trim()
}

/** Index just after the sentence that starts at `from`: a `.`, `!` or `?` before a space, or a line end. */
function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') return i + 1
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '\n')) return i + 1
  }
  return text.length
}
