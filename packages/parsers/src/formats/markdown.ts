import type { FormatParser } from '../types.js'
import { withDefusedMarkdown, withParagraphCuts } from './md/defuseMarkdown.js'
import { detectMarkdown } from './md/detectMarkdown.js'
import { extractMarkdown } from './md/extractMarkdown.js'
import { parseMarkdownChunks } from './md/parseMarkdownChunks.js'

/**
 * Markdown question documents: numbered or bulleted question lists under
 * `#`/`##`/`###` section headings, question headings with the answer
 * under them, `<details><summary>` questions, question tables and
 * task-list choices. See `md/extractMarkdown.ts` for the rules and
 * `md/detectMarkdown.ts` for the score.
 *
 * @example
 *   parseText(text, { format: 'markdown' }).questions[0]?.section // ['1. Fundamentals']
 */
export const markdownFormat: FormatParser = {
  name: 'markdown',
  detect: detectMarkdown,
  parse: (doc) => withDefusedMarkdown(doc, (safe) => withParagraphCuts(safe, (onForcedCut) => extractMarkdown(parseMarkdownChunks(safe.text, { onForcedCut }), safe))),
}
