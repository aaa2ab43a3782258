import { isBlank } from '../../shared/textLines.js'
import { isCodeLine } from './isCodeLine.js'
import { isSingleToken, looksLikeCode, wrapCode } from './inlineCode.js'
import { parseListItem } from './numbering.js'

/** A line of text as the page meant it, rebuilt from scraped lines. */
export interface LogicalLine {
  text: string
  /** `'- '` for a bullet, `'3. '` for a numbered item, `''` for a paragraph. */
  marker: string
  /** 0-based indices, within the input array, of the first and last scraped line it came from. */
  first: number
  last: number
  /** A line of program text, kept as printed (indentation included). */
  code?: boolean
}

const LONE_MARKER = /^[-–•*]$/
const TRAILING_MARKER = /\s[-–]$/
const CONTINUES = /^[,.;:)!?\p{Ll}]/u
const SENTENCE_END = /[.!?:;]["'”’)]?$/
// A bullet glued to the end of the previous item: "… and more. - Filters: …"
const GLUED_BULLET = /(?<=[.!?)’”])\s+[-–]\s+(?=[\p{Lu}`])/u

/**
 * Rebuild the lines of a scraped text block:
 *
 * - a lone `-` line followed by text becomes one bullet;
 * - a trailing ` -` that really starts the next bullet is moved to it, and
 *   a bullet glued after a sentence (`… more. - Next: …`) is split off;
 * - lines of program text (`from flask import Flask`, `x = 1`, and the
 *   indented lines under them) are kept as printed and never joined;
 * - lines split where an inline `<code>` element was (`methods like` /
 *   `filter()` / `,exclude()`) are joined back into one line, and the code
 *   names at the joins are put in backticks where they look like code.
 *
 * Blank lines separate blocks and are never joined across.
 *
 * @example
 *   repairScrapedLines(['Use', 'filter()', ', or', 'exclude()', '.']).map((l) => l.text)
 *   // ['Use `filter()`, or `exclude()`.']
 */
export function repairScrapedLines(lines: readonly string[]): LogicalLine[] {
  const out: LogicalLine[] = []
  let pendingBullet = false
  // The joining loop below advances `i` past the lines it joins.
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? ''
    if (isBlank(raw)) {
      pendingBullet = false
      continue
    }
    const trimmed = raw.trim()
    if (LONE_MARKER.test(trimmed)) {
      pendingBullet = true
      continue
    }
    const item = parseListItem(raw)
    const previous = out[out.length - 1]
    if (item === undefined && (isCodeLine(raw) || (previous?.code === true && previous.last === i - 1 && /^\s/.test(raw)))) {
      out.push({ text: raw.trimEnd(), marker: '', first: i, last: i, code: true })
      pendingBullet = false
      continue
    }
    const first = i
    let marker = item === undefined ? (pendingBullet ? '- ' : '') : item.kind === 'bullet' ? '- ' : `${item.number}. `
    const run = [item === undefined ? trimmed : item.text]
    while (i + 1 < lines.length && joinsNext(run[run.length - 1] ?? '', lines[i + 1] ?? '', lines[i + 2])) {
      run.push((lines[i + 1] ?? '').trim())
      i++
    }
    let text = joinRun(run)
    pendingBullet = false
    if (TRAILING_MARKER.test(text)) {
      text = text.replace(TRAILING_MARKER, '')
      pendingBullet = true
    }
    const parts = marker === '' ? [text] : text.split(GLUED_BULLET)
    for (const part of parts) {
      out.push({ text: part.trim(), marker, first, last: i })
      // Items split off a bullet are bullets too.
      if (marker !== '') marker = '- '
    }
  }
  return out.filter((l) => l.text.length > 0)
}

// Labels that stand on their own line above what they introduce
// ("Example" over a command): never the first half of a split sentence.
const BLOCK_LABEL = /^(?:examples?|output|syntax|usage|result|note|command|code)$/i

function joinsNext(prev: string, next: string, after: string | undefined): boolean {
  if (isBlank(next) || SENTENCE_END.test(prev.trim()) || BLOCK_LABEL.test(prev.trim())) return false
  const text = next.trim()
  if (LONE_MARKER.test(text) || parseListItem(next) !== undefined || isCodeLine(next)) return false
  if (CONTINUES.test(text)) return true
  // A capitalised lone token between two fragments is a code name
  // ("- The" / "User" / "model, which …").
  if (!isSingleToken(text)) return false
  return looksLikeCode(text) || (after !== undefined && CONTINUES.test(after.trim()))
}

function joinRun(run: readonly string[]): string {
  // A line that a following fragment continues ended where a code element
  // did: its last token is the code name.
  const marked = run.map((line, k) => (k < run.length - 1 ? markLastToken(line, k > 0 && isSingleToken(line)) : markLeadingToken(line)))
  return marked.reduce((text, line) => (/^[,.;:)!?]/.test(line) ? text + line : `${text} ${line}`))
}

const LEAD_PUNCT = /^([,;:]?)(.*)$/

function markLastToken(line: string, lone: boolean): string {
  if (lone && /^\{[%{#]/.test(line)) return `\`${line}\``
  const space = line.lastIndexOf(' ')
  const head = line.slice(0, space + 1)
  const [, punct = '', token = ''] = LEAD_PUNCT.exec(line.slice(space + 1)) ?? []
  if (token.length === 0 || token.includes('`')) return line
  const code = looksLikeCode(token) || /^and[a-z_]{3,}$/.test(token) ? wrapCode(token) : lone && /^[\p{L}_]\w*$/u.test(token) ? `\`${token}\`` : undefined
  if (code === undefined) return line
  return `${head}${punct}${punct === '' ? '' : ' '}${code}`
}

// The last fragment of a run may itself open with a glued code name
// (",exclude()" never ends a run, but ",exclude() is faster." can).
function markLeadingToken(line: string): string {
  const m = /^([,;:])(\S+)(\s.*)?$/.exec(line)
  if (m?.[2] === undefined || !looksLikeCode(m[2])) return line
  return `${m[1] ?? ''} ${wrapCode(m[2])}${m[3] ?? ''}`
}
