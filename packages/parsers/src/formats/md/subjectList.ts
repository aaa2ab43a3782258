import type { List, RootContent } from 'mdast'
import { inlineToText } from './inlineToText.js'

/** Most words of a list item that names the subject of a question rather than answering it. */
const MAX_SUBJECT_WORDS = 6

/**
 * The subject of a question whose prompt ends in a colon and names it in
 * the bullet list right below ("Difference between:" / "- Virtual machines
 * vs containers"): the items' texts, when every item is one short phrase
 * (no sentence, no question), else null. The caller joins them to the
 * prompt and leaves the list out of the answer.
 *
 * @example
 *   subjectList('Difference between:', listOf(['Images vs containers'])) // ['Images vs containers']
 *   subjectList('What is Docker?', listOf(['Images vs containers'])) // null
 */
export function subjectList(prompt: string, block: RootContent | undefined): string[] | null {
  if (!prompt.trimEnd().endsWith(':') || block?.type !== 'list' || (block as List).ordered === true) return null
  const items: string[] = []
  for (const item of block.children) {
    if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return null
    const text = inlineToText(item.children)
    if (text === '' || text.includes('\n') || /[.?!:;]$/.test(text) || text.split(/\s+/).length > MAX_SUBJECT_WORDS) return null
    items.push(text)
  }
  return items.length > 0 ? items : null
}
