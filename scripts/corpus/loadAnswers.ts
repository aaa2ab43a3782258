import { join } from 'node:path'
import { parseText } from '@quizbank/parsers'
import { readInputFile } from './readInputFile.js'

/** License of every answer written for quizbank. */
export const AUTHORED_LICENSE = 'CC-BY-4.0'

/** An answer written for quizbank, reviewed against the documentation it cites. */
export interface AuthoredAnswer {
  /** Markdown, without the `Docs:` line. */
  answer: string
  /** The documentation URLs of its `Docs:` line. */
  references: string[]
  /** Line of its `###` heading in answers.md, for messages. */
  line: number
}

// The last paragraph of an answer: `Docs: [Title](https://…), [Title](https://…)`.
const DOCS_LINE = /\n\nDocs: (.+)$/
const LINK = /\]\((https:\/\/[^)\s]+)\)/g
const DOC_HOSTS = ['docs.djangoproject.com', 'www.django-rest-framework.org', 'channels.readthedocs.io', 'docs.celeryq.dev']

/**
 * Stage 4b: `sources/<set-id>/answers.md`, answers written for quizbank in
 * the authoring format (`### <prompt>`, `<!-- id: <question id> -->`, the
 * answer, and a final `Docs:` line citing official documentation). The text
 * is reviewed data, committed with the sources; nothing is generated at build
 * time. Problems are collected, not thrown.
 *
 * @example
 *   const { answers, errors } = loadAnswers('packages/corpus/sources/top-30-guide', 'top-30-guide')
 */
export function loadAnswers(sourceDir: string, setId: string): { answers: Map<string, AuthoredAnswer>; errors: string[] } {
  const answers = new Map<string, AuthoredAnswer>()
  const errors: string[] = []
  const rel = `sources/${setId}/answers.md`
  const file = readInputFile(join(sourceDir, '..', '..'), rel)
  if (file.kind === 'missing') return { answers, errors }
  if (file.kind === 'error') return { answers, errors: [file.error] }
  const result = parseText(new Uint8Array(file.bytes), { sourceName: rel, format: 'quizbank' })
  for (const d of result.diagnostics) if (d.severity !== 'info') errors.push(d.message)
  for (const q of result.questions) {
    const where = `${rel}:${q.lines.first}`
    if (q.id === undefined) {
      errors.push(`${where}: expected an <!-- id: ${setId}/… --> line naming the question this answers.`)
      continue
    }
    const docs = q.answer === undefined ? null : DOCS_LINE.exec(q.answer)
    if (q.answer === undefined || docs === null) {
      errors.push(`${where}: "${q.id}": expected the answer and a final "Docs: [Page](https://docs.djangoproject.com/en/5.2/…)" line.`)
      continue
    }
    const references = [...docs[1]!.matchAll(LINK)].map((m) => m[1]!)
    const foreign = references.filter((url) => !DOC_HOSTS.includes(new URL(url).hostname))
    if (references.length === 0 || foreign.length > 0) {
      errors.push(`${where}: "${q.id}": the Docs line must cite official documentation (${DOC_HOSTS.join(', ')}); found ${references.length === 0 ? 'no link' : foreign.join(', ')}.`)
      continue
    }
    if (answers.has(q.id)) {
      errors.push(`${where}: "${q.id}" is answered twice (also at line ${answers.get(q.id)!.line}).`)
      continue
    }
    answers.set(q.id, { answer: q.answer.slice(0, docs.index).trimEnd(), references, line: q.lines.first })
  }
  return { answers, errors }
}
