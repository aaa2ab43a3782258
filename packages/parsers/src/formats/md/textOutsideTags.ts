/**
 * The text of an HTML fragment outside its tags, `&nbsp;` as a space and
 * white space collapsed. A scan, not a regex, so hostile markup with many
 * unclosed `<` stays linear.
 *
 * @example
 *   textOutsideTags('<h1 align="center">Go&nbsp;Questions</h1>') // 'Go Questions'
 */
export function textOutsideTags(html: string): string {
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
