import { analyzeOpening, type Opening } from './analyzeOpening.js'
import { isCodeLine, isListItem, isTreeLine } from './lineShapes.js'
import { splitSentences } from './splitSentences.js'
import { HEADLESS } from './settings.js'

/** A place where an answer block could start: a line, or a sentence glued mid-line. */
export interface Candidate {
  /** 1-based line number. */
  readonly line: number
  /** Offset in the line where the block would start (0 for a line start). */
  readonly column: number
  /** The opening sentence. */
  readonly sentence: string
  readonly opening: Opening
  /** The sentence is glued to the one before it in the same line. */
  readonly glued: boolean
  /** The next sentence in the same line is glued to this one (a scraped list item, not a paragraph). */
  readonly followedByGlue: boolean
  /** Sentences from this one to the end of the line. */
  readonly sentencesToEnd: number
  /** Words from this sentence to the end of the line. */
  readonly wordsToEnd: number
}

/**
 * Every line start and every glued mid-line sentence start whose sentence
 * opens as "subject + definitional verb". List items, code and tree lines
 * never start a candidate, though a sentence glued into them may.
 *
 * @example
 *   findCandidates(['Views are fast.', '- Routers are good.', 'x = 1.Forms are used to post.'])
 *     .map((c) => [c.line, c.column]) // [[1, 0], [3, 6]]
 */
export function findCandidates(lines: readonly string[]): Candidate[] {
  const { maxLineLength } = HEADLESS
  const candidates: Candidate[] = []
  lines.forEach((raw, index) => {
    const line = raw.slice(0, maxLineLength)
    if (line.trim() === '' || isTreeLine(line)) return
    // Code and list lines never open a block themselves, but a block can
    // still start glued in their middle ("…file paths.Forms in Flask are …").
    const structural = isListItem(line) || isCodeLine(line)
    const sentences = splitSentences(line)
    sentences.forEach((sentence, k) => {
      if (k === 0 ? structural : !sentence.glued) return
      const opening = analyzeOpening(sentence.text)
      if (opening === null) return
      const rest = line.slice(sentence.start)
      candidates.push({
        line: index + 1,
        column: sentence.start,
        sentence: sentence.text,
        opening,
        glued: sentence.glued,
        followedByGlue: sentences[k + 1]?.glued ?? false,
        sentencesToEnd: sentences.length - k,
        wordsToEnd: rest.trim().split(/\s+/).length,
      })
    })
  })
  return candidates
}
