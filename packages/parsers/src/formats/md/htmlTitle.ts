import type { RootContent } from 'mdast'

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
  const outside = text(block.value.slice(0, open)) + text(block.value.slice(close + '</h1>'.length))
  const title = text(block.value.slice(start, close))
  return outside === '' && title !== '' ? title : null
}

/** Text outside tags, white space collapsed. */
function text(html: string): string {
  let out = ''
  let i = 0
  while (i < html.length) {
    const open = html.indexOf('<', i)
    if (open === -1) {
      out += html.slice(i)
      break
    }
    out += html.slice(i, open)
    const close = html.indexOf('>', open)
    if (close === -1) break
    i = close + 1
  }
  return out.replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim()
}
