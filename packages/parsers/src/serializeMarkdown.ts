import type { Question, QuestionSet } from '@quizbank/core'
import type { PhrasingContent } from 'mdast'
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { TopicNames } from './types.js'
import { stringify } from 'yaml'
import { topicLabel } from './formats/md/resolveTopic.js'
import { fencedLines } from './shared/fencedLines.js'

/** Options of {@link serializeMarkdown}. */
export interface SerializeMarkdownOptions {
  /** The set's taxonomy: topic headings are written as its labels. Default: none (headings are topic ids, which read back the same). */
  taxonomy?: TopicNames | undefined
}

const SHALLOW_HEADING = /^ {0,3}(#{1,3})(?=[ \t]|$)/
// A code span: a backtick run, then the text up to the next run of exactly as many backticks (a run of another length is text).
const CODE_SPAN = /(?<!`)(`+)(?!`)([^]*?)(?<!`)\1(?!`)/g
// parseText reads GFM, so `~` must be escaped as strikethrough would read it.
const HEADING_OPTIONS = { extensions: [gfmStrikethroughToMarkdown()] }

/**
 * Write a question set in the quizbank markdown format
 * (`docs/quizbank-format.md`), deterministically: the same set always gives
 * the same text, and `parseText` reads it back to the same prompts,
 * answers, hints, choices, topics, tags, difficulty levels and ids.
 *
 * What the format does not carry: `source.lines`, `section`, `number`,
 * `promptInferred`, `flags`, `cluster` and the `origin` of a difficulty (a
 * difficulty written to the file is, from then on, stated by the source).
 * An answer heading of level 1–3 is written one level below the question
 * (`####`) so that it cannot end the question; choice text is kept on one
 * line.
 *
 * @example
 *   serializeMarkdown(set).startsWith('---\nid: acme-flask\n') // true
 *   serializeMarkdown(set, { taxonomy }) // topic headings as labels ("## ORM & querying")
 */
export function serializeMarkdown(set: QuestionSet, options: SerializeMarkdownOptions = {}): string {
  const out: string[] = [frontMatter(set), '', heading(1, set.title), '']
  let topic: string | undefined
  for (const q of set.questions) {
    // A new topic heading whenever the topic changes keeps the questions in their order.
    if (q.topic !== topic) {
      topic = q.topic
      out.push(heading(2, topicLabel(q.topic, options.taxonomy)), '')
    }
    out.push(...question(q), '')
  }
  return `${out.join('\n').trimEnd()}\n`
}

function frontMatter(set: QuestionSet): string {
  const { title, publisher, url, retrieved, license } = set.source
  const source = { title, publisher, url, retrieved, license }
  // Keys in this order; YAML leaves out those that are undefined (url, description).
  const data = { id: set.id, title: set.title, description: set.description, subject: set.subject, language: set.language, source }
  // lineWidth 0: no folding, so each value stays on one line where it can.
  return `---\n${stringify(data, { lineWidth: 0 })}---`
}

function question(q: Question): string[] {
  const lines = [heading(3, q.prompt), `<!-- id: ${q.id} -->`]
  const fields: string[] = []
  if (q.difficulty !== undefined) fields.push(`difficulty: ${q.difficulty.level}`)
  if (q.tags.length > 0) fields.push(`tags: ${q.tags.join(', ')}`)
  if (fields.length > 0) lines.push(fields.join(' · '))
  if (q.hints !== undefined && q.hints.length > 0) {
    lines.push('')
    for (const hint of q.hints) {
      const [first = '', ...rest] = hint.trim().split('\n')
      lines.push(`> Hint: ${first.trimEnd()}`, ...rest.map((l) => (l.trim() === '' ? '>' : `> ${l.trimEnd()}`)))
    }
  }
  if (q.choices !== undefined && q.choices.length > 0) {
    lines.push('')
    for (const c of q.choices) lines.push(`- [${c.correct ? 'x' : ' '}] ${c.text.replace(/\s+/g, ' ').trim()}`)
  }
  if (q.answer !== undefined && q.answer.trim() !== '') {
    // Only blank lines and trailing space go: leading indentation is markdown (indented code).
    const answer = demoteHeadings(q.answer.replace(/^(?:[ \t]*\n)+/, '').trimEnd())
    lines.push('')
    if (needsAnswerMarker(answer)) lines.push('<!-- answer -->', '')
    lines.push(answer)
  }
  return lines
}

/**
 * Whether the answer's first line could be read as one of the blocks a
 * question starts with (comment, metadata line, hint quote, task list) or
 * would join the block before it (an indented line after a list); then an
 * `<!-- answer -->` comment marks where the answer starts.
 */
function needsAnswerMarker(answer: string): boolean {
  const first = answer.split('\n', 1)[0] ?? ''
  if (first.startsWith(' ') || first.startsWith('\t')) return true
  const c = first.charAt(0)
  if ('<>-*+'.includes(c) || (c >= '0' && c <= '9')) return true
  const colon = first.indexOf(':')
  return colon !== -1 && /^[a-z]+$/i.test(first.slice(0, colon).trim())
}

/** Headings of level 1–3 outside code fences become level 4, so they stay inside the answer. */
function demoteHeadings(answer: string): string {
  const lines = answer.split('\n')
  const fenced = fencedLines(lines)
  return lines
    .map((line, i) => {
      const h = fenced.has(i) ? null : SHALLOW_HEADING.exec(line)
      return h === null ? line : `${'#'.repeat(4)}${line.trimStart().slice(h[1]!.length)}`
    })
    .join('\n')
}

/**
 * A heading line whose text markdown reads back as `text` (plain text with
 * inline code in backticks): the code spans become `inlineCode` nodes, the
 * rest `text` nodes, and `mdast-util-to-markdown` escapes what markdown
 * (with GFM strikethrough, which `parseText` reads) would interpret. An
 * unclosed backtick run is text.
 */
function heading(depth: 1 | 2 | 3, text: string): string {
  // A heading is one line; white space inside code spans is kept (it is significant there).
  const t = text.replace(/[\r\n\t]/g, ' ').trim()
  const children: PhrasingContent[] = []
  let plain = 0
  for (const span of t.matchAll(CODE_SPAN)) {
    if (span.index > plain) children.push({ type: 'text', value: t.slice(plain, span.index) })
    children.push({ type: 'inlineCode', value: span[2]! })
    plain = span.index + span[0].length
  }
  if (plain < t.length) children.push({ type: 'text', value: t.slice(plain) })
  return toMarkdown({ type: 'heading', depth, children }, HEADING_OPTIONS).trimEnd()
}
