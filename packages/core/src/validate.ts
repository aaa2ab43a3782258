import type * as z from 'zod'
import { QuestionSchema, type Question } from './schema/question.js'
import { QuestionSetSchema, type QuestionSet } from './schema/questionSet.js'
import { TaxonomySchema, type Taxonomy } from './schema/taxonomy.js'
import { listValues, suggest } from './errors.js'

/** One problem found in a record: where, what was expected, what was there. */
export interface ValidationIssue {
  /** The field as a readable path, e.g. `questions[3].topic`; `(root)` for the value itself. */
  readonly path: string
  /** The same path as segments, for programs. */
  readonly segments: readonly (string | number)[]
  /** What the schema expected there, e.g. `one of "beginner", "intermediate", "advanced"`. */
  readonly expected: string
  /** What was found, e.g. `"expert"` or `nothing (the field is missing)`. */
  readonly received: string
  /** The whole issue as one sentence, with the file name when one was given. */
  readonly message: string
  /** The file the record came from, when the caller named one. */
  readonly file?: string
}

/** Either the parsed value, or every issue found (never only the first). */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] }

/** Options of {@link validateQuestion} and {@link validateQuestionSet}. */
export interface ValidateOptions {
  /** File name to put in every issue and message. Default: none. */
  file?: string
  /**
   * The subject's taxonomy: every `topic` must be one of its topic ids, and
   * a set's `subject` must be its id. Default: none (any kebab-case topic
   * passes; check against a taxonomy before publishing).
   */
  taxonomy?: Taxonomy
}

/**
 * Check one question record. Never throws: bad data yields issues.
 *
 * @example
 *   const r = validateQuestion({ id: 'acme/x', prompt: '' })
 *   if (!r.ok) console.log(r.issues.map((i) => i.message).join('\n'))
 */
export function validateQuestion(data: unknown, options: ValidateOptions = {}): ValidationResult<Question> {
  return withTaxonomy(validateWith(QuestionSchema, data, options), options, (taxonomy, file) => topicIssues(data, [], taxonomy, file))
}

/**
 * Check a whole question set, including ids unique within the set. Never
 * throws; unknown fields are reported, not dropped.
 *
 * @example
 *   const r = validateQuestionSet(JSON.parse(text), { file: 'data/acme.json' })
 *   if (!r.ok) process.exitCode = 1
 */
export function validateQuestionSet(data: unknown, options: ValidateOptions = {}): ValidationResult<QuestionSet> {
  return withTaxonomy(validateWith(QuestionSetSchema, data, options), options, (taxonomy, file) => setTaxonomyIssues(data, taxonomy, file))
}

/**
 * Check a subject taxonomy (`{ id, title, topics: [{ id, label, description }] }`),
 * including topic ids unique within it. Never throws.
 *
 * @example
 *   const r = validateTaxonomy(JSON.parse(readFileSync('taxonomies/python.json', 'utf8')), { file: 'taxonomies/python.json' })
 *   if (!r.ok) console.error(formatIssues(r.issues))
 */
export function validateTaxonomy(data: unknown, options: Pick<ValidateOptions, 'file'> = {}): ValidationResult<Taxonomy> {
  return validateWith(TaxonomySchema, data, options)
}

/**
 * Render issues as lines a person can act on, one per issue.
 *
 * @example
 *   console.error(formatIssues(result.issues))
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => i.message).join('\n')
}

/**
 * Check data against any zod schema with the same readable, complete issue
 * reports as {@link validateQuestionSet}: for tools that validate their own
 * files (source metadata, overrides) in the project's error format.
 *
 * @example
 *   const r = validateWith(z.strictObject({ title: z.string() }), json, { file: 'source.json' })
 */
export function validateWith<T>(schema: z.ZodType<T>, data: unknown, options: ValidateOptions = {}): ValidationResult<T> {
  let parsed: z.ZodSafeParseResult<T>
  try {
    parsed = schema.safeParse(data, { reportInput: true })
  } catch (error) {
    // A getter or proxy in the input can throw while zod reads it; that is bad
    // input too, and must not escape as a stack trace.
    return { ok: false, issues: [makeIssue([], 'a plain JSON value', `a value that threw when read (${String(error)})`, options.file)] }
  }
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] }
  return { ok: false, issues: parsed.error.issues.flatMap((issue) => toIssues(schema, issue, options.file)) }
}

// The taxonomy check reads the raw input, so that a record with other problems
// still gets its topic checked: every issue is reported at once.
function withTaxonomy<T>(result: ValidationResult<T>, options: ValidateOptions, check: (taxonomy: Taxonomy, file: string | undefined) => ValidationIssue[]): ValidationResult<T> {
  const { taxonomy } = options
  if (taxonomy === undefined || taxonomy === null) return result
  let extra: ValidationIssue[]
  try {
    extra = check(taxonomy, options.file)
  } catch {
    // A throwing getter was already reported by the schema check.
    return result
  }
  if (extra.length === 0) return result
  return { ok: false, issues: [...result.issues, ...extra] }
}

function setTaxonomyIssues(data: unknown, taxonomy: Taxonomy, file: string | undefined): ValidationIssue[] {
  if (typeof data !== 'object' || data === null) return []
  const set = data as { subject?: unknown; questions?: unknown }
  const issues: ValidationIssue[] = []
  if (typeof set.subject === 'string' && set.subject !== taxonomy.id) {
    issues.push(makeIssue(['subject'], `"${taxonomy.id}" (the subject of the taxonomy it is checked against)`, describe(set.subject), file))
  }
  if (Array.isArray(set.questions)) set.questions.forEach((q, i) => issues.push(...topicIssues(q, ['questions', i], taxonomy, file)))
  return issues
}

function topicIssues(question: unknown, at: readonly (string | number)[], taxonomy: Taxonomy, file: string | undefined): ValidationIssue[] {
  const topic = typeof question === 'object' && question !== null ? (question as { topic?: unknown }).topic : undefined
  if (typeof topic !== 'string') return []
  const ids = taxonomy.topics.map((t) => t.id)
  if (ids.includes(topic)) return []
  const expected = `a topic of the "${taxonomy.id}" taxonomy (${listValues(ids.map((id) => JSON.stringify(id)))})`
  const hint = suggest(topic, ids).trim()
  return [makeIssue([...at, 'topic'], expected, hint === '' ? describe(topic) : `${describe(topic)} (${hint.charAt(0).toLowerCase()}${hint.slice(1)})`, file)]
}

function toIssues(root: z.ZodType, issue: z.core.$ZodIssue, file: string | undefined): ValidationIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  const input = (issue as { input?: unknown }).input
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(root, path)
      const expected = allowed.length > 0 ? `only the fields ${allowed.map((k) => `"${k}"`).join(', ')}` : 'no other fields'
      return issue.keys.map((key) => makeIssue([...path, key], expected, `unknown field "${key}"`, file))
    }
    case 'invalid_type':
      return [makeIssue(path, issue.expected === 'int' ? 'an integer' : article(issue.expected), describe(input), file)]
    case 'invalid_value':
      return [makeIssue(path, `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, describe(input), file)]
    case 'too_big':
    case 'too_small': {
      const bound = issue.code === 'too_big' ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''
      return [makeIssue(path, `${bound}${unit}`, describe(input), file)]
    }
    case 'invalid_format':
      return [makeIssue(path, stripExpected(issue.message), describe(input), file)]
    default:
      return [makeIssue(path, stripExpected(issue.message), describe(input), file)]
  }
}

function makeIssue(segments: readonly (string | number)[], expected: string, received: string, file: string | undefined): ValidationIssue {
  const path = formatPath(segments)
  const where = `${file === undefined ? '' : `${file}: `}${segments.length === 0 ? 'value' : `field "${path}"`}`
  const message = `${where}: expected ${expected}, received ${received}.`
  return file === undefined ? { path, segments, expected, received, message } : { path, segments, expected, received, message, file }
}

/** `['questions', 3, 'topic']` → `questions[3].topic`. */
export function formatPath(segments: readonly (string | number)[]): string {
  if (segments.length === 0) return '(root)'
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out === '' ? s : `.${s}`
    else out += `[${JSON.stringify(s)}]`
  }
  return out
}

function stripExpected(message: string): string {
  return message.replace(/^expected\s+/i, '').replace(/^Invalid input:\s*/i, '')
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

/** A short, safe description of a received value: never the whole of a huge string. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    if (value.length > 60) return `a string of ${value.length} characters (${JSON.stringify(value.slice(0, 40))}…)`
    return JSON.stringify(value)
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `an array of ${value.length} items`
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

/** The keys a strict object schema allows at `path`, walking through arrays, optionals and tuples. */
function allowedKeys(root: z.ZodType, path: readonly (string | number)[]): string[] {
  let node: unknown = root
  for (const seg of path) {
    node = unwrap(node)
    const def = defOf(node)
    if (def?.type === 'object' && typeof seg === 'string') node = (def.shape as Record<string, unknown>)[seg]
    else if (def?.type === 'array') node = def.element
    else if (def?.type === 'tuple' && typeof seg === 'number') node = (def.items as unknown[])[seg]
    else return []
  }
  const def = defOf(unwrap(node))
  return def?.type === 'object' ? Object.keys(def.shape as object) : []
}

function unwrap(node: unknown): unknown {
  let current = node
  for (let def = defOf(current); def !== undefined && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default'); def = defOf(current)) {
    current = def.innerType
  }
  return current
}

function defOf(node: unknown): Record<string, unknown> | undefined {
  return (node as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def
}
