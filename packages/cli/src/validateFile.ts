import type { ValidationIssue } from '@quizbank/core/schema'
import type { ParseResult } from '@quizbank/parsers'
import { draftsToQuestions } from './draftsToQuestions.js'
import { CliError } from './errors.js'
import { resolveSubject, type Subject } from './resolveSubject.js'

/** Options of {@link validateFile}. */
export interface ValidateFileOptions {
  /** A taxonomy file to check topics against, instead of the bundled taxonomy of the set's subject. */
  readonly taxonomy?: string | undefined
  /** Where relative paths are resolved. Default: the process's working directory. */
  readonly cwd?: string | undefined
}

/** One problem of a file: where (line and/or field path) and what. */
export interface Problem {
  /** 1-based line in the file, when known. */
  readonly line?: number
  /** The field, e.g. `questions[3].topic`, for schema problems. */
  readonly path?: string
  readonly message: string
}

/** What `quizbank validate` found in one file. */
export interface FileReport {
  readonly file: string
  readonly kind: 'json' | 'markdown'
  readonly ok: boolean
  /** How many questions the file holds (as far as it could be read). */
  readonly questions: number
  readonly problems: readonly Problem[]
}

/**
 * Validate one question-set file: JSON (a `QuestionSet`, checked by
 * `validateQuestionSet`; each problem located at its line) or the quizbank
 * authoring markdown (every parser warning and error, then the set the file
 * describes, checked by the same schema; problems located at the question's
 * heading or the front-matter key). Topics are checked against the
 * taxonomy of the set's `subject` (bundled, or `options.taxonomy`); a subject
 * with no taxonomy to check against is itself a problem of the file.
 *
 * @example
 *   const report = await validateFile('my-set.md', bytes)
 *   report.problems.map((p) => `${report.file}:${p.line}: ${p.message}`)
 */
export async function validateFile(file: string, bytes: Uint8Array, options: ValidateFileOptions = {}): Promise<FileReport> {
  const { decodeInput, normalizeText } = await import('@quizbank/parsers')
  // JSON is checked as written; markdown as the parser sees it (same line numbers).
  const text = decodeInput(bytes).text
  return kindOf(file, text) === 'json' ? validateJson(file, text, options) : validateMarkdown(file, normalizeText(text), options)
}

/** The subject to check against, or the problem that prevents it (reported, not thrown: other files still get checked). */
async function subjectOf(data: unknown, options: ValidateFileOptions): Promise<Subject | Problem> {
  const named = typeof data === 'object' && data !== null ? (data as { subject?: unknown }).subject : undefined
  try {
    return await resolveSubject(typeof named === 'string' ? named : undefined, options.taxonomy, options.cwd ?? process.cwd())
  } catch (error) {
    if (error instanceof CliError) return { message: `topics not checked: ${error.message}` }
    throw error
  }
}

function kindOf(file: string, text: string): 'json' | 'markdown' {
  if (/\.json$/i.test(file)) return 'json'
  if (/\.(?:md|markdown)$/i.test(file)) return 'markdown'
  return /^\s*[[{]/.test(text) ? 'json' : 'markdown'
}

async function validateJson(file: string, text: string, options: ValidateFileOptions): Promise<FileReport> {
  const [{ parseTree, findNodeAtLocation, printParseErrorCode }, { validateQuestionSet }] = await Promise.all([import('jsonc-parser'), import('@quizbank/core/schema')])
  const errors: import('jsonc-parser').ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  if (errors.length > 0 || root === undefined) {
    // The first errors only: after a syntax error the rest are mostly its echoes.
    const shown = errors.slice(0, 5)
    const lines = linesAt(text, shown.map((e) => e.offset))
    const problems = shown.map((e, i) => ({ line: lines[i] as number, message: `not valid JSON: ${syntaxError(printParseErrorCode(e.error))}` }))
    return { file, kind: 'json', ok: false, questions: 0, problems: problems.length > 0 ? problems : [{ message: 'not valid JSON: the file is empty' }] }
  }
  const data: unknown = JSON.parse(text)
  const questions = countQuestions(data)
  const subject = await subjectOf(data, options)
  const result = validateQuestionSet(data, 'taxonomy' in subject ? { taxonomy: subject.taxonomy } : {})
  const offsets = result.issues.map((issue) => {
    // The deepest node that exists: a missing field is reported where its parent object starts.
    let segments = issue.segments
    let node = findNodeAtLocation(root, [...segments])
    while (node === undefined && segments.length > 0) {
      segments = segments.slice(0, -1)
      node = findNodeAtLocation(root, [...segments])
    }
    return node?.offset ?? 0
  })
  const lines = linesAt(text, offsets)
  const problems: Problem[] = result.issues.map((issue, i) => ({ line: lines[i] as number, path: issue.path, message: issue.message }))
  if (!('taxonomy' in subject)) problems.unshift(subject)
  return { file, kind: 'json', ok: problems.length === 0, questions, problems }
}

async function validateMarkdown(file: string, text: string, options: ValidateFileOptions): Promise<FileReport> {
  const [{ parseText }, { validateQuestionSet }] = await Promise.all([import('@quizbank/parsers'), import('@quizbank/core/schema')])
  const first = parseText(text, { sourceName: file, format: 'quizbank' })
  const subject = await subjectOf(first.meta.frontMatter, options)
  // With the taxonomy known, the parser resolves topic labels and warns about unknown ones.
  const result = 'taxonomy' in subject ? parseText(text, { sourceName: file, format: 'quizbank', taxonomy: subject.taxonomy }) : first
  const problems: Problem[] = result.diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => ({ ...(d.lines === undefined ? {} : { line: d.lines.first }), message: d.message.replace(/^[^\n]*?:\d+(?:-\d+)?: /, '') }))
  const { SET_ID_PATTERN } = await import('@quizbank/core')
  if (!('taxonomy' in subject)) problems.unshift({ line: 1, ...subject })
  const set = await describedSet(result, SET_ID_PATTERN, 'taxonomy' in subject ? subject : undefined)
  const issues = dropEchoes(dropRestated(validateQuestionSet(set, 'taxonomy' in subject ? { taxonomy: subject.taxonomy } : {}).issues, result))
  const frontMatterLine = frontMatterLines(text)
  for (const issue of issues) {
    const [first, index] = issue.segments
    const line = first === 'questions' && typeof index === 'number' ? result.questions[index]?.lines.first : frontMatterLine(String(first ?? ''))
    problems.push({ ...(line === undefined ? {} : { line }), path: issue.path, message: issue.message })
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { file, kind: 'markdown', ok: problems.length === 0, questions: result.questions.length, problems }
}

/** The set a quizbank document states: its front matter as written (so bad keys are reported), and its questions. */
async function describedSet(result: ParseResult, setIdPattern: RegExp, subject: Subject | undefined): Promise<Record<string, unknown>> {
  const fm = (result.meta.frontMatter ?? {}) as Record<string, unknown>
  // Questions need some set id; an invalid one is reported once, at the front matter.
  const setId = typeof fm['id'] === 'string' && setIdPattern.test(fm['id']) ? fm['id'] : 'set'
  // Without a taxonomy, questions keep their stated topics (there is nothing to enrich from).
  const questions = subject === undefined ? result.questions.map((d, i) => ({ id: d.id ?? `${setId}/q-${i + 1}`, prompt: d.prompt, topic: d.topic ?? '', tags: d.tags ?? [], source: { set: setId, lines: [d.lines.first, d.lines.last], promptInferred: d.promptInferred } })) : await draftsToQuestions(result, setId, subject)
  return { ...fm, questions }
}

// Parser warnings that already say what the schema would say again about a question's field.
const RESTATED: Readonly<Record<string, string>> = { 'invalid-choices': 'choices', 'invalid-tag': 'tags' }

/** Drop schema issues on a question field the parser already warned about (its message names the cause in the author's terms). */
function dropRestated(issues: readonly ValidationIssue[], result: ParseResult): ValidationIssue[] {
  const covered = new Set<string>()
  for (const d of result.diagnostics) {
    const field = RESTATED[d.code]
    const index = result.questions.findIndex((q) => q.lines.first === d.lines?.first)
    if (field !== undefined && index !== -1) covered.add(`${index}/${field}`)
  }
  return issues.filter((i) => !(i.segments[0] === 'questions' && covered.has(`${String(i.segments[1])}/${String(i.segments[2])}`)))
}

/** With a bad set id, every question's id and `source.set` disagree with it: report the cause once. */
function dropEchoes(issues: readonly ValidationIssue[]): ValidationIssue[] {
  if (!issues.some((i) => i.path === 'id')) return [...issues]
  return issues.filter((i) => !/^questions\[\d+\]\.(?:id|source\.set)$/.test(i.path))
}

/** Line of a top-level front-matter key (line 1, the opening `---`, when the key is missing). */
function frontMatterLines(text: string): (key: string) => number {
  const lines = text.split('\n')
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1
  return (key) => {
    for (let i = 1; i < end; i++) if (lines[i]!.startsWith(`${key}:`)) return i + 1
    return 1
  }
}

function countQuestions(data: unknown): number {
  const qs = typeof data === 'object' && data !== null ? (data as { questions?: unknown }).questions : undefined
  return Array.isArray(qs) ? qs.length : 0
}

/** `InvalidSymbol` → `invalid symbol`. */
function syntaxError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** 1-based line of each offset, in one pass over the text (offsets in any order). */
function linesAt(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((_, i) => i).sort((a, b) => (offsets[a] as number) - (offsets[b] as number))
  const out: number[] = new Array<number>(offsets.length)
  let line = 1
  let at = 0
  for (const i of order) {
    const offset = offsets[i] as number
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++
    out[i] = line
  }
  return out
}
