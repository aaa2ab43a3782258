import { DIFFICULTIES, KEBAB_ID_PATTERN, type Difficulty } from '@quizbank/core'
import type { Heading, Root, RootContent } from 'mdast'
import type { Diagnostic, DocumentMeta, DraftQuestion, FormatOutput, SkippedRange, SourceDocument } from '../../types.js'
import { nodeSource, skippedRange } from './blockSource.js'
import { inlineToText } from './inlineToText.js'
import { makeDraft } from './makeDraft.js'
import { TASK_ITEM } from './needsGfm.js'
import { readFrontMatter } from './readFrontMatter.js'
import { resolveTopic } from './resolveTopic.js'

const REQUIRED_KEYS = ['id', 'title', 'subject', 'language', 'source'] as const

/**
 * Read a quizbank-format document (see `docs/quizbank-format.md`): YAML
 * front matter → `meta.frontMatter`; `#` → title; `##` → topic; `###` →
 * one question, its leading blocks (id, metadata line, hints, choices) and
 * then its answer up to the next `#`/`##`/`###` heading. Only ATX headings
 * (`#` signs) structure the document: setext headings and `####` or deeper
 * belong to answers. Problems (unknown topic, bad difficulty, missing set
 * keys) are warnings; the question is kept.
 *
 * @example
 *   extractQuizbank(parseMarkdownChunks(doc.text), doc).meta?.frontMatter?.['id'] // 'acme-flask'
 */
export function extractQuizbank(root: Root, doc: SourceDocument): FormatOutput {
  const blocks = root.children
  const questions: DraftQuestion[] = []
  const skipped: SkippedRange[] = []
  const diagnostics: Diagnostic[] = []
  const meta: DocumentMeta = {}
  let setId: string | undefined
  let topic: string | undefined
  let section: string[] = []
  const warn = (node: RootContent, code: string, message: string) => {
    const line = node.position?.start.line ?? 0
    diagnostics.push({ severity: 'warning', code, message: `${doc.name}:${line}: ${message}`, lines: { first: line, last: line } })
  }
  if (blocks[0]?.type === 'yaml') {
    const yaml = blocks[0]
    skipped.push(skippedRange(yaml, 'front-matter'))
    const fm = readFrontMatter(yaml.value)
    if (fm.data !== undefined) {
      meta.frontMatter = fm.data
      if (typeof fm.data['title'] === 'string') meta.title = fm.data['title']
      if (typeof fm.data['id'] === 'string') setId = fm.data['id']
      const missing = REQUIRED_KEYS.filter((k) => fm.data?.[k] === undefined)
      if (missing.length > 0) warn(yaml, 'front-matter-incomplete', `front matter lacks ${missing.join(', ')}`)
    } else {
      const line = yaml.position?.start.line ?? 1
      diagnostics.push({ severity: 'error', code: 'front-matter-invalid', message: `${doc.name}:${line}: front matter is not valid YAML: ${fm.error ?? ''}`, lines: { first: line, last: yaml.position?.end.line ?? line } })
    }
  }
  for (let i = blocks[0]?.type === 'yaml' ? 1 : 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const depth = structuralDepth(block, doc)
    if (depth === 1 && block.type === 'heading') {
      skipped.push(skippedRange(block, 'title'))
      meta.title ??= inlineToText(block.children)
    } else if (depth === 2 && block.type === 'heading') {
      skipped.push(skippedRange(block, 'heading'))
      const text = inlineToText(block.children)
      section = [text]
      topic = resolveTopic(text, doc.taxonomy)
      if (topic === undefined) warn(block, 'unknown-topic', `"${text}" is not a topic id or label of the "${doc.taxonomy?.id ?? ''}" taxonomy; questions under it get no topic`)
    } else if (depth === 3 && block.type === 'heading') {
      let end = i + 1
      while (end < blocks.length && structuralDepth(blocks[end]!, doc) === 0) end++
      questions.push(question(block, blocks.slice(i + 1, end), doc, { setId, topic, section }, skipped, warn))
      i = end - 1
    } else skipped.push(skippedRange(block, 'preamble'))
  }
  return { questions, skipped, diagnostics, meta }
}

function question(
  heading: Heading,
  blocks: RootContent[],
  doc: SourceDocument,
  context: { setId: string | undefined; topic: string | undefined; section: string[] },
  skipped: SkippedRange[],
  warn: (node: RootContent, code: string, message: string) => void,
): DraftQuestion {
  let end = blocks.length
  while (end > 0 && blocks[end - 1]!.type === 'thematicBreak') end--
  for (const b of blocks.slice(end)) skipped.push(skippedRange(b, 'separator'))
  const body = blocks.slice(0, end)
  const lead = quizbankLeading(body, doc)
  const lastBlock = body[body.length - 1] ?? heading
  // The answer runs from its first block to the last block of the body (none when the leading blocks take it all).
  const from = body[lead.answerStart]?.position?.start.offset
  const to = lastBlock.position?.end.offset
  const fields = lead.fields ?? {}
  let topic = context.topic
  if (fields['topic'] !== undefined) {
    const override = resolveTopic(fields['topic'], doc.taxonomy)
    if (override === undefined) warn(heading, 'unknown-topic', `topic "${fields['topic']}" is not a topic id or label of the "${doc.taxonomy?.id ?? ''}" taxonomy; the heading's topic applies`)
    topic = override ?? context.topic
  }
  let difficulty: Difficulty | undefined
  if (fields['difficulty'] !== undefined) {
    const level = fields['difficulty'].toLowerCase()
    difficulty = (DIFFICULTIES as readonly string[]).includes(level) ? (level as Difficulty) : undefined
    if (difficulty === undefined) warn(heading, 'invalid-difficulty', `difficulty "${fields['difficulty']}" is not one of ${DIFFICULTIES.join(', ')}`)
  }
  const tags = fields['tags'] === undefined ? [] : fields['tags'].split(',').map((t) => t.trim()).filter((t) => t !== '')
  for (const tag of tags) if (!KEBAB_ID_PATTERN.test(tag)) warn(heading, 'invalid-tag', `tag "${tag}" is not kebab-case`)
  if (lead.choices !== undefined && (lead.choices.length < 2 || !lead.choices.some((c) => c.correct))) {
    warn(heading, 'invalid-choices', 'a multiple-choice question needs at least two options and at least one marked [x]')
  }
  let id = lead.id
  if (id !== undefined && !id.includes('/') && context.setId !== undefined) id = `${context.setId}/${id}`
  if (id !== undefined && context.setId !== undefined && !id.startsWith(`${context.setId}/`)) warn(heading, 'id-set-mismatch', `id "${id}" does not start with the set id "${context.setId}/"`)
  return makeDraft({
    prompt: inlineToText(heading.children),
    answer: from === undefined || to === undefined ? undefined : doc.text.slice(lineStart(doc.text, from), to).trimEnd(),
    hints: lead.hints,
    choices: lead.choices,
    section: context.section,
    lines: { first: heading.position?.start.line ?? 0, last: lastBlock.position?.end.line ?? 0 },
    id,
    topic,
    tags,
    difficulty,
  })
}

/** Where the line of `offset` starts, when only white space comes before it on the line (indented code keeps its indentation). */
function lineStart(text: string, offset: number): number {
  let i = offset
  while (i > 0 && (text.charAt(i - 1) === ' ' || text.charAt(i - 1) === '\t')) i--
  return i === 0 || text.charAt(i - 1) === '\n' ? i : offset
}

/** 1–3 for an ATX heading of that depth (written with `#` signs), else 0 (any other block too). */
function structuralDepth(block: RootContent, doc: SourceDocument): number {
  if (block.type !== 'heading' || block.depth > 3) return 0
  return /^ *#/.test(nodeSource(block, doc)) ? block.depth : 0
}

/** What a quizbank question states before its answer. */
interface QuizbankLeading {
  id?: string
  /** Key/value pairs of the metadata line, keys lower-case (`difficulty`, `tags`, `topic`). */
  fields?: Record<string, string>
  hints: string[]
  choices?: { text: string; correct: boolean }[]
  /** Index of the first answer block. */
  answerStart: number
}

const META_KEYS = new Set(['difficulty', 'tags', 'topic'])
const HINT_LABEL = /^hint[ \t]*:/i
// One whole HTML comment: `<!--`, text without `-->`, `-->`.
const COMMENT = /^<!--((?:(?!-->)[^])*)-->$/

/**
 * Read the blocks a quizbank question starts with, in any order, each at
 * most once (hints may repeat): an `<!-- id: … -->` comment, a metadata
 * line (`difficulty: beginner · tags: orm, queries`), `> Hint: …` block
 * quotes, and a task list of choices. An `<!-- answer -->` comment ends
 * them explicitly; otherwise the first other block starts the answer.
 * Hints and choices are kept as written (inline markdown included).
 *
 * @example
 *   quizbankLeading(body, doc) // { id: 'acme/what-is-a-model', fields: { difficulty: 'beginner' }, hints: [], answerStart: 2 }
 */
function quizbankLeading(body: readonly RootContent[], doc: SourceDocument): QuizbankLeading {
  const out: QuizbankLeading = { hints: [], answerStart: body.length }
  for (let k = 0; k < body.length; k++) {
    const block = body[k]!
    if (block.type === 'html') {
      const comment = commentText(block.value)
      if (comment === 'answer') {
        out.answerStart = k + 1
        return out
      }
      if (out.id === undefined && comment !== null && comment.toLowerCase().startsWith('id:')) {
        out.id = comment.slice(3).trim()
        continue
      }
    } else if (block.type === 'paragraph' && out.fields === undefined) {
      const fields = metadataLine(nodeSource(block, doc))
      if (fields !== null) {
        out.fields = fields
        continue
      }
    } else if (block.type === 'blockquote') {
      const hints = quoteHints(block, doc)
      if (hints !== null) {
        out.hints.push(...hints)
        continue
      }
    } else if (block.type === 'list' && out.choices === undefined && block.children.length > 0 && block.children.every((i) => typeof i.checked === 'boolean')) {
      out.choices = block.children.map((item) => ({ text: choiceText(item, doc), correct: item.checked === true })).filter((c) => c.text !== '')
      continue
    }
    out.answerStart = k
    return out
  }
  return out
}

/**
 * The pairs of a metadata line, or null if the text is not one: a single
 * line of `key: value` parts separated by `·`, `|` or `;`, every key one of
 * `difficulty`, `tags`, `topic`.
 *
 * @example
 *   metadataLine('difficulty: advanced · tags: orm, n-plus-one') // { difficulty: 'advanced', tags: 'orm, n-plus-one' }
 */
function metadataLine(text: string): Record<string, string> | null {
  if (text.includes('\n')) return null
  const fields: Record<string, string> = {}
  for (const part of text.split(/[·|;]/)) {
    const p = part.trim()
    if (p === '') continue
    const colon = p.indexOf(':')
    if (colon === -1) return null
    const key = p.slice(0, colon).trim().toLowerCase()
    if (!META_KEYS.has(key) || key in fields) return null
    fields[key] = p.slice(colon + 1).trim()
  }
  return Object.keys(fields).length > 0 ? fields : null
}

/** The inside of an HTML comment block (`<!-- x -->` → `x`), or null. */
function commentText(html: string): string | null {
  return COMMENT.exec(html.trim())?.[1]?.trim() ?? null
}

/** Hints of a `> Hint: …` block quote (lines without the label continue the previous hint), or null. */
function quoteHints(quote: RootContent, doc: SourceDocument): string[] | null {
  // Each line without its `>` marker and the one space after it.
  const lines = spannedLines(quote, doc).map((line) => line.trimStart().replace(/^> ?/, ''))
  if (!HINT_LABEL.test(lines[0] ?? '')) return null
  const hints: string[] = []
  for (const line of lines) {
    if (HINT_LABEL.test(line)) hints.push(line.slice(line.indexOf(':') + 1).trim())
    else hints[hints.length - 1] = `${hints[hints.length - 1] ?? ''}\n${line.trimEnd()}`
  }
  return hints.map((h) => h.trim()).filter((h) => h !== '')
}

/** A choice as written: the item's first line after the checkbox, then any continuation joined by spaces. */
function choiceText(item: RootContent, doc: SourceDocument): string {
  return spannedLines(item, doc)
    .map((line, k) => (k === 0 ? line.replace(TASK_ITEM, '') : line).trim())
    .filter((p) => p !== '')
    .join(' ')
}

/** The input lines a node spans, as printed. */
function spannedLines(node: RootContent, doc: SourceDocument): string[] {
  return doc.lines.slice((node.position?.start.line ?? 1) - 1, node.position?.end.line ?? 0)
}
