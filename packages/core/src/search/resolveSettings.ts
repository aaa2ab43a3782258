import { QuizbankError, describeValue, type QuizbankErrorCode } from '../errors.js'
import type { TextIndexSettings } from './buildTextIndex.js'
import { DEFAULT_STOP_WORDS, normalizeTerm } from './tokenize.js'

/** Options of a search index as the user may give them (every field optional); see `SearchIndexOptions`. */
export interface SettingsInput {
  readonly k1?: unknown
  readonly b?: unknown
  readonly boost?: unknown
  readonly stopWords?: unknown
  readonly stem?: unknown
}

/**
 * Check search index options and fill in the defaults. The same checks
 * guard `createSearchIndex` options (`INVALID_OPTION`) and the settings of a
 * serialised index (`INVALID_DATA`), so a loaded index can hold nothing a
 * built one could not.
 *
 * @example
 *   resolveSettings({ boost: { prompt: 3 } }, 'createSearchIndex', 'INVALID_OPTION').boost // { prompt: 3, answer: 0.2, hints: 1 }
 */
export function resolveSettings(options: SettingsInput, caller: string, code: QuizbankErrorCode): TextIndexSettings {
  const where = code === 'INVALID_OPTION' ? 'option' : 'setting'
  const fail = (option: string, expected: string, value: unknown): never => {
    throw new QuizbankError(code, `${caller}: ${where} "${option}": expected ${expected}, received ${describeValue(value)}.`, { option })
  }
  const number = (value: unknown, option: string, fallback: number, ok: (x: number) => boolean, expected: string): number => {
    if (value === undefined) return fallback
    if (typeof value === 'number' && Number.isFinite(value) && ok(value)) return value
    return fail(option, expected, value)
  }
  const boost = (options.boost ?? {}) as { readonly prompt?: unknown; readonly answer?: unknown; readonly hints?: unknown }
  if (typeof boost !== 'object' || boost === null || Array.isArray(boost)) fail('boost', 'an object like { prompt: 2 }', boost)
  const stopWords = options.stopWords ?? DEFAULT_STOP_WORDS
  if (!Array.isArray(stopWords) || stopWords.some((w) => typeof w !== 'string')) fail('stopWords', 'an array of words', stopWords)
  const weight = (x: number) => x >= 0
  return {
    k1: number(options.k1, 'k1', 1.2, (x) => x > 0, 'a number > 0'),
    b: number(options.b, 'b', 0.75, (x) => x >= 0 && x <= 1, 'a number from 0 to 1'),
    // Field boosts tuned on the relevance judgments (npm run eval:search, tuning nDCG@5):
    // prompt/answer 2/1 → 0.675, 4/1 → 0.700, 4/0.5 → 0.742, 4/0.3 → 0.763, 4/0.2 → 0.776, 6/0.5 (b 0.9) → 0.753.
    // The prompt states what a question is about; an answer mentions much else.
    boost: {
      prompt: number(boost.prompt, 'boost.prompt', 4, weight, 'a number ≥ 0'),
      answer: number(boost.answer, 'boost.answer', 0.2, weight, 'a number ≥ 0'),
      hints: number(boost.hints, 'boost.hints', 1, weight, 'a number ≥ 0'),
    },
    stem: options.stem === undefined ? true : typeof options.stem === 'boolean' ? options.stem : fail('stem', 'true or false', options.stem),
    // Stored as indexed terms, so 'The' or 'Café' in the list still match.
    stopWords: (stopWords as string[]).map(normalizeTerm).filter((w) => w !== ''),
  }
}
