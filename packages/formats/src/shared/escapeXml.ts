// Characters XML 1.0 cannot hold at all, even as references (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' }

/**
 * Text as XML character data or an attribute value: the five predefined
 * entities, a carriage return as a reference (a parser would normalise a raw
 * one away), and characters XML cannot represent replaced by U+FFFD — the
 * caller reports that as a loss (see {@link hasNonXmlChars}).
 *
 * @example
 *   escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\r]/g, (c) => ENTITY[c] ?? c)
}

/**
 * Whether `text` holds a character XML 1.0 cannot represent.
 *
 * @example
 *   hasNonXmlChars('bell \u0007') // true
 */
export function hasNonXmlChars(text: string): boolean {
  NOT_XML.lastIndex = 0
  const found = NOT_XML.test(text)
  NOT_XML.lastIndex = 0
  return found
}
