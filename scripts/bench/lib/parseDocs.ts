// Large synthetic documents for the parse bench, one per document style,
// grown from the corpus's seed documents: the seed's question-bearing body is
// repeated with variations (so no two copies are identical), under the
// seed's own header written once. Where a seed's body starts and ends is
// taken from parseText's own result on the seed, so the generator follows the
// parser rather than the seed's wording.
import { readFileSync } from 'node:fs'
import { parseText, type FormatName } from '@quizbank/parsers'

const SOURCES = new URL('../../../packages/corpus/sources/', import.meta.url)

/** UTF-8 size of `text`. */
export const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length

/** A seed document's text. */
export function seedText(set: string): string {
  return readFileSync(new URL(`${set}/source.txt`, SOURCES), 'utf8')
}

// Appended to prompts or list items, so repeated copies differ.
const TAILS = ['', ' in a large project', ' for a beginner', ' under load', ' with an example', ' in production']

/** One bench document style: its generator and the format parseText is forced to. */
export interface DocStyle {
  /** Row label. */
  label: string
  /** The format name passed to parseText (and expected from detection). */
  format: FormatName
  /** A document of at least `targetBytes` bytes (cut it with {@link prefix}). */
  build(targetBytes: number): string
}

/** Sectioned markdown: the seed's `##` sections, headings numbered by copy, prompts with varying tails. */
export function markdownDocument(targetBytes: number): string {
  const seed = seedText('consolidated-sectioned')
  const body = seed.slice(seed.indexOf('\n## '))
  const parts: string[] = ['# Benchmark question bank\n']
  let size = 0
  for (let copy = 1; size < targetBytes; copy++) {
    const part = body.replace(/^(#{2,3} .*)$/gm, `$1 (set ${copy})`).replace(/^(?:\d{1,3}\.|[-*]) .*$/gm, (line) => withTail(line, copy))
    parts.push(part)
    size += utf8Bytes(part)
  }
  return parts.join('\n')
}

/**
 * Plain-text `N. Question?` + `Answer:` paragraphs: the seed's questions
 * (intro pair included) repeated, numbering continued across copies,
 * prompts with varying tails.
 */
export function questionAnswerDocument(targetBytes: number): string {
  const { header, body } = split('top-30-guide', 'question-answer')
  const parts: string[] = [header]
  let size = utf8Bytes(header)
  let offset = 0
  for (let copy = 1; size < targetBytes; copy++) {
    let highest = 0
    const part = body.replace(/^(\d{1,3})\. (.*)$/gm, (_, n: string, rest: string) => {
      highest = Math.max(highest, Number(n))
      return withTail(`${Number(n) + offset}. ${rest}`, copy)
    })
    offset += highest
    parts.push(part)
    size += utf8Bytes(part) + 2
  }
  return parts.join('\n\n')
}

/**
 * Answers without question headings: the seed's answer blocks repeated, list
 * items with varying tails. The count the title declares is dropped, since a
 * repeated body no longer has that many blocks (with a declared count the
 * parser keeps only the best N).
 */
export function headlessDocument(targetBytes: number): string {
  const { header, body } = split('notes-lover-top-25', 'headless-answers')
  const parts: string[] = [header.replace(/^(.*questions.*)$/gim, (title) => title.replace(/\b\d{1,3}\b\s*/g, ''))]
  let size = utf8Bytes(parts[0] as string)
  for (let copy = 1; size < targetBytes; copy++) {
    const part = body.replace(/^- .*$/gm, (line) => withTail(line, copy))
    parts.push(part)
    size += utf8Bytes(part) + 1
  }
  return parts.join('\n')
}

/** The three styles of the linearity table. */
export const DOC_STYLES: readonly DocStyle[] = [
  { label: 'sectioned markdown', format: 'markdown', build: markdownDocument },
  { label: 'plain-text question-answer', format: 'question-answer', build: questionAnswerDocument },
  { label: 'headless answers', format: 'headless-answers', build: headlessDocument },
]

/**
 * The longest prefix of `text` that fits in `maxBytes` and ends at a blank
 * line, or at a line end when the text has no blank line near the cut.
 */
export function prefix(text: string, maxBytes: number): string {
  let cut = Math.min(text.length, maxBytes)
  while (cut > 0 && utf8Bytes(text.slice(0, cut)) > maxBytes) cut = Math.floor(cut * 0.99)
  if (cut >= text.length) return text
  const blank = text.lastIndexOf('\n\n', cut)
  if (blank > cut * 0.9) return text.slice(0, blank + 1)
  const line = text.lastIndexOf('\n', cut - 1)
  return text.slice(0, line > 0 ? line + 1 : cut)
}

/** A seed split into its header (before the first question) and body (first question to the last one's last line). */
function split(set: string, format: FormatName): { header: string; body: string } {
  const text = seedText(set)
  const lines = text.split('\n')
  const { questions } = parseText(text, { format })
  const first = questions[0]?.lines.first ?? 1
  const last = questions.at(-1)?.lines.last ?? lines.length
  return { header: lines.slice(0, first - 1).join('\n').trimEnd(), body: lines.slice(first - 1, last).join('\n').trim() }
}

function withTail(line: string, copy: number): string {
  // The copy number keeps every prompt unique: parseText merges questions asked again word for word.
  const tail = `${TAILS[(copy + line.length) % TAILS.length] as string}${copy > 1 ? ` (copy ${copy})` : ''}`
  // Before the final "?" or ".", inside any closing bold (`**What is X?**`).
  const trimmed = line.trimEnd()
  let end = trimmed.length
  while (end > 0 && trimmed.charAt(end - 1) === '*') end--
  const mark = trimmed.charAt(end - 1)
  return mark === '?' || mark === '.' ? `${trimmed.slice(0, end - 1)}${tail}${trimmed.slice(end - 1)}` : `${line}${tail}`
}
