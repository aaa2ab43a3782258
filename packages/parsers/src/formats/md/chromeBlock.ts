import type { Link, Nodes, PhrasingContent, RootContent } from 'mdast'
import { inlineToText } from './inlineToText.js'
import { htmlText } from './htmlText.js'

/** Longest link text, in words, that still reads as navigation ("⬆ Back to top") rather than a cross-reference. */
const NAV_WORDS = 4

/**
 * Whether a block is site furniture rather than content: a paragraph of
 * badges or images only (linked or not), a paragraph that is one short
 * link to an anchor in the same page ("⬆ Back to top", possibly bold), or
 * an HTML block that holds only images or one such link.
 *
 * WHY structural: README files put shields.io badges under the title and a
 * back-to-top link after every answer; neither is question text, and the
 * wording of the link varies (arrows, emoji, languages).
 *
 * @example
 *   isChromeBlock(paragraphOf('**[⬆ Back to Top](#table-of-contents)**')) // true
 *   isChromeBlock(paragraphOf('See [views](#views) for details.')) // false
 */
export function isChromeBlock(block: RootContent): boolean {
  if (block.type === 'paragraph') return isImagesOnly(block.children) || isNavLink(block.children)
  if (block.type === 'html') return isChromeHtml(block.value)
  return false
}

function meaningful(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.filter((n) => !(n.type === 'break' || (n.type === 'text' && n.value.trim() === '')))
}

function isImagesOnly(nodes: readonly PhrasingContent[]): boolean {
  const parts = meaningful(nodes)
  if (parts.length === 0) return false
  return parts.every((n) => n.type === 'image' || n.type === 'imageReference' || ((n.type === 'link' || n.type === 'linkReference') && n.children.length > 0 && meaningful(n.children).every((c) => c.type === 'image' || c.type === 'imageReference')))
}

/**
 * The link inline content holds when, white space and line breaks set
 * aside and looking inside emphasis that wraps it all, it is one link to
 * an anchor in the same document (`#section`); undefined otherwise.
 *
 * @example
 *   inPageLink(paragraphOf('**[Top](#top)**').children)?.url // '#top'
 */
export function inPageLink(nodes: readonly PhrasingContent[]): Link | undefined {
  let parts = meaningful(nodes)
  while (parts.length === 1 && (parts[0]!.type === 'strong' || parts[0]!.type === 'emphasis')) parts = meaningful((parts[0] as { children: PhrasingContent[] }).children)
  const only = parts.length === 1 ? parts[0] : undefined
  return only?.type === 'link' && only.url.startsWith('#') && only.url.length > 1 ? only : undefined
}

/** One in-page link with short text, alone or wrapped in emphasis. */
function isNavLink(nodes: readonly PhrasingContent[]): boolean {
  const link = inPageLink(nodes)
  return link !== undefined && inlineToText(link.children as Nodes[]).split(/\s+/).filter((w) => w !== '').length <= NAV_WORDS
}

/** HTML with no text but images, or whose only text is one short in-page link. */
function isChromeHtml(html: string): boolean {
  const lower = html.toLowerCase()
  if (lower.trimStart().startsWith('<details') || lower.includes('<summary')) return false
  const text = htmlText(html)
  if (text === '') return lower.includes('<img')
  const anchors = lower.split('<a ').length - 1
  return anchors === 1 && lower.includes('href="#') && text.split(/\s+/).length <= NAV_WORDS
}
