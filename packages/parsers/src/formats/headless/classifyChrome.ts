import type { SkippedRange } from '../../types.js'
import { isListItem } from './lineShapes.js'

/** What kind of site furniture a line is, or `null` for content. */
export type ChromeKind = 'counter' | 'tag-cloud' | 'copyright' | 'footer' | 'breadcrumb' | 'byline' | 'closing'

const COUNTER = /^\d[\d,.]*(?:\s*[KkMm])?\s+(?:views?|reads?|likes?|comments?|shares?|claps?|min(?:ute)?s?(?: read)?)$/i
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|all rights reserved/i
const FOOTER =
  /^(?:share(?: this(?: article| post| page)?)?(?: on \w+)?|tags?:.*|categor(?:y|ies):.*|previous(?: post| article)?|next(?: post| article)?|leave a (?:reply|comment)|subscribe.*|sign up.*|log ?in|sign in|follow us.*|back to top|read more|load more|advertisement|sponsored|(?:(?:facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|telegram|email|print)[,|]?\s?){1,6}):?$/i
// A sign-off addressed to the reader ("Thanks for reading!", "Happy coding!").
const CLOSING = /^(?:thanks?(?: you)? for (?:reading|visiting|stopping by)|happy (?:coding|learning|hacking)|good luck|all the best|hope (?:this|you)|found this (?:useful|helpful|article))\b/i
const BYLINE = /^(?:by|written by|posted by|author:?|updated:?|published:?|last updated:?)\s/i
const RELATED =
  /^(?:recent|related|latest|popular|trending|more|similar|other|recommended|further|you (?:may|might) also like|read (?:next|more|also)|see also|also read)\b/i

/**
 * Classify a line as site furniture: a view counter (`3 Views`), a tag cloud
 * (a long run of capitalised words with no punctuation), a copyright line, a
 * sign-off to the reader (`Thanks for reading!`),
 * a footer link, a breadcrumb (`Home / Blog / …`) or a byline.
 *
 * @example
 *   chromeKind('3 Views') // 'counter'
 *   chromeKind('© 2026 Example. All rights reserved.') // 'copyright'
 *   chromeKind('Flask is a framework.') // null
 */
export function chromeKind(line: string): ChromeKind | null {
  const t = line.trim()
  if (t === '') return null
  if (COUNTER.test(t)) return 'counter'
  if (COPYRIGHT.test(t) && t.length < 200) return 'copyright'
  if (t.length < 80 && FOOTER.test(t)) return 'footer'
  if (t.length < 140 && CLOSING.test(t)) return 'closing'
  if (t.length < 120 && BYLINE.test(t) && !/[.!?]$/.test(t)) return 'byline'
  if (/\S \/ \S|\S » \S|\S > \S/.test(t) && t.split(/\s+/).length <= 14 && !/[.!?]$/.test(t)) return 'breadcrumb'
  if (isTagCloud(t)) return 'tag-cloud'
  return null
}

function isTagCloud(t: string): boolean {
  const words = t.split(/\s+/)
  if (words.length < 8 || /[.!?:;,]/.test(t.replace(/\w\.\w/g, ''))) return false
  return words.filter((w) => /^[A-Z0-9]/.test(w)).length >= words.length * 0.7
}

/**
 * A short line announcing links to other articles (`Recent Interview
 * Questions`, `Related Posts`, `You may also like`).
 *
 * @example
 *   isRelatedHeading('Recent Interview Questions') // true
 */
export function isRelatedHeading(line: string): boolean {
  const t = line.trim()
  return RELATED.test(t) && t.split(/\s+/).length <= 8 && !/[.!?]$/.test(t)
}

/** Options of {@link findTrailingChrome}. */
export interface FindTrailingChromeOptions {
  /** Most lines a related-links list may have. Default: 40. */
  maxLinks?: number
}

/**
 * Find the site furniture at the end of a document: copyright and footer
 * lines, and a related-articles heading with its list of titles. Returns
 * the 0-based index where the furniture starts (`lines.length` when there
 * is none) and the skipped ranges (1-based).
 *
 * @example
 *   findTrailingChrome(['Answer text.', 'Related Posts', '- Other article', '© 2026 Site'])
 *   // { start: 1, skipped: [{ first: 2, last: 3, reason: 'related-links' }, { first: 4, last: 4, reason: 'chrome' }] }
 */
export function findTrailingChrome(
  lines: readonly string[],
  options: FindTrailingChromeOptions = {},
): { start: number; skipped: SkippedRange[] } {
  const maxLinks = options.maxLinks ?? 40
  const skipped: SkippedRange[] = []
  let start = lines.length
  for (;;) {
    let i = start - 1
    while (i >= 0 && (lines[i] ?? '').trim() === '') i--
    if (i < 0) break
    const line = lines[i] ?? ''
    const kind = chromeKind(line)
    if (kind !== null && kind !== 'tag-cloud') {
      skipped.unshift({ first: i + 1, last: i + 1, reason: 'chrome', detail: kind })
      start = i
      continue
    }
    const heading = relatedHeadingAbove(lines, i, maxLinks)
    if (heading >= 0) {
      skipped.unshift({ first: heading + 1, last: i + 1, reason: 'related-links', detail: (lines[heading] ?? '').trim() })
      start = heading
      continue
    }
    break
  }
  return { start, skipped }
}

// From a last line upwards: links (list items or title-like lines) under a related heading.
function relatedHeadingAbove(lines: readonly string[], last: number, maxLinks: number): number {
  for (let i = last; i >= 0 && i >= last - maxLinks; i--) {
    const t = (lines[i] ?? '').trim()
    if (t === '') continue
    if (isRelatedHeading(t)) return i < last ? i : -1
    const linkLike = isListItem(t) || (t.length <= 140 && !/[.!:]$/.test(t))
    if (!linkLike) return -1
  }
  return -1
}
