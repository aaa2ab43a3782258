import type { Nodes } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { blockSource } from './blockSource.js'

const QUOTE = /^ {0,3}> ?/

/**
 * The markdown of a block that opens a question's answer. A block quote
 * printed right under a question ("> It returns `object`.") is the
 * answer's typography, not a quotation: its `>` markers are removed.
 *
 * @example
 *   answerSource(blockquote, doc) // 'Declarations move to the top.' for `> Declarations move to the top.`
 */
export function answerSource(node: Nodes, doc: SourceDocument): string {
  const text = blockSource(node, doc)
  if (node.type !== 'blockquote') return text
  return text
    .split('\n')
    .map((l) => l.replace(QUOTE, ''))
    .join('\n')
}
