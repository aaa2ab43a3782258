import type { RootContent } from 'mdast'
import { htmlText } from './htmlText.js'

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
