import { check } from 'recheck'
import type { FoundRegex } from './findRegexes.js'

/** recheck's verdict on one regex. */
export interface RegexVerdict extends FoundRegex {
  /** `safe`, `vulnerable`, or `unknown` (recheck could not decide within the time limit, or could not parse it). */
  readonly status: 'safe' | 'vulnerable' | 'unknown'
  /** For `vulnerable`: the complexity and an attack string's shape; for `unknown`: why. */
  readonly detail: string
}

/** Settings of the check: generous, since a pattern left `unknown` fails the build. */
export const RECHECK_SETTINGS = {
  /** Per pattern, in ms (the slowest of ours takes well under a second with the native binary). */
  timeout: 30_000,
} as const

/**
 * Run recheck over `regexes`, one at a time (its native agent serialises
 * requests anyway), in input order.
 *
 * @example
 *   await checkRegexes([{ at: 'x.ts:1', source: '^(a+)+$', flags: '' }]) // [{ …, status: 'vulnerable', detail: 'exponential …' }]
 */
export async function checkRegexes(regexes: readonly FoundRegex[]): Promise<RegexVerdict[]> {
  const out: RegexVerdict[] = []
  for (const regex of regexes) {
    const result = await check(regex.source, regex.flags, { timeout: RECHECK_SETTINGS.timeout })
    const detail =
      result.status === 'vulnerable'
        ? `${result.complexity.summary}, attack ${JSON.stringify(result.attack.pattern)}`
        : result.status === 'unknown'
          ? `${result.error.kind}${'message' in result.error ? ` ${String(result.error.message)}` : ''}`
          : ''
    out.push({ ...regex, status: result.status, detail })
  }
  return out
}
