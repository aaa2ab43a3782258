// Words the suffix rules below would mangle into something misleading
// ("setting" → "set", "string" → "str", "https" → "http").
const KEEP = new Set([
  'setting', 'string', 'during', 'thing', 'nothing', 'something', 'everything', 'spring', 'bring', 'king',
  'https', 'always', 'news', 'aws', 'css', 'cors', 'series', 'species', 'alias', 'canvas', 'bias',
  'need', 'speed', 'feed', 'seed', 'embed', 'indeed', 'red', 'bed', 'shed',
])

// Plurals the `-s` rule would miss or get wrong.
const IRREGULAR = new Map([
  ['apis', 'api'],
  ['uris', 'uri'],
  ['indices', 'index'],
  ['indexes', 'index'],
])

/** Suffix rules, tried in order after the plural is removed; the first that fits wins. */
const SUFFIXES: readonly (readonly [suffix: string, replacement: string, minStem: number])[] = [
  ['ization', 'iz', 3],
  ['isation', 'iz', 3],
  ['uration', 'ur', 3],
  ['ation', 'at', 3],
  ['ment', '', 4],
  ['ing', '', 3],
  ['ed', '', 3],
  ['ise', 'iz', 3],
]

/**
 * Light, deterministic stemming for plain lower-case words: plural `-s`/`-ies`,
 * `-ization`/`-ation`, `-ment`, `-ing`, `-ed`, British `-ise`, then a final
 * silent `e`, so that "caching"/"cache"/"caches", "migration"/"migrate" and
 * "optimise"/"optimization" share a stem. It is deliberately far weaker than
 * Porter stemming: the stems only have to agree with each other, and a rule
 * that over-merges two Django concepts would hide a real difference.
 *
 * Identifiers (anything with `_`, `.` or a digit) are returned unchanged.
 *
 * @example
 *   stem('caching') // 'cach'
 *   stem('migrations') // 'migrat'
 *   stem('select_related') // 'select_related'
 */
export function stem(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || !isPlainWord(word)) return word
  const irregular = IRREGULAR.get(word)
  if (irregular !== undefined) return irregular
  let s = word
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`
  else if (s.endsWith('sses')) s = s.slice(0, -2)
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1)
  if (KEEP.has(s)) return s
  for (const [suffix, replacement, minStem] of SUFFIXES) {
    if (s.endsWith(suffix) && s.length - suffix.length >= minStem) {
      s = s.slice(0, -suffix.length) + replacement
      // "running" → "runn" → "run"; "debugging" → "debug"; but keep "-ll"/"-ss" ("install", "process").
      const last = s.at(-1)
      if ((suffix === 'ing' || suffix === 'ed') && last !== undefined && last === s.at(-2) && !'lsz'.includes(last)) s = s.slice(0, -1)
      break
    }
  }
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1)
  return s
}

function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 97 || c > 122) return false
  }
  return true
}
