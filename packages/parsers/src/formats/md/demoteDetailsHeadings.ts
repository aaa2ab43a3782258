import type { RootContent } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { detailsEnd, opensDetails } from './detailsElement.js'

/**
 * The top-level blocks with every heading inside a closed `<details>`
 * element turned into a paragraph of the same text and position.
 *
 * WHY: a heading inside `<details>` ("#### Answer: D" in a collapsed
 * answer) is part of the element's content, not a section or a question
 * of the document; as a paragraph it stays in the answer (answers are
 * taken from the source text, so its `####` is kept) and no longer ends
 * the question before it.
 *
 * @example
 *   demoteDetailsHeadings(root.children, doc).some((b) => b.type === 'heading') // false for a doc of details only
 */
export function demoteDetailsHeadings(blocks: readonly RootContent[], doc: SourceDocument): RootContent[] {
  const out = [...blocks]
  for (let k = 0; k < out.length; k++) {
    if (!opensDetails(out[k]!)) continue
    const end = detailsEnd(out, k, doc)
    for (let j = k + 1; j < end; j++) {
      const b = out[j]!
      if (b.type === 'heading') {
        const paragraph: RootContent = { type: 'paragraph', children: b.children }
        if (b.position !== undefined) paragraph.position = b.position
        out[j] = paragraph
      }
    }
    k = end - 1
  }
  return out
}
