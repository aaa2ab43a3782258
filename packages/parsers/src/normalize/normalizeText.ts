// Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) and soft hyphens
// are invisible in the page but break word matching; no-break and other
// exotic spaces become plain spaces. Line structure is never changed except
// that CRLF and lone CR become LF, so line numbers match what editors show.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
// Control characters other than tab and newline come from binary or broken
// input; they are replaced so that nothing downstream has to care.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/**
 * Normalise line endings, exotic spaces and invisible characters.
 *
 * @example
 *   normalizeText('a\u00A0b\r\nc\u200B') // 'a b\nc'
 */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(SPACES, ' ').replace(CONTROLS, ' ')
}
