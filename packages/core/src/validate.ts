import type * as z from 'zod'
import { QuestionSchema, type Question } from './schema/question.js'
import { QuestionSetFieldsSchema, questionSetRules, type QuestionSet } from './schema/questionSet.js'
import { TaxonomySchema, type Taxonomy } from './schema/taxonomy.js'
import { MESSAGE_LIMITS, listValues, suggest } from './errors.js'

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

/**
 * Either the parsed value, or every issue found (never only the first), up
 * to `MESSAGE_LIMITS.listedIssues` (1,000): past it the issues are counted
 * in `omittedIssues`, and the last listed issue (path `(root)`) says how
 * many more there were.
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[]; readonly omittedIssues?: number }

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
  const issues = new IssueList(options.file)
  const parsed = safeParse(QuestionSchema, data, issues)
  if (parsed !== undefined && !parsed.success) for (const issue of parsed.error.issues) issues.addZod(QuestionSchema, issue)
  if (options.taxonomy !== undefined && options.taxonomy !== null) {
    try {
      new TopicCheck(options.taxonomy).check(data, [], issues)
    } catch {
      // A throwing getter was already reported by the schema check.
    }
  }
  return issues.result(parsed?.success === true ? parsed.data : undefined)
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
  const issues = new IssueList(options.file)
  const value = checkQuestionSet(data, issues)
  if (options.taxonomy !== undefined && options.taxonomy !== null) {
    try {
      setTaxonomyIssues(data, options.taxonomy, issues)
    } catch {
      // A throwing getter was already reported by the schema check.
    }
  }
  return issues.result(value)
}

/**
 * The set's own fields, then each question on its own, then the rules
 * across questions: the same issues, in the same order, as parsing the
 * whole set with `QuestionSetSchema`, but each question's zod issues are
 * dropped once converted, so memory stays bounded by the issues listed
 * (see {@link IssueList}) and not by the size of the set.
 */
function checkQuestionSet(data: unknown, issues: IssueList): QuestionSet | undefined {
  const fields = safeParse(QuestionSetFieldsSchema, data, issues)
  if (fields === undefined) return undefined
  // zod lists a strict object's unknown keys after its fields (and so after its questions).
  const unknownKeys = fields.success ? [] : fields.error.issues.filter((i) => i.code === 'unrecognized_keys' && i.path.length === 0)
  if (!fields.success) for (const issue of fields.error.issues) if (!unknownKeys.includes(issue)) issues.addZod(QuestionSetFieldsSchema, issue)
  // The field check read `questions` already, so this read does not throw.
  const raw = typeof data === 'object' && data !== null ? (data as { questions?: unknown }).questions : undefined
  const questions: Question[] = []
  // zod runs a refinement only when every issue before it is a failed check (not a wrong type): the same here.
  let checksOnly = fields.success || fields.error.issues.every((i) => CHECK_CODES.has(i.code))
  if (Array.isArray(raw)) {
    for (let i = 0; i < raw.length; i++) {
      const question = safeParse(QuestionSchema, raw[i], issues, ['questions', i])
      if (question === undefined) return undefined
      if (question.success) questions.push(question.data)
      else {
        for (const issue of question.error.issues) {
          issues.addZod(QuestionSchema, issue, ['questions', i])
          if (!CHECK_CODES.has(issue.code)) checksOnly = false
        }
        questions.push(raw[i] as Question)
      }
    }
  }
  for (const issue of unknownKeys) issues.addZod(QuestionSetFieldsSchema, issue)
  if (!checksOnly) return undefined
  const set = (fields.success ? fields.data : data) as QuestionSet
  questionSetRules({ id: set.id, questions }, (rule) => issues.add(rule.path, stripExpected(rule.message), () => describe(rule.input)))
  return issues.count === 0 ? { ...set, questions } : undefined
}

/** zod issue codes of failed checks (lengths, patterns, refinements, unknown keys): after them zod still runs later refinements. */
const CHECK_CODES = new Set<string>(['too_big', 'too_small', 'invalid_format', 'not_multiple_of', 'unrecognized_keys', 'custom'])

/** `schema.safeParse`, or `undefined` after reporting a value that threw while zod read it. */
function safeParse<T>(schema: z.ZodType<T>, data: unknown, issues: IssueList, at: readonly (string | number)[] = []): z.ZodSafeParseResult<T> | undefined {
  try {
    return schema.safeParse(data, { reportInput: true })
  } catch (error) {
    issues.add(at, 'a plain JSON value', () => `a value that threw when read (${String(error)})`)
    return undefined
  }
}

/**
 * The issues of one validation, listed up to
 * `MESSAGE_LIMITS.listedIssues` and counted past it (never dropped
 * silently: the result's last issue says how many more there were).
 */
class IssueList {
  readonly listed: ValidationIssue[] = []
  count = 0
  constructor(private readonly file: string | undefined) {}

  /** Add an issue; `received` is only worked out when the issue is listed. */
  add(segments: readonly (string | number)[], expected: string, received: () => string): void {
    if (this.count++ < MESSAGE_LIMITS.listedIssues) this.listed.push(makeIssue(segments, expected, received(), this.file))
  }

  /** Add a zod issue found at `at` (unknown keys become one issue per key). */
  addZod(root: z.ZodType, issue: z.core.$ZodIssue, at: readonly (string | number)[] = []): void {
    const room = MESSAGE_LIMITS.listedIssues - this.count
    if (room <= 0) {
      this.count += issue.code === 'unrecognized_keys' ? issue.keys.length : 1
      return
    }
    const converted = toIssues(root, issue, this.file, at)
    this.count += converted.length
    for (const one of converted.slice(0, room)) this.listed.push(one)
  }

  result<T>(value: T | undefined): ValidationResult<T> {
    if (this.count === 0 && value !== undefined) return { ok: true, value, issues: [] }
    const omitted = this.count - this.listed.length
    if (omitted === 0) return { ok: false, issues: this.listed }
    const more = `${omitted.toLocaleString('en-US')} more issue${omitted === 1 ? '' : 's'}`
    const summary = makeIssue([], `at most ${MESSAGE_LIMITS.listedIssues.toLocaleString('en-US')} issues listed (MESSAGE_LIMITS.listedIssues)`, `${more}, counted but not listed; fix the ones above and check again`, this.file)
    return { ok: false, issues: [...this.listed, summary], omittedIssues: omitted }
  }
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
  const issues = new IssueList(options.file)
  for (const issue of parsed.error.issues) issues.addZod(schema, issue)
  return issues.result<T>(undefined)
}

// The taxonomy checks read the raw input, so that a record with other problems
// still gets its topic checked: every issue is reported at once.
function setTaxonomyIssues(data: unknown, taxonomy: Taxonomy, issues: IssueList): void {
  if (typeof data !== 'object' || data === null) return
  const set = data as { subject?: unknown; questions?: unknown }
  if (typeof set.subject === 'string' && set.subject !== taxonomy.id) {
    issues.add(['subject'], `"${taxonomy.id}" (the subject of the taxonomy it is checked against)`, () => describe(set.subject))
  }
  if (!Array.isArray(set.questions)) return
  const topics = new TopicCheck(taxonomy)
  set.questions.forEach((q, i) => topics.check(q, ['questions', i], issues))
}

/** Checks `topic` fields against one taxonomy; its list of ids is built once, and only for a listed issue. */
class TopicCheck {
  private readonly ids: readonly string[]
  private readonly known: ReadonlySet<string>
  private expected: string | undefined
  constructor(private readonly taxonomy: Taxonomy) {
    this.ids = taxonomy.topics.map((t) => t.id)
    this.known = new Set(this.ids)
  }

  check(question: unknown, at: readonly (string | number)[], issues: IssueList): void {
    const topic = typeof question === 'object' && question !== null ? (question as { topic?: unknown }).topic : undefined
    if (typeof topic !== 'string' || this.known.has(topic)) return
    this.expected ??= `a topic of the "${this.taxonomy.id}" taxonomy (${listValues(this.ids.map((id) => JSON.stringify(id)))})`
    issues.add([...at, 'topic'], this.expected, () => {
      const hint = suggest(topic, this.ids).trim()
      return hint === '' ? describe(topic) : `${describe(topic)} (${hint.charAt(0).toLowerCase()}${hint.slice(1)})`
    })
  }
}

function toIssues(root: z.ZodType, issue: z.core.$ZodIssue, file: string | undefined, at: readonly (string | number)[] = []): ValidationIssue[] {
  const own = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  const path = at.length === 0 ? own : [...at, ...own]
  const input = (issue as { input?: unknown }).input
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(root, own)
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
