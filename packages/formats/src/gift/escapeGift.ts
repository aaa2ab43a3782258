// GIFT's special characters (Moodle docs, "GIFT format": a backslash escapes
// ~ = # { } :, and \n is a line break) plus the backslash itself.
const SPECIAL = /[\\~=#{}:]/g

/**
 * Text as GIFT: special characters backslash-escaped and line breaks as
 * `\n` (a blank line would end the question). Inside the answer braces pass
 * `inBraces`: Moodle reads an answer holding both `=` and `->` as a matching
 * question, so `->` is written `-\>` (markdown shows it as `->`).
 *
 * @example
 *   escapeGift('a {b}: c\nd') // 'a \\{b\\}\\: c\\nd'
 */
export function escapeGift(text: string, inBraces = false): string {
  const escaped = text
    .replace(/\r\n?/g, '\n')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
  return inBraces ? escaped.replace(/->/g, '-\\>') : escaped
}

/** One character of GIFT text, and whether a backslash escaped it. */
export interface GiftChar {
  readonly ch: string
  readonly escaped: boolean
}

/**
 * GIFT text as characters with their escapes resolved, so that a reader can
 * look for unescaped `{`, `=`, `~`, `#` and `::` without decoding twice.
 * `\n` becomes a line break; a backslash before any other character escapes
 * it (`\>` is how {@link escapeGift} writes `->` in answers).
 *
 * @example
 *   scanGift('a\\=b').map((c) => c.escaped) // [false, true, false]
 */
export function scanGift(text: string): GiftChar[] {
  const out: GiftChar[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    const next = text[i + 1]
    if (c === '\\' && next !== undefined && next !== '\n') {
      out.push({ ch: next === 'n' ? '\n' : next, escaped: true })
      i += 1
    } else {
      out.push({ ch: c, escaped: false })
    }
  }
  return out
}

/**
 * The plain text of scanned GIFT characters, trimmed as Moodle trims.
 *
 * @example
 *   giftText(scanGift(' a\\:b ')) // 'a:b'
 */
export function giftText(chars: readonly GiftChar[]): string {
  return chars.map((c) => c.ch).join('').trim()
}
