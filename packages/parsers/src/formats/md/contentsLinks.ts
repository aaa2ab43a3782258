import type { List, ListItem, PhrasingContent, Table } from 'mdast'
import { isInPageUrl, soleInline } from './chromeBlock.js'

/**
 * Whether a list is a table of contents: every item's text is one link to
 * an anchor in the same document (`- [What is JSX?](#what-is-jsx)`),
 * optionally followed by a nested list of the same kind.
 *
 * WHY: README question collections open with such a list, and when it
 * lists the questions themselves every item ends with `?`; the questions
 * are the headings the links point to, not the links.
 *
 * @example
 *   isContentsList(listOf('- [Basics](#basics)\n- [What is JSX?](#what-is-jsx)')) // true
 */
export function isContentsList(list: List): boolean {
  return list.children.length > 0 && list.children.every(isContentsItem)
}

/**
 * Whether a table is a table of contents: some column holds, in every body
 * row, nothing but one in-page link (`| 1 | [What is React?](#what-is-react) |`).
 *
 * @example
 *   isContentsTable(tableOf('| No. | Questions |\n|---|---|\n| 1 | [What is React?](#what-is-react) |')) // true
 */
export function isContentsTable(table: Table): boolean {
  const rows = table.children.slice(1)
  if (rows.length === 0) return false
  const width = table.children[0]?.children.length ?? 0
  for (let c = 0; c < width; c++) if (rows.every((r) => isOneInPageLink(r.children[c]?.children ?? []))) return true
  return false
}

function isContentsItem(item: ListItem): boolean {
  const [first, ...rest] = item.children
  if (first?.type !== 'paragraph' || !isOneInPageLink(first.children)) return false
  return rest.every((b) => b.type === 'list' && isContentsList(b))
}

function isOneInPageLink(nodes: readonly PhrasingContent[]): boolean {
  const only = soleInline(nodes)
  return only?.type === 'link' && isInPageUrl(only.url)
}
