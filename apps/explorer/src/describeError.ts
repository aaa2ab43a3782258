import { QuizbankError } from '@quizbank/core'

/**
 * The message to show for an error thrown while answering a URL: a
 * `QuizbankError` already says what was wrong and what was expected
 * (e.g. an unknown topic in a shared link); anything else is a bug.
 *
 * @example
 *   describeError(new QuizbankError('UNKNOWN_VALUE', 'query: option "topics": unknown topic "orms".'))
 */
export function describeError(error: unknown): string {
  if (error instanceof QuizbankError) return error.message
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300)
}
