import { DIFFICULTIES } from '@quizbank/core'
import { readDelimited } from '../shared/delimited.js'
import type { ImportDiagnostic, ImportedQuestion, ImportResult } from '../types.js'
import { CSV_COLUMNS } from './toCsv.js'

/**
 * Read quizbank CSV (RFC 4180; the columns of {@link CSV_COLUMNS}, found by
 * the header row's names in any order; only `prompt` is required). Unknown
 * columns, a `correct` number that names no choice, an unknown difficulty
 * and a row without a prompt are reported with their line.
 *
 * @example
 *   fromCsv('prompt,answer\r\nWhat is WSGI?,A Python web server interface.\r\n').questions[0]?.answer // 'A Python web server interface.'
 */
export function fromCsv(text: string): ImportResult {
  const diagnostics: ImportDiagnostic[] = []
  const read = readDelimited(text.replace(/^\uFEFF/, ''), ',')
  for (const e of read.errors) diagnostics.push({ severity: 'error', line: e.line, message: `line ${e.line}: ${e.message}` })
  const [header, ...rows] = read.rows
  if (header === undefined) return { questions: [], diagnostics }
  const known = new Set<string>(CSV_COLUMNS)
  const at = new Map<string, number>()
  header.forEach((name, i) => {
    const n = name.trim().toLowerCase()
    if (known.has(n)) at.set(n, i)
    else diagnostics.push({ severity: 'warning', line: 1, message: `line 1: unknown column "${name.slice(0, 40)}" ignored (columns: ${CSV_COLUMNS.join(', ')}).` })
  })
  if (!at.has('prompt')) return { questions: [], diagnostics: [...diagnostics, { severity: 'error', line: 1, message: `line 1: no "prompt" column in the header row (expected columns: ${CSV_COLUMNS.join(', ')}).` }] }
  const questions: ImportedQuestion[] = []
  rows.forEach((row, r) => {
    const line = read.lines[r + 1] ?? 1
    const cell = (name: string) => (row[at.get(name) ?? -1] ?? '').trim()
    const prompt = cell('prompt')
    if (prompt === '') {
      diagnostics.push({ severity: 'error', line, message: `line ${line}: a row without a prompt; skipped.` })
      return
    }
    const q: ImportedQuestion = { prompt, lines: { first: line, last: line }, promptInferred: false }
    const list = (name: string) => cell(name).split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== '')
    if (cell('id') !== '') q.id = cell('id')
    if (cell('topic') !== '') q.topic = cell('topic')
    const tags = cell('tags').split(/\s+/).filter((t) => t !== '')
    if (tags.length > 0) q.tags = tags
    const level = cell('difficulty')
    if ((DIFFICULTIES as readonly string[]).includes(level)) q.difficulty = level as ImportedQuestion['difficulty'] & string
    else if (level !== '') diagnostics.push({ severity: 'warning', line, message: `line ${line}: difficulty "${level.slice(0, 40)}" ignored (expected ${DIFFICULTIES.join(', ')}).` })
    if (cell('answer') !== '') q.answer = cell('answer')
    const hints = list('hints')
    if (hints.length > 0) q.hints = hints
    const choices = list('choices')
    if (choices.length > 0) {
      const right = new Set(cell('correct').split(/\s+/).filter((s) => s !== '').map(Number))
      const bad = [...right].filter((n) => !Number.isInteger(n) || n < 1 || n > choices.length)
      if (bad.length > 0 || right.size === 0) {
        diagnostics.push({ severity: 'error', line, message: `line ${line}: "correct" must name the right choices by number, 1 to ${choices.length} (received "${cell('correct').slice(0, 40)}"); skipped.` })
        return
      }
      q.choices = choices.map((text, i) => ({ text, correct: right.has(i + 1) }))
    }
    questions.push(q)
  })
  return { questions, diagnostics }
}
