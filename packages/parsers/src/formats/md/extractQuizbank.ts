import { KEBAB_ID_PATTERN } from '@quizbank/core'
import type { Heading, Root, RootContent } from 'mdast'
import { DIFFICULTIES, type Difficulty } from '@quizbank/core'
import type { Diagnostic, DocumentMeta, DraftQuestion, FormatOutput, SkippedRange, SourceDocument } from '../../types.js'
import { skippedRange } from './blockSource.js'
import { inlineToText } from './inlineToText.js'
import { makeDraft } from './makeDraft.js'
import { quizbankLeading } from './quizbankLeading.js'
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
  let i = 0
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
      diagnostics.push({ severity: 'error', code: 'front-matter-invalid', message: `${doc.name}:${line}: front matter is not valid YAML: ${fm.error ?? ''}`, lines: skippedRange(yaml, 'front-matter') })
    }
    i = 1
  }
  while (i < blocks.length) {
    const block = blocks[i]!
    const depth = block.type === 'heading' ? structuralDepth(block, doc) : 0
    if (depth === 1 && block.type === 'heading') {
      skipped.push(skippedRange(block, 'title'))
      meta.title ??= inlineToText(block.children)
      i++
    } else if (depth === 2 && block.type === 'heading') {
      skipped.push(skippedRange(block, 'heading'))
      const text = inlineToText(block.children)
      section = [text]
      topic = resolveTopic(text, doc.taxonomy)
      if (topic === undefined) warn(block, 'unknown-topic', `"${text}" is not a topic id or label of the "${doc.taxonomy?.id ?? ''}" taxonomy; questions under it get no topic`)
      i++
    } else if (depth === 3 && block.type === 'heading') {
      let end = i + 1
      while (end < blocks.length && !isStructural(blocks[end]!, doc)) end++
      questions.push(question(block, blocks.slice(i + 1, end), doc, { setId, topic, section }, skipped, warn))
      i = end
    } else {
      skipped.push(skippedRange(block, 'preamble'))
      i++
    }
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
  const answerBlocks = body.slice(lead.answerStart)
  const from = answerBlocks[0]?.position?.start.offset
  const to = answerBlocks[answerBlocks.length - 1]?.position?.end.offset
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
  const lastBlock = body[body.length - 1] ?? heading
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

/** 1–3 for an ATX heading of that depth (written with `#` signs), else 0. */
function structuralDepth(heading: Heading, doc: SourceDocument): number {
  if (heading.depth > 3) return 0
  let i = heading.position?.start.offset ?? -1
  if (i < 0) return 0
  while (doc.text.charAt(i) === ' ') i++
  return doc.text.charAt(i) === '#' ? heading.depth : 0
}

function isStructural(block: RootContent, doc: SourceDocument): boolean {
  return block.type === 'heading' && structuralDepth(block, doc) > 0
}
