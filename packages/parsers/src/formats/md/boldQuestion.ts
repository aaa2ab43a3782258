import type { Paragraph } from 'mdast'
import { inlineToText } from './inlineToText.js'
import { isQuestionHeading } from '../../shared/questionCues.js'
import { splitLines, splitPromptNodes, trimLeadingSpace, type PromptParts } from './splitPromptNodes.js'

/** A bold question line's prompt parts, and the number of a bold label printed before it (`**Q1.** What …?`). */
export interface BoldQuestion {
  parts: PromptParts
  number?: string
}

// A label on its own: `Q1.`, `1)`, `Q:`, `Question 3 -`, `#4`.
const LABEL_ONLY = /^(?:q(?:uestion)?[ \t]*)?#?(\d{1,4})[a-z]?[ \t]*[.):\-–—]?$|^q(?:uestion)?[ \t]*[.):\-–—]$/i

/**
 * The question a paragraph prints as a bold line of its own
 * (`**What is the box model?**`, `**Q: How do you center a div?**`,
 * `**1. What is SQL?**`) or after a bold label (`**Q1.** What is
 * Angular?`): the paragraph's first line is bold (further bold or italic
 * words on it are markers and hints), or a bold label followed by text,
 * and the question text reads as a question heading would (see
 * `isQuestionHeading`). Returns null for any other paragraph.
 *
 * WHY as strict as a heading: bold lines inside answers ("**Example:**",
 * "**Note**") must stay answer text.
 *
 * @example
 *   boldQuestion(paragraphOf('**What is the box model?**'))?.parts.prompt // 'What is the box model?'
 *   boldQuestion(paragraphOf('**Q1.** What is Angular?')) // { parts: { prompt: 'What is Angular?', … }, number: '1' }
 *   boldQuestion(paragraphOf('**Example:**')) // null
 */
export function boldQuestion(paragraph: Paragraph): BoldQuestion | null {
  const line = splitLines(paragraph.children)[0]!.nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''))
  const first = line[0]
  if (first?.type !== 'strong') return null
  const boldText = inlineToText(first.children)
  const label = LABEL_ONLY.exec(boldText)
  const rest = paragraph.children.slice(paragraph.children.indexOf(first) + 1)
  if (label !== null && boldText !== '' && (line.length > 1 || rest.length > 0)) {
    // The label may stand alone on its line, the question on the next
    // ("**Q:**" / "Your container keeps restarting. How do you …?").
    const parts = splitPromptNodes(line.length > 1 ? rest : trimLeadingSpace(rest))
    if (parts.prompt === '') return null
    // A `Q`/`Question` label says the text is a question, even a statement
    // ("The app is not reachable from the browser."); a bare number does not.
    if (!isQuestionHeading(parts.prompt) && !/^q/i.test(boldText)) return null
    return label[1] === undefined ? { parts } : { parts, number: label[1] }
  }
  if (!line.every((n) => n.type === 'strong' || n.type === 'emphasis')) return null
  if (!isQuestionHeading(boldText)) return null
  return { parts: splitPromptNodes(paragraph.children) }
}
