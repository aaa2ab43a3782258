// What scraping visibly damaged, the one place that reads it: in a
// question's prompt (inline code gone) and in an answer block's lines
// (glued sentences, a dropped code block, list items split at code).
import type { DamageKind, Diagnostic, DraftQuestion, SourceDocument } from '../types.js'
import { isLeadIn, isListItem } from './headless/lineShapes.js'
import { repairListItems } from './headless/repairListItems.js'
import { splitSentences } from './headless/splitSentences.js'

/** One sign that scraping removed something from a text. */
export interface Damage {
  /** What was lost. Only inline code is detected so far. */
  kind: 'missing-inline-code'
  /** The words around the gap, as printed, for the diagnostic message. */
  cue: string
  /** Which rule fired, for tests and messages. */
  rule: 'preposition-before-verb' | 'article-before-gap' | 'bare-generic-noun' | 'double-space' | 'empty-quotes'
}

// Scrapers drop `<code>` elements, which leaves the sentence around them
// grammatically broken in a few recognisable ways. Each rule below only
// fires on word sequences that English does not produce on its own, so
// ordinary questions are not flagged.
const PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'by', 'with', 'into', 'onto', 'on', 'under', 'over', 'about', 'via', 'within', 'inside', 'between', 'through'])
// Finite verbs, which need a subject: "listed in are executed" lost the
// name that followed "in". Infinitives ("to do") are not included.
const FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'does', 'did', 'has', 'can', 'will', 'should', 'must', 'would', 'could'])
// After a verb, these show the verb is being named, not used ("between is
// and ==", "the is operator"), as in questions about Python keywords.
const MENTION_FOLLOWERS = new Set(['and', 'or', 'vs', 'versus', 'operator', 'operators', 'keyword', 'keywords', 'statement', 'clause'])
const ARTICLES = new Set(['the', 'an'])
// Nouns that name a piece of code and need a name or a determiner before
// them: "the use of file ?" lost the file's name.
const GENERIC_CODE_NOUNS = new Set([
  'file', 'folder', 'directory', 'command', 'function', 'method', 'class', 'module', 'package', 'setting', 'tag', 'decorator',
  'attribute', 'variable', 'keyword', 'field', 'parameter', 'argument', 'option', 'library', 'filter', 'hook', 'property', 'object',
])
const TOKEN = /[\p{L}\p{N}_'’.-]+|[?,;:!]/gu

interface Token {
  text: string
  lower: string
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    // Trailing full stops belong to the sentence, not the word.
    let raw = m[0]
    while (raw.endsWith('.')) raw = raw.slice(0, -1)
    if (raw.length > 0) tokens.push({ text: raw, lower: raw.toLowerCase() })
  }
  return tokens
}

function isPunctuation(token: Token | undefined): boolean {
  return token !== undefined && /^[?,;:!]$/.test(token.text)
}

/**
 * Find places where scraping dropped inline code from a text, by
 * grammatical cues alone:
 *
 * - a preposition directly followed by a finite verb that is used, not
 *   named ("listed in are executed", but not "between is and ==");
 * - "the"/"an" directly followed by punctuation or "of" ("the ? file");
 * - "of" followed by a bare generic code noun and then the end or
 *   punctuation ("the use of file ?");
 * - two or more spaces inside a sentence (a token vanished between them);
 * - an empty pair of quotes or backticks.
 *
 * Returns nothing for intact text; the caller keeps the text as printed and
 * only marks it.
 *
 * @example
 *   findDamage('What is the use of file ?')[0]?.rule // 'bare-generic-noun'
 *   findDamage('In what order does middlewares listed in are executed ?')[0]?.cue // 'in are'
 *   findDamage('What is Flask used for?') // []
 */
export function findDamage(text: string): Damage[] {
  const found: Damage[] = []
  const tokens = tokenize(text)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cur = tokens[i]!
    const next = tokens[i + 1]!
    const after = tokens[i + 2]
    if (PREPOSITIONS.has(cur.lower) && FINITE_VERBS.has(next.lower) && !isMention(after)) {
      found.push({ kind: 'missing-inline-code', rule: 'preposition-before-verb', cue: `${cur.text} ${next.text}` })
    } else if (ARTICLES.has(cur.lower) && (isPunctuation(next) || next.lower === 'of')) {
      found.push({ kind: 'missing-inline-code', rule: 'article-before-gap', cue: `${cur.text} ${next.text}` })
    } else if (cur.lower === 'of' && GENERIC_CODE_NOUNS.has(next.lower) && (after === undefined || isPunctuation(after))) {
      found.push({ kind: 'missing-inline-code', rule: 'bare-generic-noun', cue: `${cur.text} ${next.text}${after === undefined ? '' : ` ${after.text}`}` })
    }
  }
  const gap = doubleSpaceCue(text.trim())
  if (gap !== undefined) found.push({ kind: 'missing-inline-code', rule: 'double-space', cue: gap })
  const empty = /‘\s*’|“\s*”|``|""|''/.exec(text)
  if (empty !== null) found.push({ kind: 'missing-inline-code', rule: 'empty-quotes', cue: empty[0] })
  return found
}

function isMention(after: Token | undefined): boolean {
  return after === undefined || isPunctuation(after) || MENTION_FOLLOWERS.has(after.lower)
}

// Two or more spaces between words, not after a sentence end (some writers
// put two spaces there): returns the words around the gap.
function doubleSpaceCue(text: string): string | undefined {
  for (let at = text.indexOf('  '); at !== -1; at = text.indexOf('  ', at + 2)) {
    const before = text.charAt(at - 1)
    let end = at
    while (text.charAt(end) === ' ') end++
    if (before === '' || /[\s.!?:;]/.test(before) || end >= text.length) continue
    const start = text.lastIndexOf(' ', at - 1) + 1
    const stop = text.indexOf(' ', end)
    return text.slice(start, stop === -1 ? text.length : stop)
  }
  return undefined
}

/**
 * Check a question's prompt for scraping damage; when found, mark the
 * question (`damaged`) and add a `damaged-text` warning. The prompt is kept
 * as printed.
 *
 * @example
 *   markDamage(question, doc, diagnostics) // question.damaged === ['missing-inline-code']
 */
export function markDamage(question: DraftQuestion, doc: SourceDocument, diagnostics: Diagnostic[]): void {
  const damage = findDamage(question.prompt)
  if (damage.length === 0) return
  question.damaged = [...new Set(damage.map((d) => d.kind))]
  const line = question.lines.first
  diagnostics.push({
    severity: 'warning',
    code: 'damaged-text',
    message: `${doc.name}:${line}: prompt looks damaged by scraping (missing inline code near "${damage.map((d) => d.cue.trim()).join('", "')}"); kept as printed: ${question.prompt}`,
    lines: { first: line, last: line },
  })
}

/**
 * Name what scraping visibly damaged in an answer block's lines (the text
 * is kept as printed):
 *
 * - `glued-text`: sentences run together without a space (`…paths.Forms in …`).
 * - `missing-code-block`: a lead-in (`Example Database Configuration:`) followed
 *   by another lead-in, a sub-question or nothing: what it introduced was dropped.
 * - `broken-list`: list items split where inline code was
 *   (`- Set` / `DEBUG = False - Configure`); see `repairListItems`.
 *
 * @example
 *   findBlockDamage(['Instead of writing SQL like:', 'You write Python code:']) // ['missing-code-block']
 */
export function findBlockDamage(lines: readonly string[]): DamageKind[] {
  const damage = new Set<DamageKind>()
  const content = lines.map((l) => l.trim()).filter((l) => l !== '')
  content.forEach((line, i) => {
    if (splitSentences(line).some((s) => s.glued)) damage.add('glued-text')
    if (isLeadIn(line)) {
      const next = content[i + 1]
      if (next === undefined || (/[:?]\s*$/.test(next) && !isListItem(next))) damage.add('missing-code-block')
    }
  })
  if (repairListItems(content).repaired) damage.add('broken-list')
  return [...damage].sort()
}
