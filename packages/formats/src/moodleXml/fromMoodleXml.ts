import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { QUESTION_ID_PATTERN } from '@quizbank/core'
import type { ImportDiagnostic, ImportedQuestion, ImportResult } from '../types.js'

type Node = Record<string, unknown>

// Elements that may repeat: always read as arrays, even when one is present.
const ARRAYS = new Set(['question', 'answer', 'hint', 'tag'])

/**
 * Read Moodle XML back into questions: `multichoice` (a positive fraction
 * marks a right choice), `truefalse` (as the choices "True" and "False"),
 * `essay`, `shortanswer` (an open question answered by its best answer) and
 * `description` (skipped, with a warning); the id from `<idnumber>`, else a
 * `<name>` that is a quizbank id; the topic from the last category segment;
 * the answer from `<generalfeedback>`; hints and tags. Other question types
 * are reported, never dropped silently. Not well-formed XML is one error
 * with its line.
 *
 * @example
 *   fromMoodleXml(toMoodleXml(set).text).questions.length === set.questions.length // true
 */
export function fromMoodleXml(text: string): ImportResult {
  const diagnostics: ImportDiagnostic[] = []
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    return { questions: [], diagnostics: [{ severity: 'error', line: valid.err.line, message: `line ${valid.err.line}: not well-formed XML (${valid.err.msg.slice(0, 200)}).` }] }
  }
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, trimValues: false, isArray: (name) => ARRAYS.has(name) }).parse(text) as Node
  const quiz = doc['quiz'] as Node | undefined
  if (quiz === undefined || typeof quiz !== 'object') return { questions: [], diagnostics: [{ severity: 'error', message: 'not a Moodle XML file (expected a <quiz> root element).' }] }
  const questions: ImportedQuestion[] = []
  let topic: string | undefined
  for (const [i, node] of ((quiz['question'] as Node[] | undefined) ?? []).entries()) {
    const type = String(node['@type'] ?? '')
    const name = textOf(node['name'])
    const where = `question ${i + 1}${name === '' ? '' : ` ("${name.slice(0, 60)}")`}`
    if (type === 'category') {
      topic = textOf(node['category']).split('/').filter((s) => s !== '').at(-1)
      continue
    }
    if (type === 'description') {
      diagnostics.push({ severity: 'warning', message: `${where}: a description is not a question; skipped.` })
      continue
    }
    if (!['multichoice', 'truefalse', 'essay', 'shortanswer'].includes(type)) {
      diagnostics.push({ severity: 'error', message: `${where}: Moodle question type "${type}" cannot be held by quizbank (expected multichoice, truefalse, essay or shortanswer); skipped.` })
      continue
    }
    const prompt = textOf(node['questiontext'])
    if (prompt === '') {
      diagnostics.push({ severity: 'error', message: `${where}: no question text; skipped.` })
      continue
    }
    const q: ImportedQuestion = { prompt, lines: { first: 1, last: 1 }, promptInferred: false }
    const answer = textOf(node['generalfeedback'])
    const answers = ((node['answer'] as Node[] | undefined) ?? []).map((a) => ({ text: textOf(a), fraction: Number(a['@fraction'] ?? 0) }))
    if (type === 'multichoice') {
      if (answers.length < 2 || !answers.some((a) => a.fraction > 0)) {
        diagnostics.push({ severity: 'error', message: `${where}: a multiple-choice question needs two answers and a right one; skipped.` })
        continue
      }
      q.choices = answers.map((a) => ({ text: a.text, correct: a.fraction > 0 }))
    } else if (type === 'truefalse') {
      const isTrue = answers.find((a) => a.text.toLowerCase() === 'true')?.fraction === 100
      q.choices = [{ text: 'True', correct: isTrue }, { text: 'False', correct: !isTrue }]
    } else if (type === 'shortanswer') {
      const best = [...answers].sort((a, b) => b.fraction - a.fraction)[0]
      if (answers.length > 1) diagnostics.push({ severity: 'warning', message: `${where}: a short-answer question accepts ${answers.length} answers; the best ("${best?.text.slice(0, 40)}") is kept as its answer.` })
      const joined = [best?.text ?? '', answer].filter((s) => s !== '').join('\n\n')
      if (joined !== '') q.answer = joined
    }
    if (type !== 'shortanswer' && answer !== '') q.answer = answer
    const hints = ((node['hint'] as Node[] | undefined) ?? []).map(textOf).filter((h) => h !== '')
    if (hints.length > 0) q.hints = hints
    const tags = (((node['tags'] as Node | undefined)?.['tag'] as Node[] | undefined) ?? []).map(textOf).filter((t) => t !== '')
    if (tags.length > 0) q.tags = tags
    const idnumber = textOf(node['idnumber'])
    const id = idnumber !== '' ? idnumber : QUESTION_ID_PATTERN.test(name) ? name : ''
    if (id !== '') q.id = id
    if (topic !== undefined) q.topic = topic
    questions.push(q)
  }
  return { questions, diagnostics }
}

/** The text of an element that holds a `<text>` child (or is text itself), trimmed. */
function textOf(node: unknown): string {
  if (node === undefined || node === null) return ''
  if (typeof node === 'string') return node.trim()
  const n = node as Node
  if ('text' in n) return textOf(n['text'])
  return typeof n['#text'] === 'string' ? (n['#text'] as string).trim() : ''
}
