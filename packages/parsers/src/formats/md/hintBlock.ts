import type { Nodes } from 'mdast'
import { hintText } from './hintText.js'
import { inlineToText } from './inlineToText.js'
import { lineHint } from './splitPromptNodes.js'

const HINT_LABEL = /^hint\s*[:\-–—]/i

/**
 * The hint a block states, or null: a paragraph that is all italic or all
 * parenthetical or starts with `Hint:`, or a block quote starting with
 * `Hint:`.
 *
 * @example
 *   hintBlock(paragraph) // 'Think about the request cycle.' for `*Think about the request cycle.*`
 */
export function hintBlock(node: Nodes): string | null {
  if (node.type === 'paragraph') return lineHint(node.children)
  if (node.type === 'blockquote') {
    const text = inlineToText(node.children)
    return HINT_LABEL.test(text) ? hintText(text) : null
  }
  return null
}
