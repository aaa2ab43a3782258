import type { Difficulty } from '../difficulties.js'
import { QuizbankError, describeValue, listValues, suggest } from '../errors.js'
import { codeValues, type Codebook } from './codeValues.js'
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
 *
 * **Unknown values.** A topic, subject, set, tag or cluster the index does
 * not know (no question carries it, and no taxonomy or set given to
 * `createIndex` declares it) is a `QuizbankError` (`UNKNOWN_VALUE`) naming
 * the option, the value, the closest known value and the known ones: the
 * same rule for every open field, because a typo that silently returns
 * nothing is the worst outcome. A saved filter that must keep working when a
 * corpus release drops a tag or a set passes `unknownValues: 'match-none'`:
 * then an unknown value matches no question (an OR-list keeps its known
 * values; `tags` then matches nothing). Difficulties and kinds are closed
 * vocabularies and are always checked.
 *
 * `TTopic` is the topic type of the index's questions (any string by
 * default; the Django corpus's topic union for its questions).
 */
export interface QuestionFilter<TTopic extends string = string> {
  /** Keep questions filed under one of these topics. Default: any topic. */
  readonly topics?: readonly TTopic[] | undefined
  /** Keep questions whose set has one of these subjects (taxonomy ids, e.g. `'django'`; needs `sets` given to `createIndex`). Default: any subject. */
  readonly subjects?: readonly string[] | undefined
  /** Keep questions carrying every one of these tags. Default: no constraint. */
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
  /**
   * Keep questions whose every text may be used under one of these licenses
   * (SPDX ids, or `'unknown'`): the prompt's license and, when there is an
   * answer, the answer's (a question without a `license` field counts as
   * `'unknown'`). For an app that may only redistribute openly licensed text:
   * `licenses: ['CC-BY-4.0', 'MIT']`. Default: any license.
   */
  readonly licenses?: readonly string[] | undefined
  /** Question ids to leave out (e.g. already seen). Unknown ids are ignored: leaving out a question that is not there is no mistake. Default: none. */
  readonly exclude?: readonly string[] | undefined
  /** What an unknown topic, subject, set, tag or cluster does: `'error'` throws `UNKNOWN_VALUE`; `'match-none'` matches no question. Default `'error'`. */
  readonly unknownValues?: 'error' | 'match-none' | undefined
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

const FILTER_KEYS = ['topics', 'subjects', 'tags', 'anyTags', 'difficulties', 'sets', 'clusters', 'licenses', 'hasAnswer', 'kind', 'exclude', 'unknownValues'] as const

/**
 * Check a filter against the index and translate it to codes; unknown values
 * follow the rule documented on {@link QuestionFilter}. Runs on every query
 * and draw, so it allocates little (no closures).
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
  const unknownValues = filter.unknownValues ?? 'error'
  if (unknownValues !== 'error' && unknownValues !== 'match-none') {
    throw new QuizbankError('UNKNOWN_VALUE', `${caller}: option "unknownValues": expected 'error' or 'match-none', received ${describeValue(unknownValues)}.`, {
      option: 'unknownValues',
      expected: ['error', 'match-none'],
    })
  }
  const lenient = unknownValues === 'match-none'
  for (const [option, field] of SINGLE_FIELDS) {
    const values = stringList(filter[option], option, caller)
    if (values.length === 0) continue
    const known = data.fields[field]
    const codes = lookUp(known.codes, values, option, field, caller, lenient, field === 'subject' || field === 'cluster' ? HIDDEN_CODE : undefined)
    push(out, 'single', field, codes, option, values)
  }
  const licenses = stringList(filter.licenses, 'licenses', caller)
  if (licenses.length > 0) {
    push(out, 'single', 'license', licenseCodes(data, licenses, caller, lenient), 'licenses', licenses)
  }
  for (const option of ['tags', 'anyTags'] as const) {
    const values = stringList(filter[option], option, caller)
    if (values.length === 0) continue
    const codes = lookUp(data.tags.codes, values, option, 'tag', caller, lenient)
    // `tags` needs every one: an unknown tag leaves nothing to match.
    if (option === 'tags' && codes.length < new Set(values).size) out.matchesNothing = true
    push(out, option === 'tags' ? 'allTags' : 'anyTags', undefined, codes, option, values)
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

// Option and index field, whose name is also the noun for messages. Difficulty
// is the closed vocabulary: its unknown values are errors even with 'match-none'.
const SINGLE_FIELDS = [
  ['topics', 'topic'],
  ['subjects', 'subject'],
  ['difficulties', 'difficulty'],
  ['sets', 'set'],
  ['clusters', 'cluster'],
] as const

/**
 * Codes of the (prompt, answer) license pairs whose every part is allowed.
 * An allowed license no question uses is an unknown value, by the same rule
 * as every other field.
 */
function licenseCodes(data: IndexData, allowed: readonly string[], caller: string, lenient: boolean): number[] {
  const field = data.fields.license
  const parts = field.values.map((key) => key.split('\t').filter((part) => part !== ''))
  const known = [...new Set(parts.flat())].sort()
  lookUp(codeValues(known).book, allowed, 'licenses', 'license', caller, lenient)
  const ok = new Set(allowed)
  const codes: number[] = []
  parts.forEach((p, code) => {
    if (p.every((l) => ok.has(l))) codes.push(code)
  })
  return codes
}

// Code 0 of `subject` and `cluster` is "none" (the empty string), which is not a value a filter can name.
const HIDDEN_CODE = 0

/**
 * Codes of `values`. An unknown value throws `UNKNOWN_VALUE` (with a
 * suggestion and the known values), or is dropped when `lenient`.
 */
function lookUp(
  codes: Codebook,
  values: readonly string[],
  option: string,
  noun: string,
  caller: string,
  lenient: boolean,
  hidden?: number,
): number[] {
  const out: number[] = []
  for (const v of values) {
    const code = codes.get(v)
    if (code !== undefined && code !== hidden) {
      out.push(code)
      continue
    }
    if (lenient && noun !== 'difficulty') continue
    const expected = codes.values.filter((_, c) => c !== hidden)
    const advice = noun === 'difficulty' ? '' : ` To let unknown values match nothing instead (e.g. a saved filter), pass unknownValues: 'match-none'.`
    const none = noun === 'subject' && expected.length === 0 ? ' No subjects are known: pass the sets (with their "subject") to createIndex: createIndex(questions, { sets }).' : ''
    throw new QuizbankError(
      'UNKNOWN_VALUE',
      `${caller}: option "${option}": unknown ${noun} ${describeValue(v)}.${suggest(v, expected)} Known ${option}: ${listValues(expected)}.${none}${advice}`,
      { option, expected },
    )
  }
  return out
}

function push(out: Builder, type: Clause['type'], field: SingleFieldName | undefined, raw: number[], option: string, values: readonly (string | boolean)[]): void {
  // A clause left with no code (every value unknown, or no license pair allowed) keeps nothing.
  if (raw.length === 0) out.matchesNothing = true
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
