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
 * Anki's editor writes for lines) as line breaks, the common named entities
 * and numeric character references decoded; other markup is kept as written.
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
    // Other character references, as Anki's editor and other writers may use them (`&#123;` for `{`).
    .replace(/&#(?:(\d{1,7})|x([\da-f]{1,6}));/gi, (ref: string, dec?: string, hex?: string) => characterFor(dec === undefined ? Number.parseInt(hex ?? '', 16) : Number(dec)) ?? ref)
}

/** The character of a numeric reference, or undefined for a code point HTML does not allow there (kept as written). */
function characterFor(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined
}
