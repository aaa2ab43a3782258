import { FENCE } from '../../shared/fencedLines.js'

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
  /**
   * When the chunk starts inside a GFM table: that table's header and
   * delimiter rows (with their line breaks), to parse before the chunk so
   * that its rows are read as rows of the same table (`parseMarkdownChunks`
   * drops the repeated header and joins the table back together).
   */
  readonly tableHead?: string
  /** With `tableHead`: the document line (1-based) of that table's header row. */
  readonly tableHeadLine?: number
  /**
   * Whether the chunk was cut inside a run of plain text lines longer than
   * {@link MARKDOWN_CHUNK_LIMITS}.paragraphSize: its first line starts a new
   * paragraph where the whole document continues one (a degraded parse;
   * `parseMarkdownChunks` reports it).
   */
  readonly forcedCut?: boolean
}

/** Options of {@link splitMarkdownChunks}. */
export interface SplitMarkdownChunksOptions {
  /**
   * Smallest chunk, in UTF-16 code units: a chunk ends at the first safe
   * boundary after it has grown this large. Documents shorter than this
   * are returned as one chunk. Default {@link MARKDOWN_CHUNK_LIMITS}.chunkSize.
   */
  chunkSize?: number
  /** Whether a long GFM table may be cut between rows (see {@link splitMarkdownChunks}). Default `true`. */
  tables?: boolean
}

/** Tuned numbers of chunked markdown parsing. */
export const MARKDOWN_CHUNK_LIMITS = {
  /**
   * Default smallest chunk, in UTF-16 code units. WHY: micromark is
   * super-linear on long documents (see {@link splitMarkdownChunks}); pieces
   * of 2–8 KiB parse fastest (measured; BENCHMARKS.md (f)).
   */
  chunkSize: 8192,
  /**
   * Longest run of plain text lines (no blank line, no line that may start
   * another block) read as one paragraph, in UTF-16 code units; a longer
   * run is cut there and goes on as a new paragraph, with a
   * `degraded-markdown` warning. WHY: micromark merges a paragraph's
   * adjacent text tokens with one `Array.prototype.splice` each
   * (`resolveAllText` in micromark/lib/initialize/text.js, 4.0.3), which is
   * quadratic in the paragraph: 25,000 one-line sentences with `*emphasis*`
   * and no blank line (1 MB) took 8.9 s, twice as many 3.7× longer. No
   * upstream issue found; not reported. Lazy lines of a list item cost far
   * more per character (micromark re-enters the container per line): 27 KB
   * of `[a]: b` lines under `1. What is x?` took 1.7 s, so the run is capped
   * at a chunk's size. A real paragraph is far shorter.
   */
  paragraphSize: 8_192,
  /**
   * Most setext underlines (`===` or `---` lines) in a chunk: past it, a
   * chunk ends at the next boundary however small, and a run of lines
   * without a blank line is cut after an underline (a forced cut, reported
   * like a paragraph cut). WHY: micromark's time per setext heading grows
   * with the document: 2,000 / 4,000 / 8,000 `x\n===\n\n` took 2.3 / 8.5 /
   * 33.9 s in one piece (micromark 4.0.3; cause not traced, not reported
   * upstream). In a list item or block quote such a line is lazy paragraph
   * text, and just as slow. Real documents underline a few dozen headings.
   */
  setextUnderlines: 64,
} as const

// Raw HTML blocks (CommonMark kinds 1–5) may contain blank lines; a heading
// or a list marker inside them is literal text, so no boundary is allowed
// until their end marker.
const RAW_HTML_TAGS = ['pre', 'script', 'style', 'textarea'] as const

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/
const LIST_START = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/
const INTERRUPTING_ITEM = /^(?:[-*+]|0{0,8}1[.)])[ \t]+\S/
// A line that can only continue a paragraph or start one: text at column 0, no block marker.
const PLAIN_LINE = /^[^\s#>*+\-|<`~\d=_[!]/
// Lines that inside a paragraph can only continue it, though they may not
// start one: emphasis (`**Q1.**`), a link or definition (a definition cannot
// interrupt a paragraph), a number that is no list marker (`1\tWhat`).
const CONTINUATION_LINE = /^(?:[*_](?![ \t]|$)|\[|!|\d{1,9}(?![.)\d]))/
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/
// A line that may underline the line above it as a setext heading.
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
// A GFM table's delimiter row, loosely (`parseMarkdownChunks` checks that a table was really read).
const TABLE_DELIMITER_ROW = /^\|[ \t|:-]*$/

/**
 * Cut a markdown document into chunks that parse to the same block
 * structure as the whole, so each can go to remark separately.
 *
 * WHY: micromark re-copies its growing token list whenever a list item
 * closes, so one long document parses in superlinear time; pieces of a
 * few KiB parse an order of magnitude faster in total.
 *
 * A boundary is the start of an unindented ATX heading, list-item or
 * paragraph line that follows a blank line, outside fenced code and raw
 * HTML blocks (and, after a line indented like code, only a heading, a
 * paragraph or an item that may interrupt a paragraph). At such
 * a line every open container (list item, block quote, paragraph, table,
 * indented code) has already ended in CommonMark, so nothing before it
 * changes how it parses. The one thing that does change is a list that
 * continues across the boundary: it becomes two lists, which
 * `parseMarkdownChunks` joins again. The other is link reference and
 * footnote definitions, which apply document-wide: `parseMarkdownChunks`
 * tells each chunk about the labels other chunks define.
 *
 * A long GFM table has no such line, so it may also be cut before a row: a
 * table whose header row starts with `|` in column 0 after a blank line
 * (so outside every container) and whose delimiter row follows it may be
 * cut before any of its next rows that start with `|` in column 0 (a line
 * that can only be a row of that table), the chunk carrying the two head
 * rows in `tableHead`. Any other line ends the cutting for that table.
 * WHY: micromark's table resolver works over the whole event list, which
 * keeps every row's events: a 100,000-row table (4.4 MiB) took 31–43 s and
 * 2.6–2.8 GiB in one piece (issue 11). No upstream
 * (micromark-extension-gfm-table) issue found; not reported.
 *
 * @example
 *   splitMarkdownChunks(bigText, { chunkSize: 8192 }).map((c) => c.lineOffset) // [0, 212, 431, …]
 */
export function splitMarkdownChunks(text: string, options: SplitMarkdownChunksOptions = {}): MarkdownChunk[] {
  const chunkSize = Math.max(1, options.chunkSize ?? MARKDOWN_CHUNK_LIMITS.chunkSize)
  const tables = options.tables ?? true
  const { setextUnderlines } = MARKDOWN_CHUNK_LIMITS
  if (text.length <= chunkSize) return [{ text, lineOffset: 0, charOffset: 0, startsWithListItem: false }]
  const chunks: MarkdownChunk[] = []
  let chunkStart = 0
  let chunkLine = 0
  let chunkStartsWithList = false
  let chunkTable: { head: string; line: number } | undefined
  let chunkForced = false
  // Where the current run of plain lines started (a character offset), or -1.
  let plainStart = -1
  // Setext underlines in the current chunk, and since the last blank line.
  let underlinesInChunk = 0
  let underlinesInRun = 0
  let previousUnderline = false
  const cut = (at: number, atLine: number) => {
    chunks.push({
      text: text.slice(chunkStart, at),
      lineOffset: chunkLine,
      charOffset: chunkStart,
      startsWithListItem: chunkStartsWithList,
      ...(chunkTable === undefined ? {} : { tableHead: chunkTable.head, tableHeadLine: chunkTable.line }),
      ...(chunkForced ? { forcedCut: true } : {}),
    })
    chunkStart = at
    chunkLine = atLine
    chunkStartsWithList = false
    chunkTable = undefined
    chunkForced = false
    underlinesInChunk = 0
    underlinesInRun = 0
  }
  // The table being cut, if any: its head rows, its header's line and how many rows it has had since.
  let table: { head: string; line: number; rows: number } | null = null
  // The previous line, when it may be a table's header row (starts with `|`, after a blank line).
  let header: string | null = null
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
    if (inFrontMatter || fence !== null || rawEnd !== null) plainStart = -1
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
      if (table !== null) {
        if (content.startsWith('|')) {
          if (table.rows > 0 && pos - chunkStart >= chunkSize) {
            cut(pos, line)
            chunkTable = table
          }
          table.rows++
        } else table = null
      } else if (header !== null && content.includes('-') && TABLE_DELIMITER_ROW.test(content)) table = { head: `${header}\n${content}\n`, line /* 0-based delimiter row = 1-based header row */, rows: 0 }
      header = tables && content.startsWith('|') && (previousBlank || line === 0) && table === null ? content : null
      if (!blank && previousBlank && (pos - chunkStart >= chunkSize || underlinesInChunk >= setextUnderlines)) {
        const isList = LIST_START.test(content)
        if ((isList && (!afterIndented || INTERRUPTING_ITEM.test(content))) || ATX_HEADING.test(content) || PLAIN_LINE.test(content)) {
          cut(pos, line)
          chunkStartsWithList = isList
        }
      }
      // A long run of plain lines: one paragraph (or lazy lines of one in a
      // list item or block quote) that micromark would resolve in quadratic
      // time. `|` lines count once table cuts are off (a table head that was
      // no table leaves a paragraph of them).
      const plain = table === null && (PLAIN_LINE.test(content) || (CONTINUATION_LINE.test(content) && !THEMATIC_BREAK.test(content)) || (!tables && content.startsWith('|')))
      if (!plain) plainStart = -1
      else if (plainStart < 0) plainStart = pos
      else if (pos - plainStart >= MARKDOWN_CHUNK_LIMITS.paragraphSize) {
        cut(pos, line)
        chunkForced = true
        plainStart = pos
      }
      if (!blank && previousUnderline && underlinesInRun >= setextUnderlines) {
        cut(pos, line)
        chunkForced = true
      }
      previousUnderline = table === null && SETEXT_UNDERLINE.test(content)
      if (previousUnderline) {
        underlinesInChunk++
        underlinesInRun++
      } else if (blank) underlinesInRun = 0
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
  cut(text.length, line)
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
