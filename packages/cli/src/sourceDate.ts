import type { Io } from './io.js'

/**
 * Today as YYYY-MM-DD, or the date of `SOURCE_DATE_EPOCH` when it is set,
 * so that files written with a "retrieved" date are reproducible.
 *
 * @example
 *   sourceDate({ SOURCE_DATE_EPOCH: '1764547200' }) // '2025-12-01'
 */
export function sourceDate(env: Io['env']): string {
  const epoch = Number(env['SOURCE_DATE_EPOCH'])
  return (Number.isFinite(epoch) && env['SOURCE_DATE_EPOCH'] !== undefined ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 10)
}
