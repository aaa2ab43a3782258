/**
 * A 53-bit hash of a sequence of strings (cyrb53 by bryc, streamed), as
 * base-36 text. Used to notice that a saved quiz meets different questions
 * than it was dealt from; not for security.
 */
export function fingerprint(strings: Iterable<string>): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (const s of strings) {
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i)
      h1 = Math.imul(h1 ^ ch, 2654435761)
      h2 = Math.imul(h2 ^ ch, 1597334677)
    }
    // A separator, so ['ab', 'c'] and ['a', 'bc'] differ.
    h1 = Math.imul(h1 ^ 0x1f, 2654435761)
    h2 = Math.imul(h2 ^ 0x1f, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
