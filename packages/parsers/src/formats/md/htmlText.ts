// Character references READMEs put in HTML text; the rest are rare enough to keep as printed.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ' }

/**
 * The plain text of an HTML fragment, the one reading of HTML text for the
 * markdown styles: tags dropped (`<code>`, `<kbd>` and `<tt>` as
 * backticks, so inline code stays marked as in every prompt), common
 * entities decoded, `**` and `__` emphasis markers removed, white space
 * collapsed. A scan, not a regex, so hostile markup with many unclosed `<`
 * stays linear; an unclosed `<` is kept as text.
 *
 * @example
 *   htmlText('<h1 align="center">Go&nbsp;Questions</h1>') // 'Go Questions'
 *   htmlText('What does <code>len()</code> return?') // 'What does `len()` return?'
 */
export function htmlText(html: string): string {
  let out = ''
  let i = 0
  for (let open = html.indexOf('<'); open !== -1; open = html.indexOf('<', i)) {
    const close = html.indexOf('>', open)
    if (close === -1) break
    const name = tagName(html.slice(open + 1, close).toLowerCase())
    out += html.slice(i, open) + (name === 'code' || name === 'kbd' || name === 'tt' ? '`' : '')
    i = close + 1
  }
  out += html.slice(i)
  for (const [entity, ch] of Object.entries(ENTITIES)) out = out.split(entity).join(ch)
  return out.split('**').join('').split('__').join('').replace(/\s+/g, ' ').trim()
}

/**
 * The lower-case name of a tag from what stands between its `<` and `>`.
 *
 * @example
 *   tagName('/summary') // 'summary'
 */
export function tagName(inner: string): string {
  return /^\/?([a-z0-9]*)/.exec(inner)![1]!
}
