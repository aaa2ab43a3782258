const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' }
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', '#39': "'", '#13': '\r' }

/**
 * Plain text as the HTML of an Anki field (`#html:true`): the characters
 * Anki's manual says to replace (`<`, `>`, `&`) as entities, line breaks as
 * `<br>`.
 *
 * @example
 *   toAnkiHtml('a < b\nc') // 'a &lt; b<br>c'
 */
export function toAnkiHtml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => ESCAPES[c] ?? c).replace(/\n/g, '<br>')
}

/**
 * The plain text of an Anki HTML field: `<br>` (and `<div>`/`</div>`, which
 * Anki's editor writes for lines) as line breaks, the common entities
 * decoded; other markup is kept as written.
 *
 * @example
 *   fromAnkiHtml('a &lt; b<br>c') // 'a < b\nc'
 */
export function fromAnkiHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/div>\s*<div>/gi, '\n')
    .replace(/<\/?div>/gi, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#13);/g, (_, name: string) => ENTITIES[name] ?? '')
}
