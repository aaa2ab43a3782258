/** A piece of a markdown document that can be parsed on its own. */
export interface MarkdownChunk {
  /** The chunk's text: whole lines, ending with the line break before the next chunk. */
  readonly text: string
  /** Lines before the chunk in the whole document (add it to a chunk-relative line). */
  readonly lineOffset: number
  /** Characters before the chunk in the whole document (add it to a chunk-relative offset). */
  readonly charOffset: number
  /** Whether the chunk starts with a top-level list item (it may continue the previous chunk's list). */
  readonly startsWithListItem: boolean
}

/** Options of {@link splitMarkdownChunks}. */
export interface SplitMarkdownChunksOptions {
  /**
   * Smallest chunk, in UTF-16 code units: a chunk ends at the first safe
   * boundary after it has grown this large. Documents shorter than this
   * are returned as one chunk. Default `8192`.
   */
  chunkSize?: number
}

// Raw HTML blocks (CommonMark kinds 1–5) may contain blank lines; a heading
// or a list marker inside them is literal text, so no boundary is allowed
// until their end marker.
const RAW_HTML_TAGS = ['pre', 'script', 'style', 'textarea'] as const

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/
const LIST_START = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/
const INTERRUPTING_ITEM = /^(?:[-*+]|0{0,8}1[.)])[ \t]+\S/

/**
 * Cut a markdown document into chunks that parse to the same block
 * structure as the whole, so each can go to remark separately.
 *
 * WHY: micromark re-copies its growing token list whenever a list item
 * closes, so one long document parses in superlinear time; pieces of a
 * few KiB parse an order of magnitude faster in total.
 *
 * A boundary is the start of an unindented ATX heading or list-item line
 * that follows a blank line, outside fenced code and raw HTML blocks (and,
 * after a line indented like code, only a heading or an item that may
 * interrupt a paragraph). At such
 * a line every open container (list item, block quote, paragraph, table,
 * indented code) has already ended in CommonMark, so nothing before it
 * changes how it parses. The one thing that does change is a list that
 * continues across the boundary: it becomes two lists, which
 * `parseMarkdownChunks` joins again. The other is link reference and
 * footnote definitions, which apply document-wide: `parseMarkdownChunks`
 * tells each chunk about the labels other chunks define.
 *
 * @example
 *   splitMarkdownChunks(bigText, { chunkSize: 8192 }).map((c) => c.lineOffset) // [0, 212, 431, …]
 */
export function splitMarkdownChunks(text: string, options: SplitMarkdownChunksOptions = {}): MarkdownChunk[] {
  const chunkSize = Math.max(1, options.chunkSize ?? 8192)
  if (text.length <= chunkSize) return [{ text, lineOffset: 0, charOffset: 0, startsWithListItem: false }]
  const chunks: MarkdownChunk[] = []
  let chunkStart = 0
  let chunkLine = 0
  let chunkStartsWithList = false
  let fence: { char: string; length: number; indent: number } | null = null
  // YAML front matter may hold blank lines and `# comment` lines.
  let inFrontMatter = text.startsWith('---\n')
  let rawEnd: string | null = null
  let previousBlank = false
  let afterIndented = false
  let line = 0
  let pos = 0
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos)
    const end = nl === -1 ? text.length : nl
    const content = text.slice(pos, end)
    if (inFrontMatter) {
      if (line > 0 && (content.trimEnd() === '---' || content.trimEnd() === '...')) inFrontMatter = false
    } else if (fence !== null) {
      if (closesFence(content, fence)) fence = null
      previousBlank = false
      afterIndented = false
    } else if (rawEnd !== null) {
      if (content.toLowerCase().includes(rawEnd)) rawEnd = null
      previousBlank = false
      afterIndented = false
    } else {
      const blank = content.trim() === ''
      if (!blank && previousBlank && pos - chunkStart >= chunkSize) {
        const isList = LIST_START.test(content)
        if ((isList && (!afterIndented || INTERRUPTING_ITEM.test(content))) || ATX_HEADING.test(content)) {
          chunks.push({ text: text.slice(chunkStart, pos), lineOffset: chunkLine, charOffset: chunkStart, startsWithListItem: chunkStartsWithList })
          chunkStart = pos
          chunkLine = line
          chunkStartsWithList = isList
        }
      }
      const opened = blank ? null : openedBlock(content)
      if (opened !== null && 'fence' in opened) fence = opened.fence
      else if (opened !== null) rawEnd = opened.rawEnd
      previousBlank = blank
      // micromark reads the line after an indented code block (and blank
      // lines) as if it interrupted a paragraph, so `2.` there starts no
      // list: after a line indented like code, only items that may
      // interrupt a paragraph (bullets and `1.` with text) are boundaries.
      if (!blank) afterIndented = indentWidth(content, content.length - content.trimStart().length) >= 4
    }
    line++
    pos = end + 1
  }
  chunks.push({ text: text.slice(chunkStart), lineOffset: chunkLine, charOffset: chunkStart, startsWithListItem: chunkStartsWithList })
  return chunks
}

/**
 * Whether a line closes an open fence. A closing fence may be indented at
 * most `max(3, opening indent)` columns: for a fence inside a list item that
 * is never more than CommonMark allows, so a fence is never taken as closed
 * while it is still open (the reverse only costs boundaries).
 */
function closesFence(content: string, fence: { char: string; length: number; indent: number }): boolean {
  const trimmed = content.trimStart()
  if (indentWidth(content, content.length - trimmed.length) > Math.max(3, fence.indent)) return false
  const m = FENCE.exec(trimmed)
  return m !== null && m[1]!.startsWith(fence.char) && m[1]!.length >= fence.length && trimmed.slice(m[0].length).trim() === ''
}

/**
 * Whether a line opens a fence or a raw HTML block that runs past this line.
 * Fences are recognised at any indentation: treating an indented literal
 * fence as a fence only forgoes boundaries, which is safe.
 */
function openedBlock(content: string): { fence: { char: string; length: number; indent: number } } | { rawEnd: string } | null {
  const trimmed = content.trimStart()
  const fenceMatch = FENCE.exec(trimmed)
  if (fenceMatch !== null) {
    const marker = fenceMatch[1]!
    // A backtick fence's info string may not contain backticks; then it is inline code.
    if (marker.startsWith('`') && trimmed.slice(fenceMatch[0].length).includes('`')) return null
    return { fence: { char: marker.charAt(0), length: marker.length, indent: indentWidth(content, content.length - trimmed.length) } }
  }
  if (!trimmed.startsWith('<')) return null
  const lower = trimmed.toLowerCase()
  if (lower.startsWith('<!--')) return lower.includes('-->', 4) ? null : { rawEnd: '-->' }
  if (lower.startsWith('<?')) return lower.includes('?>', 2) ? null : { rawEnd: '?>' }
  if (lower.startsWith('<![cdata[')) return lower.includes(']]>') ? null : { rawEnd: ']]>' }
  if (lower.startsWith('<!')) return lower.includes('>', 2) ? null : { rawEnd: '>' }
  for (const tag of RAW_HTML_TAGS) {
    if (lower.startsWith(`<${tag}`)) {
      const after = lower.charAt(tag.length + 1)
      if (after !== '' && after !== '>' && after !== ' ' && after !== '\t') continue
      return lower.includes(`</${tag}>`) ? null : { rawEnd: `</${tag}>` }
    }
  }
  return null
}

/** Columns taken by the first `n` characters of a line, tabs to the next multiple of 4. */
function indentWidth(content: string, n: number): number {
  let width = 0
  for (let i = 0; i < n; i++) width = content.charCodeAt(i) === 9 ? width + 4 - (width % 4) : width + 1
  return width
}
