import type { List, Root, Table } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { closesFence, FENCE } from '../../shared/fencedLines.js'
import { needsGfm } from './needsGfm.js'
import { MARKDOWN_CHUNK_LIMITS, splitMarkdownChunks, type MarkdownChunk, type SplitMarkdownChunksOptions } from './splitMarkdownChunks.js'

/**
 * Options of {@link parseMarkdownChunks}: the chunking options of {@link splitMarkdownChunks}
 * (a `chunkSize` of `Infinity` parses the whole document at once) and `onForcedCut`.
 */
export interface ParseMarkdownChunksOptions extends SplitMarkdownChunksOptions {
  /**
   * Called with the first line (1-based) of every chunk cut inside a run of
   * plain lines longer than `MARKDOWN_CHUNK_LIMITS.paragraphSize`: there the
   * tree starts a new paragraph where a whole parse would continue one.
   */
  onForcedCut?: (line: number) => void
}

type Parse = (text: string) => Root
const parsers = new Map<boolean, Parse>()

// Built on first use so importing the module costs nothing.
function parser(gfm: boolean): Parse {
  let parse = parsers.get(gfm)
  if (parse === undefined) {
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfm ? [remarkGfm] : []).freeze()
    parse = (text) => processor.parse(text)
    parsers.set(gfm, parse)
  }
  return parse
}

/**
 * Parse markdown to an mdast tree in chunks, with every position (line,
 * column, offset) exact for the whole document. YAML front matter becomes a
 * `yaml` node.
 *
 * WHY chunks: remark-parse is superlinear on long documents (see
 * `splitMarkdownChunks`); chunks keep it linear. A list that runs across a
 * chunk boundary is joined back into one list, and a chunk that refers to
 * a label defined in another chunk is parsed knowing that label, so the
 * tree is the same as parsing the whole text at once.
 *
 * @example
 *   const root = parseMarkdownChunks(text)
 *   root.children[0]?.position?.start.line // 1
 */
export function parseMarkdownChunks(text: string, options: ParseMarkdownChunksOptions = {}): Root {
  // GFM (tables, task lists) only when the document has a table or task-list item.
  const gfm = needsGfm(text)
  const parse = parser(gfm)
  const chunkSize = options.chunkSize ?? MARKDOWN_CHUNK_LIMITS.chunkSize
  let chunks: MarkdownChunk[] = Number.isFinite(chunkSize)
    ? splitMarkdownChunks(text, { chunkSize, tables: gfm && options.tables !== false })
    : [{ text, lineOffset: 0, charOffset: 0, startsWithListItem: false }]
  if (chunks.length === 1) return parse(text)
  const parts: Root[] = []
  const joined: MarkdownChunk[] = []
  // Characters parsed again below: at most twice the text, so parsing stays linear.
  let reparsed = 0
  for (let i = 0; i < chunks.length; i++) {
    let chunk = chunks[i]!
    let part = parseChunk(parse, chunk, [])
    // The splitter reads fences line by line, and a fence-like line inside an
    // HTML block (`<div>`, then a ``` line, which is HTML there) fools it: a
    // chunk may then end inside a fence the parse saw open. Parse it again
    // together with the chunks up to that fence's closing line (or the end).
    // Past the budget (only crafted input chains such cuts), the cut stays
    // and is reported as a forced one.
    for (let marker = openFenceAtEnd(part, chunk.text); marker !== null && i + 1 < chunks.length; marker = openFenceAtEnd(part, chunk.text)) {
      const end = closingChunk(chunks, i + 1, marker)
      const longer = chunk.text + chunks.slice(i + 1, end + 1).map((c) => c.text).join('')
      if (reparsed + longer.length > 2 * text.length) {
        chunks[i + 1] = { ...chunks[i + 1]!, forcedCut: true }
        break
      }
      reparsed += longer.length
      chunk = { ...chunk, text: longer }
      i = end
      part = parseChunk(parse, chunk, [])
    }
    joined.push(chunk)
    parts.push(part)
  }
  chunks = joined
  const labels = parts.map(definedLabels)
  if (labels.some((l) => l.length > 0)) {
    for (let i = 0; i < chunks.length; i++) {
      const needed = foreignLabels(chunks[i]!.text, labels, i)
      if (needed.length === 0) continue
      // Front matter must stay the document's first line, so a prefix cannot
      // go before it; this chunk needing a later chunk's definition is rare.
      if (i === 0 && text.startsWith('---\n')) return parse(text)
      parts[i] = parseChunk(parse, chunks[i]!, needed)
    }
  }
  const forced: number[] = []
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }
  for (const [i, chunk] of chunks.entries()) {
    const part = parts[i]!
    shiftPositions(part, chunk.lineOffset, chunk.charOffset)
    const first = part.children[0]
    const last = root.children[root.children.length - 1]
    let rest = part.children
    if (chunk.forcedCut === true) forced.push(chunk.lineOffset + 1)
    if (chunk.tableHead !== undefined) {
      // The chunk was cut inside a table: its first node must be the rest of
      // the table the previous chunk ended with. When the cut guessed wrong
      // (the head rows were no table after all), parse without table cuts.
      if (!continuesTable(chunk, last, first)) {
        return parseMarkdownChunks(text, { ...options, tables: false })
      }
      joinTables(last as Table, first as Table)
      rest = part.children.slice(1)
    } else if (chunk.startsWithListItem && first?.type === 'list' && last?.type === 'list' && sameListKind(text, last, first)) {
      joinLists(last, first)
      rest = part.children.slice(1)
    }
    for (const node of rest) root.children.push(node)
    if (part.position !== undefined && root.position !== undefined) root.position.end = part.position.end
  }
  // Reported only now: the fallback above parses again and reports its own.
  for (const line of forced) options.onForcedCut?.(line)
  return root
}

/*
 * Link reference definitions (CommonMark 0.31.2, §4.7
 * https://spec.commonmark.org/0.31.2/#link-reference-definitions) and GFM
 * footnote definitions (https://github.github.com/gfm/#footnotes) apply to
 * the whole document, before or after the reference. A chunk parsed alone
 * does not see another chunk's definitions, so `[ref]` there stays text
 * where the whole parse makes a `linkReference`. This is CommonMark, not a
 * micromark bug: micromark resolves references against the definitions of
 * the one string it is given. File-ready repro (remark-parse 11.0.0, micromark 4.0.3):
 *
 *   parse('[ref]: https://example.com\n\n# Title\n[ref]\n')  // heading, then paragraph with a linkReference
 *   parse('# Title\n[ref]\n')                                    // paragraph with text "[ref]"
 *
 * WHY a prefix rather than parsing whole: an mdast `linkReference` or
 * `footnoteReference` carries no URL, only the label, so a chunk needs only
 * to know which labels exist. A chunk that may use another chunk's label is
 * parsed again after `[label]: x` lines and a blank line; a chunk starts
 * after a blank line at a heading or list item, so the prefix changes
 * nothing else, and its nodes are dropped. Documents without definitions
 * (most) pay one tree walk; others re-parse only the chunks that contain a
 * foreign label's text, with only those labels, so parsing stays linear.
 */

/** A label defined in a chunk, as written (`node.label`), and whether it is a footnote. */
interface Label {
  readonly source: string
  readonly footnote: boolean
  /** The label's first word, case-folded like CommonMark labels: a reference must contain it. */
  readonly key: string
}

/** Labels defined anywhere in a chunk's tree (definitions may sit inside lists and block quotes). */
function definedLabels(tree: Root): Label[] {
  const found: Label[] = []
  const stack: { type: string; label?: string | null; children?: unknown[] }[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if ((node.type === 'definition' || node.type === 'footnoteDefinition') && typeof node.label === 'string') {
      found.push({ source: node.label, footnote: node.type === 'footnoteDefinition', key: caseFold(node.label.trim().split(/\s+/)[0] ?? '') })
    }
    if (node.children !== undefined) for (const child of node.children) stack.push(child as (typeof stack)[number])
  }
  return found
}

/** Labels defined in other chunks whose first word occurs in this chunk (a superset of those it uses). */
function foreignLabels(chunkText: string, labels: readonly Label[][], self: number): Label[] {
  const own = new Set(labels[self]!.map((l) => `${l.footnote}:${l.source}`))
  let folded: string | undefined
  const needed = new Map<string, Label>()
  for (const [i, list] of labels.entries()) {
    if (i === self) continue
    for (const label of list) {
      const id = `${label.footnote}:${label.source}`
      if (own.has(id) || needed.has(id)) continue
      folded ??= caseFold(chunkText)
      if (folded.includes(label.key)) needed.set(id, label)
    }
  }
  return [...needed.values()]
}

// CommonMark matches labels after Unicode case folding; lower-then-upper is
// the fold micromark uses (`normalizeIdentifier`).
function caseFold(s: string): string {
  return s.toLowerCase().toUpperCase()
}

/**
 * Parse a chunk, after definitions of `labels` (another chunk's link and
 * footnote labels it may use) and its table's head rows when it starts
 * inside a table; then drop the definitions' nodes and shift positions back
 * so that the chunk's own text starts at line 1, offset 0. The repeated
 * table head stays as the table's first row, with positions before the
 * chunk; {@link joinTables} drops it.
 */
function parseChunk(parse: Parse, chunk: MarkdownChunk, labels: readonly Label[]): Root {
  const definitions = labels.length === 0 ? '' : `${labels.map((l) => `[${l.footnote ? '^' : ''}${l.source}]: x\n`).join('')}\n`
  const prefix = definitions + (chunk.tableHead ?? '')
  if (prefix === '') return parse(chunk.text)
  const prefixLines = (prefix.match(/\n/g) ?? []).length
  const tree = parse(prefix + chunk.text)
  if (definitions !== '') tree.children = tree.children.filter((node) => (node.position?.start.offset ?? 0) >= definitions.length)
  shiftPositions(tree, -prefixLines, -prefix.length)
  if (tree.position !== undefined) tree.position.start = { line: 1, column: 1, offset: 0 }
  return tree
}

/** The marker of the fenced code block a chunk's tree ends with when its closing fence is missing, or null. */
function openFenceAtEnd(tree: Root, text: string): string | null {
  const last = tree.children[tree.children.length - 1]
  if (last?.type !== 'code' || last.position?.start.offset === undefined || last.position.end.offset === undefined) return null
  const lines = text.slice(last.position.start.offset, last.position.end.offset).split('\n')
  const marker = FENCE.exec(lines[0] ?? '')?.[1]
  if (marker === undefined) return null
  return lines.length > 1 && closesFence(lines[lines.length - 1]!, marker) ? null : marker
}

/** Index of the first chunk from `from` holding a line that closes a fence opened by `marker`; the last chunk when none does. */
function closingChunk(chunks: readonly MarkdownChunk[], from: number, marker: string): number {
  for (let k = from; k < chunks.length; k++) if (chunks[k]!.text.split('\n').some((line) => closesFence(line, marker))) return k
  return chunks.length - 1
}

/** Move every position in a chunk's tree to where the chunk sits in the document. */
function shiftPositions(tree: Root, lineOffset: number, charOffset: number): void {
  if (lineOffset === 0 && charOffset === 0) return
  // Iterative: deeply nested input (e.g. thousands of `>`) must not overflow the stack.
  const stack: { position?: Root['position']; children?: unknown[] }[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const p = node.position
    if (p !== undefined) {
      p.start.line += lineOffset
      p.end.line += lineOffset
      if (p.start.offset !== undefined) p.start.offset += charOffset
      if (p.end.offset !== undefined) p.end.offset += charOffset
    }
    if (node.children !== undefined) for (const child of node.children) stack.push(child as (typeof stack)[number])
  }
}

/**
 * Whether two lists would be one list in CommonMark: both ordered or both
 * bullets, with the same bullet character or number delimiter.
 */
function sameListKind(text: string, a: List, b: List): boolean {
  if (a.ordered !== b.ordered) return false
  const ma = listMarker(text, a)
  return ma !== '' && ma === listMarker(text, b)
}

function listMarker(text: string, list: List): string {
  const offset = list.children[0]?.position?.start.offset
  if (offset === undefined) return ''
  let i = offset
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++
  return text.charAt(i)
}

/**
 * Whether a chunk cut inside a table was read as it would be whole: the
 * previous chunks end with a table that starts at the header row the cut
 * repeated and runs to their last line, and this chunk starts with a table
 * made of that repeated head and at least one row of its own.
 */
function continuesTable(chunk: MarkdownChunk, last: Root['children'][number] | undefined, first: Root['children'][number] | undefined): boolean {
  if (last?.type !== 'table' || first?.type !== 'table' || first.children.length < 2) return false
  return last.position?.start.line === chunk.tableHeadLine && last.position?.end.line === chunk.lineOffset && first.position?.start.line === chunk.lineOffset - 1
}

/** Append a table continued in the next chunk to its start, without the repeated head row. */
function joinTables(into: Table, from: Table): void {
  for (const row of from.children.slice(1)) into.children.push(row)
  if (into.position !== undefined && from.position !== undefined) into.position.end = from.position.end
}

function joinLists(into: List, from: List): void {
  for (const item of from.children) into.children.push(item)
  // A blank line separated the two parts, so the joined list is loose, as
  // the whole-text parse makes it.
  into.spread = true
  if (into.position !== undefined && from.position !== undefined) into.position.end = from.position.end
}
