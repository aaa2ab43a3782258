import { QUESTION_ID_PATTERN } from '@quizbank/core'
import type { ImportDiagnostic, ImportedQuestion, ImportResult } from '../types.js'
import { giftText, scanGift, type GiftChar } from './escapeGift.js'

const FORMAT = /^\[(?:html|markdown|plain|moodle)\]/

/**
 * Read Moodle GIFT back into questions: essays (`{}`), multiple choice
 * (`=`/`~`, with `%n%` weights: a positive weight is a correct choice),
 * true/false (`{T}`, `{F}`; read as the choices "True" and "False"), short
 * answer (read as an open question whose answer is the first accepted
 * answer). Categories give the topic (their last path segment), `// [id:…]`
 * and `[tag:…]` comments the id and tags (without an `[id:]`, a title that
 * is a quizbank id). Numerical and matching questions, which quizbank
 * cannot hold, are reported as errors; choice feedback, which it does not
 * keep, as a warning.
 *
 * @example
 *   fromGift('::q1::2+2?{=4 ~5}').questions[0]?.choices // [{ text: '4', correct: true }, { text: '5', correct: false }]
 */
export function fromGift(text: string): ImportResult {
  const questions: ImportedQuestion[] = []
  const diagnostics: ImportDiagnostic[] = []
  let topic: string | undefined
  for (const block of blocksOf(text)) {
    const meta = commentsOf(block.comments)
    const body = block.text
    if (body.startsWith('$CATEGORY:')) {
      const path = body.slice('$CATEGORY:'.length).trim()
      topic = path.split('/').filter((s) => s !== '').at(-1)
      continue
    }
    const read = readQuestion(scanGift(body), block.first, diagnostics)
    if (read === undefined) continue
    const { title, ...fields } = read
    const q: ImportedQuestion = { ...fields, lines: { first: block.first, last: block.last }, promptInferred: false }
    const id = meta.id ?? (title !== undefined && QUESTION_ID_PATTERN.test(title) ? title : undefined)
    if (id !== undefined) q.id = id
    if (topic !== undefined) q.topic = topic
    if (meta.tags.length > 0) q.tags = meta.tags
    questions.push(q)
  }
  return { questions, diagnostics }
}

interface Block {
  readonly text: string
  readonly comments: string[]
  readonly first: number
  readonly last: number
}

/** Questions are separated by blank lines; `//` lines are comments. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = []
  let lines: string[] = []
  let comments: string[] = []
  let first = 0
  const flush = (last: number) => {
    if (lines.length > 0) blocks.push({ text: lines.join('\n').trim(), comments, first, last })
    lines = []
    comments = []
  }
  const all = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)
  all.forEach((line, i) => {
    if (line.trim() === '') return flush(i)
    if (lines.length === 0 && comments.length === 0) first = i + 1
    if (/^\s*\/\//.test(line)) comments.push(line.trim().slice(2))
    else lines.push(line)
  })
  flush(all.length)
  return blocks
}

/** Moodle's `[id:…]` and `[tag:…]` comment annotations. */
function commentsOf(comments: readonly string[]): { id?: string; tags: string[] } {
  const tags: string[] = []
  let id: string | undefined
  for (const c of comments) {
    id = annotations(c, 'id').at(-1) ?? id
    tags.push(...annotations(c, 'tag'))
  }
  return id === undefined ? { tags } : { id, tags }
}

/** The values of `[key:value]` annotations in a comment (no control characters, no `]` inside), scanned with indexOf. */
function annotations(comment: string, key: string): string[] {
  const values: string[] = []
  const open = `[${key}:`
  // Each search starts after the previous "]", as Moodle's lazy regex does: linear in the comment's length.
  for (let at = comment.indexOf(open), end = 0; at !== -1; at = comment.indexOf(open, end + 1)) {
    end = comment.indexOf(']', at + open.length)
    if (end === -1) break
    const value = comment.slice(at + open.length, end)
    // Moodle's rule: an annotation holds no control characters.
    if (value.trim() !== '' && !/[\x00-\x1F\x7F]/.test(value)) values.push(value.trim())
  }
  return values
}

type Read = Omit<ImportedQuestion, 'lines' | 'promptInferred'> & { title?: string }

function readQuestion(chars: GiftChar[], line: number, diagnostics: ImportDiagnostic[]): Read | undefined {
  let at = 0
  let title: string | undefined
  if (isRaw(chars, 0, ':') && isRaw(chars, 1, ':')) {
    const end = findRaw(chars, 2, (i) => isRaw(chars, i, ':') && isRaw(chars, i + 1, ':'))
    if (end === -1) return fail(diagnostics, line, 'a question title "::" is never closed (expected "::title::").')
    title = giftText(chars.slice(2, end))
    at = end + 2
  }
  const open = findRaw(chars, at, (i) => isRaw(chars, i, '{'))
  if (open === -1) {
    diagnostics.push({ severity: 'warning', line, message: 'a description (text without an answer block "{…}") is not a question; skipped.' })
    return undefined
  }
  const close = findRaw(chars, open + 1, (i) => isRaw(chars, i, '}'))
  if (close === -1) return fail(diagnostics, line, 'an answer block "{" is never closed (expected "}").')
  const before = stripFormat(giftText(chars.slice(at, open)))
  const after = stripFormat(giftText(chars.slice(close + 1)))
  if (after !== '') diagnostics.push({ severity: 'warning', line, message: 'a "missing word" question: the blank is written as "_____" in the prompt.' })
  const prompt = after === '' ? before : `${before} _____ ${after}`.trim()
  if (prompt === '') return fail(diagnostics, line, 'a question without a prompt (expected text before "{").')
  const inner = chars.slice(open + 1, close)
  const general = findRaw(inner, 0, (i) => ['#', '#', '#', '#'].every((_, k) => isRaw(inner, i + k, '#')))
  const answerChars = general === -1 ? inner : inner.slice(0, general)
  const answer = general === -1 ? '' : stripFormat(giftText(inner.slice(general + 4)))
  const base: Read = { prompt, ...(answer === '' ? {} : { answer }), ...(title === undefined ? {} : { title }) }
  const body = giftText(answerChars)
  if (body === '') return base
  if (/^(?:T|F|TRUE|FALSE)(?:\s*#|$)/.test(body)) {
    if (body.includes('#')) diagnostics.push({ severity: 'warning', line, message: 'true/false feedback is not kept (quizbank questions have no per-choice feedback).' })
    const isTrue = body.startsWith('T')
    return { ...base, choices: [{ text: 'True', correct: isTrue }, { text: 'False', correct: !isTrue }] }
  }
  if (body.startsWith('#')) return fail(diagnostics, line, 'a numerical question ("{#…}") cannot be held by quizbank; skipped.')
  const choices = readChoices(answerChars, line, diagnostics)
  if (choices === undefined) return undefined
  if (answerChars.every((c) => c.escaped || c.ch !== '~')) {
    // Short answer: only "=" answers, each accepted; the first is the model answer.
    if (choices.length > 1) diagnostics.push({ severity: 'warning', line, message: `a short-answer question accepts ${choices.length} answers; the first ("${choices[0]?.text.slice(0, 40)}") is kept as its answer.` })
    return { ...base, answer: [choices[0]?.text ?? '', answer].filter((s) => s !== '').join('\n\n') }
  }
  if (choices.length < 2) return fail(diagnostics, line, 'a multiple-choice question needs at least two choices.')
  return { ...base, choices }
}

function readChoices(chars: GiftChar[], line: number, diagnostics: ImportDiagnostic[]): { text: string; correct: boolean }[] | undefined {
  const starts: number[] = []
  chars.forEach((c, i) => {
    if (!c.escaped && (c.ch === '=' || c.ch === '~')) starts.push(i)
  })
  if (starts.length === 0 || giftText(chars.slice(0, starts[0])) !== '') return fail(diagnostics, line, 'answers must start with "=" (right) or "~" (wrong).')
  const choices: { text: string; correct: boolean }[] = []
  let feedback = false
  for (const [k, start] of starts.entries()) {
    let part = chars.slice(start + 1, starts[k + 1] ?? chars.length)
    const feedbackAt = part.findIndex((c) => !c.escaped && c.ch === '#')
    if (feedbackAt !== -1) {
      feedback = true
      part = part.slice(0, feedbackAt)
    }
    let text = giftText(part)
    if (/->/.test(text) && !part.some((c) => c.escaped && c.ch === '>')) return fail(diagnostics, line, 'a matching question ("=a -> b") cannot be held by quizbank; skipped.')
    let weight: number | undefined
    const w = /^%(-?\d+(?:\.\d+)?)%/.exec(text)
    if (w?.[1] !== undefined) {
      weight = Number(w[1])
      text = text.slice(w[0].length).trim()
    }
    text = stripFormat(text)
    if (text === '') return fail(diagnostics, line, 'an empty answer after "=" or "~".')
    choices.push({ text, correct: chars[start]?.ch === '=' ? (weight ?? 100) > 0 : (weight ?? 0) > 0 })
  }
  if (feedback) diagnostics.push({ severity: 'warning', line, message: 'choice feedback ("#…") is not kept (quizbank questions have no per-choice feedback).' })
  return choices
}

function stripFormat(text: string): string {
  return text.replace(FORMAT, '').trim()
}

function isRaw(chars: readonly GiftChar[], i: number, ch: string): boolean {
  const c = chars[i]
  return c !== undefined && !c.escaped && c.ch === ch
}

function findRaw(chars: readonly GiftChar[], from: number, test: (i: number) => boolean): number {
  for (let i = from; i < chars.length; i++) if (test(i)) return i
  return -1
}

function fail(diagnostics: ImportDiagnostic[], line: number, message: string): undefined {
  diagnostics.push({ severity: 'error', line, message: `line ${line}: ${message}` })
  return undefined
}
