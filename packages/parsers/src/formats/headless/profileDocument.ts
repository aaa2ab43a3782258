import { chromeKind } from '../../shared/furniture.js'
import { isCodeLine, isSubheading } from './lineShapes.js'
import { stripEnds } from '../../shared/stripEnds.js'
import { HEADLESS } from './settings.js'

/** What a whole document says about its own words, for reading one sentence of it. */
export interface DocumentProfile {
  /** Title-case words seen capitalised inside sentences and never in lower case (`Flask`). */
  readonly properNouns: ReadonlySet<string>
  /** How often each proper noun occurs inside sentences. */
  readonly nameCounts: ReadonlyMap<string, number>
  /** Upper-case words the document uses as code (`DEBUG = False`). */
  readonly codeIdentifiers: ReadonlySet<string>
  /** Words printed in lower case inside sentences (not in code, headings or furniture). */
  readonly lowerWords: ReadonlySet<string>
}

/**
 * Collect word-case facts from a document: which capitalised words are
 * names (inside sentences they are capitalised, and never or only rarely
 * in lower case) and which
 * upper-case words are code (they are assigned somewhere). Prompt
 * inference uses them to lower-case a sentence-initial common noun but keep
 * a name, and to put code in backticks.
 *
 * @example
 *   profileDocument(['Flask is fast.', 'We use Flask and middleware.', 'Middleware runs.', 'DEBUG = True'])
 *   // { properNouns: Set {'Flask'}, nameCounts: Map {'Flask' => 1}, codeIdentifiers: Set {'DEBUG'}, lowerWords: Set {'use', 'and', …} }
 */
export function profileDocument(lines: readonly string[]): DocumentProfile {
  const { maxLineLength, minNameCount } = HEADLESS
  const capitalised = new Map<string, number>()
  const lower = new Map<string, number>()
  const codeIdentifiers = new Set<string>()
  const notLetter = (c: string) => !/[A-Za-z]/.test(c)
  for (const raw of lines) {
    const line = raw.slice(0, maxLineLength)
    for (const m of line.matchAll(/\b([A-Z][A-Z0-9_]+) ?=[^=]/g)) if (m[1] !== undefined) codeIdentifiers.add(m[1])
    // Code spells names in whatever case the language wants (`from flask
    // import …`); headings and tag clouds capitalise every word.
    if (isCodeLine(line) || isSubheading(line) || chromeKind(line) !== null) continue
    const words = line.trim().split(/\s+/)
    for (let i = 1; i < words.length; i++) {
      const prev = words[i - 1] ?? ''
      // A capital after a sentence end, a colon or a list dash is not evidence of a name.
      if (/[.!?:]$|^[-–—•*]$/.test(prev)) continue
      const w = stripEnds(words[i] ?? '', notLetter, notLetter)
      if (/^[A-Z][A-Za-z0-9]*$/.test(w) && /[a-z]/.test(w)) capitalised.set(w, (capitalised.get(w) ?? 0) + 1)
      else if (/^[a-z]+$/.test(w)) lower.set(w, (lower.get(w) ?? 0) + 1)
    }
  }
  // A name is now and then printed as the command it also is ("docker
  // pull"): it stays a name while capitalised use clearly dominates.
  const isName = (w: string, n: number) => {
    const l = lower.get(w.toLowerCase()) ?? 0
    return l === 0 || (n >= minNameCount && n >= 2 * l)
  }
  const nameCounts = new Map([...capitalised].filter(([w, n]) => isName(w, n)))
  return { properNouns: new Set(nameCounts.keys()), nameCounts, codeIdentifiers, lowerWords: new Set(lower.keys()) }
}

/**
 * The names a document is about: proper nouns of its title that recur in
 * its sentences (`Flask` in "Top 40 Flask Interview Questions"), or, with
 * no such title, its most frequent proper noun when that one clearly
 * dominates. Definitions scoped to the topic (`Middleware in Flask`,
 * `A Flask App`) are likely answer openings.
 *
 * @example
 *   findTopicTerms('Top 40 Flask Interview Questions', profile) // Set {'Flask'}
 */
export function findTopicTerms(title: string | undefined, profile: DocumentProfile): Set<string> {
  const minCount = HEADLESS.minTopicCount
  const counts = profile.nameCounts
  const titleWords = (title ?? '').split(/[^A-Za-z0-9+#]+/).filter((w) => (counts.get(w) ?? 0) >= minCount)
  // Title words like "Interview" recur in page furniture; the topic recurs far more.
  const most = Math.max(0, ...titleWords.map((w) => counts.get(w) ?? 0))
  const terms = new Set(titleWords.filter((w) => (counts.get(w) ?? 0) >= most * 0.2))
  if (terms.size > 0) return terms
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const [top, runnerUp] = ranked
  if (top !== undefined && top[1] >= minCount * 2 && top[1] >= 2 * (runnerUp?.[1] ?? 0)) terms.add(top[0])
  return terms
}
