import type { RootContent } from 'mdast'
import type { SourceDocument } from '../../types.js'
import { nodeSource } from './blockSource.js'
import { TASK_ITEM } from './needsGfm.js'

/** What a quizbank question states before its answer. */
export interface QuizbankLeading {
  id?: string
  /** Key/value pairs of the metadata line, keys lower-case (`difficulty`, `tags`, `topic`). */
  fields?: Record<string, string>
  hints: string[]
  choices?: { text: string; correct: boolean }[]
  /** Index of the first answer block. */
  answerStart: number
}

const META_KEYS = new Set(['difficulty', 'tags', 'topic'])
const HINT_LABEL = /^hint[ \t]*:/i

/**
 * Read the blocks a quizbank question starts with, in any order, each at
 * most once (hints may repeat): an `<!-- id: … -->` comment, a metadata
 * line (`difficulty: beginner · tags: orm, queries`), `> Hint: …` block
 * quotes, and a task list of choices. An `<!-- answer -->` comment ends
 * them explicitly; otherwise the first other block starts the answer.
 * Hints and choices are kept as written (inline markdown included).
 *
 * @example
 *   quizbankLeading(body, doc) // { id: 'acme/what-is-a-model', fields: { difficulty: 'beginner' }, hints: [], answerStart: 2 }
 */
export function quizbankLeading(body: readonly RootContent[], doc: SourceDocument): QuizbankLeading {
  const out: QuizbankLeading = { hints: [], answerStart: body.length }
  for (let k = 0; k < body.length; k++) {
    const block = body[k]!
    if (block.type === 'html') {
      const comment = commentText(block.value)
      if (comment === 'answer') {
        out.answerStart = k + 1
        return out
      }
      if (out.id === undefined && comment !== null && comment.toLowerCase().startsWith('id:')) {
        out.id = comment.slice(3).trim()
        continue
      }
    } else if (block.type === 'paragraph' && out.fields === undefined) {
      const fields = metadataLine(nodeSource(block, doc))
      if (fields !== null) {
        out.fields = fields
        continue
      }
    } else if (block.type === 'blockquote') {
      const hints = quoteHints(block, doc)
      if (hints !== null) {
        out.hints.push(...hints)
        continue
      }
    } else if (block.type === 'list' && out.choices === undefined && block.children.length > 0 && block.children.every((i) => typeof i.checked === 'boolean')) {
      out.choices = block.children.map((item) => ({ text: choiceText(item, doc), correct: item.checked === true })).filter((c) => c.text !== '')
      continue
    }
    out.answerStart = k
    return out
  }
  return out
}

/**
 * The pairs of a metadata line, or null if the text is not one: a single
 * line of `key: value` parts separated by `·`, `|` or `;`, every key one of
 * `difficulty`, `tags`, `topic`.
 *
 * @example
 *   metadataLine('difficulty: advanced · tags: orm, n-plus-one') // { difficulty: 'advanced', tags: 'orm, n-plus-one' }
 */
export function metadataLine(text: string): Record<string, string> | null {
  if (text.includes('\n')) return null
  const fields: Record<string, string> = {}
  for (const part of text.split(/[·|;]/)) {
    const p = part.trim()
    if (p === '') continue
    const colon = p.indexOf(':')
    if (colon === -1) return null
    const key = p.slice(0, colon).trim().toLowerCase()
    if (!META_KEYS.has(key) || key in fields) return null
    fields[key] = p.slice(colon + 1).trim()
  }
  return Object.keys(fields).length > 0 ? fields : null
}

/** The inside of an HTML comment block (`<!-- x -->` → `x`), or null. */
function commentText(html: string): string | null {
  const v = html.trim()
  if (!v.startsWith('<!--') || !v.endsWith('-->') || v.length < 7) return null
  const inner = v.slice(4, -3)
  return inner.includes('-->') ? null : inner.trim()
}

/** Hints of a `> Hint: …` block quote (lines without the label continue the previous hint), or null. */
function quoteHints(quote: RootContent, doc: SourceDocument): string[] | null {
  // Each line without its `>` marker and the one space after it.
  const lines = spannedLines(quote, doc).map((line) => line.trimStart().replace(/^> ?/, ''))
  if (!HINT_LABEL.test(lines[0] ?? '')) return null
  const hints: string[] = []
  for (const line of lines) {
    if (HINT_LABEL.test(line)) hints.push(line.slice(line.indexOf(':') + 1).trim())
    else hints[hints.length - 1] = `${hints[hints.length - 1] ?? ''}\n${line.trimEnd()}`
  }
  return hints.map((h) => h.trim()).filter((h) => h !== '')
}

/** A choice as written: the item's first line after the checkbox, then any continuation joined by spaces. */
function choiceText(item: RootContent, doc: SourceDocument): string {
  return spannedLines(item, doc)
    .map((line, k) => (k === 0 ? line.replace(TASK_ITEM, '') : line).trim())
    .filter((p) => p !== '')
    .join(' ')
}

/** The input lines a node spans, as printed. */
function spannedLines(node: RootContent, doc: SourceDocument): string[] {
  return doc.lines.slice((node.position?.start.line ?? 1) - 1, node.position?.end.line ?? 0)
}
