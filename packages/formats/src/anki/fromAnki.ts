import { readDelimited } from '../shared/delimited.js'
import type { ImportDiagnostic, ImportedQuestion, ImportResult } from '../types.js'
import { fromAnkiHtml } from './ankiHtml.js'
import { CHOICE_LETTERS } from './ankiCard.js'

// The named separators of Anki's `#separator:` header.
const SEPARATORS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' }

// The headers that name a column (1-based), and where they are kept.
const COLUMN_HEADERS = { 'notetype column': 'notetypeColumn', 'deck column': 'deckColumn', 'tags column': 'tagsColumn', 'guid column': 'guidColumn' } as const

/** The file headers of Anki's manual ("Importing text files", file headers), as read. */
export interface AnkiHeaders {
  separator?: string
  html?: boolean
  tags?: string[]
  columns?: string[]
  notetype?: string
  deck?: string
  notetypeColumn?: number
  deckColumn?: number
  tagsColumn?: number
  guidColumn?: number
}

/**
 * Read an Anki text import file: every file header of Anki's manual
 * (`#separator`, `#html`, `#tags`, `#columns`, `#notetype`, `#deck`,
 * `#notetype column`, `#deck column`, `#tags column`, `#guid column`), then
 * the notes. The GUID column gives the id, the deck's last `::` part the
 * topic, the tags column and `#tags` the tags; the first remaining field is
 * the prompt and the second the answer (a lettered choice list and a
 * "Correct:" line, as `toAnki` writes them, become choices). Without a
 * `#separator` header a tab is assumed; a note without a prompt or a field
 * beyond Back is reported.
 *
 * @example
 *   fromAnki('#separator:tab\nWhat is 2+2?\t4\n').questions[0] // { prompt: 'What is 2+2?', answer: '4', … }
 */
export function fromAnki(text: string): ImportResult {
  const diagnostics: ImportDiagnostic[] = []
  const lines = text.replace(/^\uFEFF/, '').split('\n')
  const headers: AnkiHeaders = {}
  let body = 0
  while (body < lines.length && (lines[body] ?? '').startsWith('#')) {
    readHeader((lines[body] ?? '').replace(/\r$/, ''), body + 1, headers, diagnostics)
    body += 1
  }
  const separator = headers.separator ?? '\t'
  const read = readDelimited(lines.slice(body).join('\n'), separator, body + 1)
  for (const e of read.errors) diagnostics.push({ severity: 'error', line: e.line, message: `line ${e.line}: ${e.message}` })
  const special = new Set([headers.guidColumn, headers.deckColumn, headers.tagsColumn, headers.notetypeColumn].filter((c): c is number => c !== undefined))
  const questions: ImportedQuestion[] = []
  let extraWarned = false
  read.rows.forEach((row, r) => {
    const line = read.lines[r] ?? body + 1
    const html = headers.html !== false
    const decode = (f: string) => (html ? fromAnkiHtml(f) : f)
    const fields = row.flatMap((f, i) => (special.has(i + 1) ? [] : [f]))
    const column = (n: number | undefined) => (n === undefined ? undefined : row[n - 1])
    if (fields.slice(2).some((f) => f.trim() !== '') && !extraWarned) {
      extraWarned = true
      diagnostics.push({ severity: 'warning', line, message: `line ${line}: fields after Front and Back are not kept (quizbank reads a prompt and an answer).` })
    }
    const split = splitChoices(fields[0] ?? '', html)
    const prompt = decode(split.prompt)
    if (prompt.trim() === '') {
      diagnostics.push({ severity: 'error', line, message: `line ${line}: a note without a first field (the prompt); skipped.` })
      return
    }
    const q: ImportedQuestion = { prompt: prompt.trim(), lines: { first: line, last: line }, promptInferred: false }
    let answer = fields[1] ?? ''
    if (split.choices !== undefined) {
      const correct = /^<p>Correct: ([A-Z](?:, [A-Z])*)<\/p>/.exec(answer)
      if (correct?.[1] !== undefined) {
        const right = new Set(correct[1].split(', ').map((l) => CHOICE_LETTERS.indexOf(l)))
        q.choices = split.choices.map((c, i) => ({ text: decode(c), correct: right.has(i) }))
        answer = answer.slice(correct[0].length)
      } else {
        diagnostics.push({ severity: 'warning', line, message: `line ${line}: a choice list without a "Correct:" line; read as part of the prompt.` })
        q.prompt = decode(fields[0] ?? '').trim()
      }
    }
    answer = decode(answer)
    if (answer.trim() !== '') q.answer = answer.trim()
    const guid = column(headers.guidColumn)
    if (guid !== undefined && guid.trim() !== '') q.id = guid.trim()
    const cell = column(headers.deckColumn)
    const deck = cell === undefined || cell.trim() === '' ? headers.deck : cell
    const topic = deck?.split('::').at(-1)?.trim()
    if (topic !== undefined && topic !== '') q.topic = topic
    const tags = [...(headers.tags ?? []), ...(column(headers.tagsColumn) ?? '').split(/\s+/)].filter((t) => t !== '')
    if (tags.length > 0) q.tags = [...new Set(tags)]
    questions.push(q)
  })
  return { questions, diagnostics, ...(headers.deck === undefined ? {} : { title: headers.deck }) }
}

function readHeader(line: string, n: number, headers: AnkiHeaders, diagnostics: ImportDiagnostic[]): void {
  const m = /^#([a-z ]+):(.*)$/.exec(line)
  if (m === null) return
  const key = m[1] as string
  const value = (m[2] as string).trim()
  const column = (): number | undefined => {
    const c = Number(value)
    if (Number.isInteger(c) && c >= 1) return c
    diagnostics.push({ severity: 'error', line: n, message: `line ${n}: #${key}: expected a column number from 1, received "${value.slice(0, 40)}".` })
    return undefined
  }
  switch (key) {
    case 'separator': {
      const sep = SEPARATORS[value.toLowerCase()] ?? (value.length === 1 ? value : undefined)
      if (sep === undefined) diagnostics.push({ severity: 'error', line: n, message: `line ${n}: #separator: expected Comma, Semicolon, Tab, Space, Pipe, Colon or one character, received "${value.slice(0, 40)}".` })
      else headers.separator = sep
      return
    }
    case 'html':
      headers.html = value.toLowerCase() === 'true'
      return
    case 'tags':
      headers.tags = value.split(/\s+/).filter((t) => t !== '')
      return
    case 'columns':
      headers.columns = value.split(headers.separator ?? '\t')
      return
    case 'notetype':
      headers.notetype = value
      return
    case 'deck':
      headers.deck = value
      return
    case 'notetype column':
    case 'deck column':
    case 'tags column':
    case 'guid column': {
      const c = column()
      if (c !== undefined) headers[COLUMN_HEADERS[key]] = c
      return
    }
    default:
      diagnostics.push({ severity: 'warning', line: n, message: `line ${n}: unknown file header "#${key}" ignored.` })
  }
}

/** A Front field as `toAnki` writes it: the prompt, then `<ol type="A">` with one `<li>` per choice. */
function splitChoices(front: string, html: boolean): { prompt: string; choices?: string[] } {
  // Scanned with indexOf, not a regular expression: nested quantifiers over a field would backtrack quadratically.
  const open = front.lastIndexOf('<ol type="A">')
  if (!html || open === -1 || !front.endsWith('</ol>')) return { prompt: front }
  const items = front.slice(open + '<ol type="A">'.length, -'</ol>'.length).split('</li>')
  // "<li>a</li><li>b</li>" splits into ["<li>a", "<li>b", ""].
  if (items.pop() !== '' || items.length === 0 || !items.every((i) => i.startsWith('<li>'))) return { prompt: front }
  return { prompt: front.slice(0, open), choices: items.map((i) => i.slice('<li>'.length)) }
}
