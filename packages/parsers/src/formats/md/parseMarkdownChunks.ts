import type { List, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { needsGfm } from './needsGfm.js'
import { splitMarkdownChunks } from './splitMarkdownChunks.js'

/** Options of {@link parseMarkdownChunks}. */
export interface ParseMarkdownChunksOptions {
  /**
   * Chunk size for {@link splitMarkdownChunks}; `Infinity` parses the whole
   * document at once. Default `8192` (measured: 2–8 KiB pieces parse fastest; see `splitMarkdownChunks`).
   */
  chunkSize?: number
  /**
   * Enable GFM (tables, task lists, …): `true`, `false`, or `'auto'` to
   * enable it only when the document has a table or task-list item (see
   * {@link needsGfm}). Default `'auto'`.
   */
  gfm?: boolean | 'auto'
}

type Parse = (text: string) => Root
let plainParser: Parse | undefined
let gfmParser: Parse | undefined

// Built on first use so importing the module costs nothing.
function parser(gfm: boolean): Parse {
  if (gfm) {
    if (gfmParser === undefined) {
      const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
      gfmParser = (text) => processor.parse(text)
    }
    return gfmParser
  }
  if (plainParser === undefined) {
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
    plainParser = (text) => processor.parse(text)
  }
  return plainParser
}

/**
 * Parse markdown to an mdast tree in chunks, with every position (line,
 * column, offset) exact for the whole document. YAML front matter becomes a
 * `yaml` node.
 *
 * WHY chunks: remark-parse is superlinear on long documents (see
 * `splitMarkdownChunks`); chunks keep it linear. A list that runs across a
 * chunk boundary is joined back into one list, so the tree's block
 * structure is the same as parsing the whole text at once.
 *
 * @example
 *   const root = parseMarkdownChunks(text)
 *   root.children[0]?.position?.start.line // 1
 */
export function parseMarkdownChunks(text: string, options: ParseMarkdownChunksOptions = {}): Root {
  const gfm = options.gfm === undefined || options.gfm === 'auto' ? needsGfm(text) : options.gfm
  const parse = parser(gfm)
  const chunkSize = options.chunkSize ?? 8192
  const chunks = Number.isFinite(chunkSize) ? splitMarkdownChunks(text, { chunkSize }) : [{ text, lineOffset: 0, charOffset: 0, startsWithListItem: false }]
  if (chunks.length === 1) return parse(text)
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }
  for (const chunk of chunks) {
    const part = parse(chunk.text)
    shiftPositions(part, chunk.lineOffset, chunk.charOffset)
    const first = part.children[0]
    const last = root.children[root.children.length - 1]
    let rest = part.children
    if (chunk.startsWithListItem && first?.type === 'list' && last?.type === 'list' && sameListKind(text, last, first)) {
      joinLists(last, first)
      rest = part.children.slice(1)
    }
    for (const node of rest) root.children.push(node)
    if (part.position !== undefined && root.position !== undefined) root.position.end = part.position.end
  }
  return root
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

function joinLists(into: List, from: List): void {
  for (const item of from.children) into.children.push(item)
  // A blank line separated the two parts, so the joined list is loose, as
  // the whole-text parse makes it.
  into.spread = true
  if (into.position !== undefined && from.position !== undefined) into.position.end = from.position.end
}
