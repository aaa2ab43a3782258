import type { Encoding } from '../types.js'

/** The decoded text and how it was decoded. */
export interface DecodedInput {
  text: string
  encoding: Encoding
}

/**
 * Decode bytes by evidence: a byte-order mark wins; otherwise valid UTF-8 is
 * UTF-8; anything else is taken as Windows-1252, the encoding of most
 * legacy web pages and the one browsers assume for "latin1".
 *
 * @example
 *   decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])) // { text: 'hi', encoding: 'utf-8-bom' }
 */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  if (typeof input === 'string') return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'string' }
  const b = input
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8-bom' }
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le-bom' }
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be-bom' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(b), encoding: 'windows-1252' }
  }
}

// Bytes 0x80–0x9F of Windows-1252 (curly quotes, dashes, €, …); the rest of
// the range is ISO-8859-1, i.e. the byte value is the code point. Decoded by
// hand because Node's TextDecoder('windows-1252') falls back to ISO-8859-1
// for these bytes (nodejs/node#56542), turning “quotes” into C1 controls.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    const codes = Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte))
    out += String.fromCharCode(...codes)
  }
  return out
}
