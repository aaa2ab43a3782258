import type { FormatParser } from '../types.js'
import { withDefusedMarkdown, withParagraphCuts } from './md/defuseMarkdown.js'
import { detectQuizbank } from './md/detectQuizbank.js'
import { extractQuizbank } from './md/extractQuizbank.js'
import { parseMarkdownChunks } from './md/parseMarkdownChunks.js'

/**
 * quizbank's own authoring format: YAML front matter with the set's
 * metadata, `##` topic headings, one `###` heading per question. The
 * specification is `packages/parsers/docs/quizbank-format.md`;
 * `serializeMarkdown` writes it.
 *
 * @example
 *   parseText(text).meta.frontMatter // { id: 'acme-flask', title: 'Flask basics', … }
 */
export const quizbankFormat: FormatParser = {
  name: 'quizbank',
  detect: detectQuizbank,
  parse: (doc) => withDefusedMarkdown(doc, (safe) => withParagraphCuts(safe, (onForcedCut) => extractQuizbank(parseMarkdownChunks(safe.text, { onForcedCut }), safe))),
}
