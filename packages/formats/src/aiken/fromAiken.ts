import type { ImportDiagnostic, ImportedQuestion, ImportResult } from '../types.js'
import { AIKEN_LETTERS } from './toAiken.js'

const CHOICE = /^([A-Z])[.)] (.*)$/
const ANSWER = /^ANSWER: ?([A-Z])\s*$/

function at(line: number, message: string): { line: number; message: string } {
  return { line, message }
}

/**
 * Read Aiken questions (Moodle docs, "Aiken format"): a question line,
 * choices `A. text` or `A) text` (a single capital letter, a period or a
 * bracket, a space), then `ANSWER: <letter>`. Every rule broken is an error
 * that names the line: a question without choices or without an ANSWER
 * line, a letter out of order, an ANSWER letter that names no choice.
 *
 * @example
 *   fromAiken('2+2?\nA. 4\nB. 5\nANSWER: A\n').questions[0]?.choices?.[0] // { text: '4', correct: true }
 */
export function fromAiken(text: string): ImportResult {
  const questions: ImportedQuestion[] = []
  const diagnostics: ImportDiagnostic[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)
  let i = 0
  while (i < lines.length) {
    if ((lines[i] ?? '').trim() === '') {
      i += 1
      continue
    }
    const first = i + 1
    const prompt = (lines[i] ?? '').trim()
    const choices: { text: string; correct: boolean }[] = []
    i += 1
    let answer: string | undefined
    let error: { line: number; message: string } | undefined
    while (i < lines.length && (lines[i] ?? '').trim() !== '') {
      const line = (lines[i] ?? '').trim()
      const a = ANSWER.exec(line)
      if (a !== null) {
        answer = a[1]
        i += 1
        break
      }
      const c = CHOICE.exec(line)
      if (c === null) {
        error ??= at(i + 1, `expected a choice "${AIKEN_LETTERS[choices.length]}. text" or "ANSWER: <letter>", received "${line.slice(0, 60)}".`)
      } else if (c[1] !== AIKEN_LETTERS[choices.length]) {
        error ??= at(i + 1, `choice letter "${c[1]}" out of order (expected "${AIKEN_LETTERS[choices.length]}").`)
      } else {
        choices.push({ text: (c[2] ?? '').trim(), correct: false })
      }
      i += 1
    }
    // Skip what is left of a broken question, up to the blank line.
    while (i < lines.length && (lines[i] ?? '').trim() !== '') {
      error ??= at(i + 1, 'text after the ANSWER line (expected a blank line before the next question).')
      i += 1
    }
    const right = answer === undefined ? -1 : AIKEN_LETTERS.indexOf(answer)
    if (error === undefined && choices.length < 2) error = at(first, `a question needs at least two choices (found ${choices.length}).`)
    if (error === undefined && answer === undefined) error = at(first, 'no "ANSWER: <letter>" line after the choices.')
    if (error === undefined && (right < 0 || right >= choices.length)) error = at(first, `ANSWER: ${answer} names no choice (choices A–${AIKEN_LETTERS[choices.length - 1]}).`)
    const choice = choices[right]
    if (error !== undefined || choice === undefined) {
      const e = error ?? at(first, 'an unreadable question.')
      diagnostics.push({ severity: 'error', line: e.line, message: `line ${e.line}: ${e.message} Question skipped.` })
      continue
    }
    choice.correct = true
    questions.push({ prompt, choices, lines: { first, last: i }, promptInferred: false })
  }
  return { questions, diagnostics }
}
