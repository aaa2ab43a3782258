// The page-furniture lexicon: navigation, sharing buttons, counters,
// copyright and footer lines, bylines, breadcrumbs, tag clouds and sign-offs
// that scraped pages print around their questions. Every style asks here.

/** What kind of site furniture a line is, or `null` for content. */
export type ChromeKind = 'counter' | 'tag-cloud' | 'copyright' | 'footer' | 'breadcrumb' | 'byline' | 'closing'

const COUNTER = /^\d[\d,.]*(?:\s*[KkMm])?\s+(?:views?|reads?|likes?|comments?|shares?|claps?|min(?:ute)?s?(?: read)?)$/i
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|all rights reserved/i
const FOOTER =
  /^(?:share(?: this(?: article| post| page)?)?(?: on \w+)?|tags?:.*|categor(?:y|ies):.*|previous(?: post| article)?|next(?: post| article)?|leave a (?:reply|comment)|subscribe.*|sign up.*|log ?in|sign in|follow us.*|back to top|read more|load more|advertisement|sponsored|(?:(?:facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|telegram|email|print)[,|]?\s?){1,6}):?$/i
// A sign-off addressed to the reader ("Thanks for reading!", "Happy coding!").
const CLOSING = /^(?:thanks?(?: you)? for (?:reading|visiting|stopping by)|happy (?:coding|learning|hacking)|good luck|all the best|hope (?:this|you)|found this (?:useful|helpful|article))\b/i
const BYLINE = /^(?:by|written by|posted by|author:?|updated:?|published:?|last updated:?)\s/i

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

// What a plain-text page adds to chromeKind's counters, copyright and
// footer links: buttons and links at the start of a line, bylines with a
// capitalised name, reading times.
const CHROME = [
  /^(?:share|tweet|pin it|subscribe|sign up|sign in|log ?in|log ?out|register|menu|home|search|skip to content|back to top|print|email|cookie)\b/i,
  /^(?:posted|published|updated|written)\s+(?:on|by)\b/i,
  // A byline: "By Jane Doe | Updated March 2024 | 8 min read", "By Jane Doe".
  /^by \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?: ?[|·•,–—] .*)?$/u,
  /\b\d{1,3} min(?:ute)?s? read\b/i,
]
// How a page signs off after its last question.
const CLOSING_OPENERS = /^(?:in conclusion|to conclude|to sum up|in summary|to summari[sz]e|overall|all in all|good luck|best of luck|all the best|happy (?:coding|learning)|we hope|i hope|hope this|thanks? (?:you )?for reading|that's all|that’s all|still have questions|(?:have|got) (?:any )?(?:more |other |further )?questions|feel free to|contact us)\b/i
const CLOSING_BY_THESE = /^by \w+ing\b.{0,120}\bthese\b/i

/**
 * Whether a line is site furniture rather than content, by the stricter
 * reading the plain-text styles use inside answers: counters, copyright
 * and footer lines (see `chromeKind`), buttons, bylines and reading
 * times. A line opening with "By …" or a short sign-off can be answer text
 * there ("By string literal"), so chromeKind's looser kinds do not count.
 *
 * @example
 *   isChromeLine('Share on Twitter') // true
 *   isChromeLine('3 Views') // true
 */
export function isChromeLine(line: string): boolean {
  const text = line.trim()
  const kind = chromeKind(text)
  return kind === 'counter' || kind === 'copyright' || kind === 'footer' || CHROME.some((re) => re.test(text))
}

/**
 * Whether a paragraph is a sign-off of the whole page ("By mastering these
 * …", "In conclusion …", "Best of luck …") rather than part of an answer.
 *
 * @example
 *   isClosingRemark('By familiarizing yourself with these questions you will do well.') // true
 *   isClosingRemark('By default, Flask uses SQLite.') // false
 */
export function isClosingRemark(line: string): boolean {
  const text = line.trim()
  return CLOSING_OPENERS.test(text) || CLOSING_BY_THESE.test(text)
}

// A line that marks an advertisement or a cross-link dropped into a page
// ("ADVERTISEMENT", "Sponsored", "Also read: …", "See also: …").
const AD_MARKER =
  /^(?:advertisements?|ads?|sponsored(?: content| links?| post)?|promoted|promotion|(?:also read|read also|see also|recommended(?: reading| for you)?|related(?: posts?| articles?| reading)?|you (?:may|might) also like|must read|don'?t miss)\b.*)$/i

/**
 * Whether a line marks an advertisement or a cross-link placed between
 * list items ("ADVERTISEMENT", "Sponsored", "Also read: 50 Pandas
 * Questions").
 *
 * @example
 *   isAdMarker('ADVERTISEMENT') // true
 *   isAdMarker('Also read: Top 50 Pandas Interview Questions') // true
 *   isAdMarker('Advanced Topics') // false
 */
export function isAdMarker(line: string): boolean {
  const text = line.trim()
  return text.length <= 120 && AD_MARKER.test(text)
}

// A heading over a list of links to other articles.
const RELATED =
  /^(?:recent|related|latest|popular|trending|more|similar|other|recommended|further|you (?:may|might) also like|read (?:next|more|also)|see also|also read)\b/i

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
