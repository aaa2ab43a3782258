import type { Heading, PhrasingContent, RootContent } from 'mdast'
import { htmlText } from './htmlText.js'

// One HTML heading element on its own: `<h3>1. What is X?</h3>`, with
// attributes, and with the closing tag forgotten (`<h3>8. Explain Y.`).
const HTML_HEADING = /^<h([2-6])(?:\s[^<>]*)?>([^\n]*?)(?:<\/h\1\s*>)?$/i

/**
 * The top-level blocks with each HTML heading element (`<h2>` … `<h6>`)
 * that stands alone, as a block or as the only content of a (bold)
 * paragraph (`**<h2>Basics</h2>**`), turned into a markdown heading of the
 * same level, text and position. `<h1>` is left to `htmlTitle`.
 *
 * A closed heading element with text right under it (no blank line
 * between, so the HTML block holds both) is split into the heading and a
 * paragraph of the rest.
 *
 * WHY: READMEs write question headings as raw HTML; to the reader they are
 * headings like any other, and the heading rules (question, section,
 * answer sub-heading) apply to them unchanged.
 *
 * @example
 *   promoteHtmlHeadings(root.children).find((b) => b.type === 'heading') // { type: 'heading', depth: 3, children: [{ type: 'text', value: '1. What is X?' }] }
 */
export function promoteHtmlHeadings(blocks: readonly RootContent[]): RootContent[] {
  return blocks.flatMap((block) => {
    const found = htmlHeading(block)
    if (found !== null) return [headingNode(found, block.position)]
    return block.type === 'html' ? splitLeadingHeading(block) : [block]
  })
}

function headingNode(found: { depth: Heading['depth']; text: string }, position: RootContent['position']): Heading {
  return { type: 'heading', depth: found.depth, children: [{ type: 'text', value: found.text }], ...(position && { position }) }
}

/**
 * An HTML block runs to the next blank line, so a closed heading element
 * with text right under it (`<h3>3. What is X?</h3>` / `Answer: …`) is one
 * block: the first line becomes the heading, the rest a paragraph.
 */
function splitLeadingHeading(block: RootContent & { type: 'html' }): RootContent[] {
  const cut = block.value.indexOf('\n')
  const pos = block.position
  if (cut === -1 || pos?.start.offset === undefined || pos.end.offset === undefined) return [block]
  const first = block.value.slice(0, cut)
  const found = /<\/h[2-6]\s*>$/i.test(first.trim()) ? htmlHeading({ type: 'html', value: first }) : null
  if (found === null) return [block]
  const restStart = { line: pos.start.line + 1, column: 1, offset: pos.start.offset + cut + 1 }
  const heading = headingNode(found, { start: pos.start, end: { line: pos.start.line, column: cut + 1, offset: pos.start.offset + cut } })
  const rest: RootContent = { type: 'paragraph', children: [{ type: 'text', value: block.value.slice(cut + 1) }], position: { start: restStart, end: pos.end } }
  return [heading, rest]
}

function htmlHeading(block: RootContent): { depth: Heading['depth']; text: string } | null {
  let html: string
  if (block.type === 'html') html = block.value
  else if (block.type === 'paragraph') {
    // `**<h2>Title</h2>**`: emphasis around nothing but the element.
    let nodes = block.children
    while (nodes.length === 1 && (nodes[0]!.type === 'strong' || nodes[0]!.type === 'emphasis')) nodes = (nodes[0] as { children: PhrasingContent[] }).children
    if (nodes[0]?.type !== 'html') return null
    html = nodes.map((n) => (n.type === 'html' || n.type === 'text' ? n.value : '\u0000')).join('')
  } else return null
  const m = HTML_HEADING.exec(html.trim())
  if (m === null) return null
  const text = htmlText(m[2] ?? '')
  return text === '' ? null : { depth: Number(m[1]) as Heading['depth'], text }
}

/**
 * The title an HTML block prints as an `<h1>` element with nothing else
 * but wrapper tags and images around it (`<h1 align="center">Title</h1>`,
 * `<div align="center"><h1>Title</h1></div>`), or null.
 *
 * WHY: README files centre their title with HTML instead of `# Title`.
 *
 * @example
 *   htmlTitle(htmlOf('<h1 align="center">Python Interview Questions</h1>')) // 'Python Interview Questions'
 */
export function htmlTitle(block: RootContent): string | null {
  if (block.type !== 'html') return null
  const lower = block.value.toLowerCase()
  const open = lower.indexOf('<h1')
  const close = lower.indexOf('</h1>')
  if (open === -1 || close === -1 || close < open) return null
  const start = lower.indexOf('>', open) + 1
  if (start === 0 || start > close) return null
  const outside = htmlText(block.value.slice(0, open)) + htmlText(block.value.slice(close + '</h1>'.length))
  const title = htmlText(block.value.slice(start, close))
  return outside === '' && title !== '' ? title : null
}
