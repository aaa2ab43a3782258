import type { Difficulty, Topic } from '../topicIds.js'
import { QuizbankError, describeValue, listValues, suggest } from '../errors.js'
import type { IndexData, SingleFieldName } from './indexData.js'
import { KIND_VALUES } from './indexData.js'

/** A difficulty level, or `'unrated'` for questions without one. */
export type DifficultyLevel = Difficulty | 'unrated'

/** `'multiple-choice'`: the question has `choices`; `'open'`: it has none. */
export type QuestionKind = (typeof KIND_VALUES)[number]

/**
 * Which questions to keep. Every field is optional; an omitted field or an
 * empty list puts no constraint. Fields combine with AND; the values inside
 * one list combine with OR, except `tags` (all of them).
 */
export interface QuestionFilter {
  /** Keep questions filed under one of these topics. Unknown topics throw (`UNKNOWN_VALUE`). Default: any topic. */
  readonly topics?: readonly Topic[] | undefined
  /** Keep questions carrying every one of these tags. A tag no question carries matches nothing. Default: no constraint. */
  readonly tags?: readonly string[] | undefined
  /** Keep questions carrying at least one of these tags. Default: no constraint. */
  readonly anyTags?: readonly string[] | undefined
  /** Keep questions at one of these levels; `'unrated'` selects questions without a difficulty. Default: any. */
  readonly difficulties?: readonly DifficultyLevel[] | undefined
  /** Keep questions from one of these question sets (`source.set`). Default: any set. */
  readonly sets?: readonly string[] | undefined
  /** Keep questions in one of these near-duplicate clusters. Default: any, including none. */
  readonly clusters?: readonly string[] | undefined
  /** `true`: only questions with an `answer`; `false`: only those without. Default: both. */
  readonly hasAnswer?: boolean | undefined
  /** Only open or only multiple-choice questions. Default: both. */
  readonly kind?: QuestionKind | undefined
  /** Question ids to leave out (e.g. already seen). Unknown ids are ignored. Default: none. */
  readonly exclude?: readonly string[] | undefined
}

/** One AND-ed condition of a filter, in index codes. */
export type Clause =
  | { readonly type: 'single'; readonly field: SingleFieldName; readonly codes: readonly number[] }
  | { readonly type: 'allTags' | 'anyTags'; readonly codes: readonly number[] }

/** A checked filter: clauses in index codes plus a canonical cache key. */
export interface NormalizedFilter {
  readonly clauses: readonly Clause[]
  /** True when a clause can match nothing (e.g. a tag no question carries). */
  readonly matchesNothing: boolean
  /** Same key ⇔ same pool (exclusions are not part of it). */
  readonly key: string
  readonly exclude: readonly string[]
  /** The filter as a person would write it, for messages: `no filter` or `filter: topics: orm; …`. */
  readonly description: string
}

const FILTER_KEYS = ['topics', 'tags', 'anyTags', 'difficulties', 'sets', 'clusters', 'hasAnswer', 'kind', 'exclude'] as const

/**
 * Check a filter against the index and translate it to codes. Closed
 * vocabularies (topics, difficulties, kind) reject unknown values with the
 * list of valid ones; open ones (tags, sets, clusters, ids) do not, because a
 * saved filter must keep working when a corpus release drops a tag.
 * Runs on every query and draw, so it allocates little (no closures).
 */
export function normalizeFilter(data: IndexData, filter: QuestionFilter, caller: string, otherOptions: readonly string[] = []): NormalizedFilter {
  if (typeof filter !== 'object' || filter === null) throw invalid(caller, 'options', filter, 'an options object', "{ topics: ['orm'] }")
  for (const key in filter) {
    if (!(FILTER_KEYS as readonly string[]).includes(key) && !otherOptions.includes(key)) {
      const expected = [...otherOptions, ...FILTER_KEYS]
      throw new QuizbankError('INVALID_OPTION', `${caller}: unknown option "${key}".${suggest(key, expected)} Valid options: ${listValues(expected)}.`, { option: key, expected })
    }
  }
  const out: Builder = { clauses: [], parts: [], key: '', matchesNothing: false }
  closedClause(out, data, filter.topics, 'topics', 'topic', 'topic', caller)
  const allTags = stringList(filter.tags, 'tags', caller)
  if (allTags.length > 0) {
    const codes: number[] = []
    for (const t of allTags) {
      const code = data.tags.codes.get(t)
      if (code === undefined) out.matchesNothing = true
      else codes.push(code)
    }
    push(out, 'allTags', undefined, codes, 'tags', allTags)
  }
  const anyTags = stringList(filter.anyTags, 'anyTags', caller)
  if (anyTags.length > 0) {
    const codes = openCodes(data.tags.codes, anyTags)
    if (codes.length === 0) out.matchesNothing = true
    push(out, 'anyTags', undefined, codes, 'anyTags', anyTags)
  }
  closedClause(out, data, filter.difficulties, 'difficulties', 'difficulty', 'difficulty', caller)
  for (const [option, field] of OPEN_FIELDS) {
    const values = stringList(filter[option], option, caller)
    if (values.length === 0) continue
    const codes = openCodes(data.fields[field].codes, values)
    if (codes.length === 0) out.matchesNothing = true
    push(out, 'single', field, codes, option, values)
  }
  if (filter.hasAnswer !== undefined) {
    if (typeof filter.hasAnswer !== 'boolean') throw invalid(caller, 'hasAnswer', filter.hasAnswer, 'true or false', '{ hasAnswer: true }')
    push(out, 'single', 'answer', [filter.hasAnswer ? 1 : 0], 'hasAnswer', [filter.hasAnswer])
  }
  if (filter.kind !== undefined) {
    const code = (KIND_VALUES as readonly unknown[]).indexOf(filter.kind)
    if (code === -1) {
      throw new QuizbankError('UNKNOWN_VALUE', `${caller}: option "kind": unknown kind ${describeValue(filter.kind)}.${suggest(filter.kind, KIND_VALUES)} Valid kinds: ${listValues(KIND_VALUES)}.`, {
        option: 'kind',
        expected: KIND_VALUES,
      })
    }
    push(out, 'single', 'kind', [code], 'kind', [filter.kind])
  }
  const { clauses, parts, key, matchesNothing } = out
  return {
    clauses,
    matchesNothing,
    key,
    exclude: stringList(filter.exclude, 'exclude', caller),
    // Only error messages read it: build the text on demand.
    get description() {
      return parts.length === 0 ? 'no filter' : `filter: ${parts.map(([option, values]) => `${option}: ${values.join(', ')}`).join('; ')}`
    },
  }
}

interface Builder {
  clauses: Clause[]
  parts: [string, readonly (string | boolean)[]][]
  key: string
  matchesNothing: boolean
}

const OPEN_FIELDS = [
  ['sets', 'set'],
  ['clusters', 'cluster'],
] as const

function closedClause(out: Builder, data: IndexData, value: unknown, option: 'topics' | 'difficulties', field: SingleFieldName, noun: string, caller: string): void {
  const values = stringList(value, option, caller)
  if (values.length === 0) return
  const known = data.fields[field]
  const codes: number[] = []
  for (const v of values) {
    const code = known.codes.get(v)
    if (code === undefined) {
      const expected = known.values
      throw new QuizbankError('UNKNOWN_VALUE', `${caller}: option "${option}": unknown ${noun} ${describeValue(v)}.${suggest(v, expected)} Valid ${option}: ${listValues(expected)}.`, { option, expected })
    }
    codes.push(code)
  }
  push(out, 'single', field, codes, option, values)
}

/** Codes of the values the index knows; unknown ones are dropped (and code 0 of `cluster`, "no cluster", is not a value). */
function openCodes(codes: ReadonlyMap<string, number>, values: readonly string[]): number[] {
  const out: number[] = []
  for (const v of values) {
    const code = v === '' ? undefined : codes.get(v)
    if (code !== undefined) out.push(code)
  }
  return out
}

function push(out: Builder, type: Clause['type'], field: SingleFieldName | undefined, raw: number[], option: string, values: readonly (string | boolean)[]): void {
  const codes = raw.length < 2 ? raw : [...new Set(raw)].sort((a, b) => a - b)
  out.clauses.push(type === 'single' ? { type, field: field as SingleFieldName, codes } : { type, codes })
  out.key += `${out.key === '' ? '' : '|'}${option}=${codes.join(',')}`
  out.parts.push([option, values])
}

const NONE: readonly string[] = []

function stringList(value: unknown, option: string, caller: string): readonly string[] {
  if (value === undefined) return NONE
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw invalid(caller, option, value, 'an array of strings', `{ ${option}: ['${option === 'difficulties' ? 'beginner' : option === 'topics' ? 'orm' : 'value'}'] }`)
  }
  return value as string[]
}

/** An `INVALID_OPTION` error in the house format: what, expected, received, example. */
export function invalid(caller: string, option: string, received: unknown, expected: string, example: string): QuizbankError {
  return new QuizbankError('INVALID_OPTION', `${caller}: option "${option}": expected ${expected}, received ${describeValue(received)}.\n  example: ${example}`, { option })
}
