import { CliError, EXIT } from './errors.js'

// Core option names → the flags that set them.
const FLAGS: Readonly<Record<string, string>> = {
  topics: '--topic',
  tags: '--tag',
  sets: '--set',
  difficulties: '--difficulty',
  licenses: '--license',
  hasAnswer: '--has-answer',
  kind: '--kind',
  count: '--count',
  seed: '--seed',
  stratify: '--stratify',
  distinct: '--distinct',
  limit: '--limit',
  offset: '--offset',
}

/**
 * Turn an error of `@quizbank/core` (a `QuizbankError`: unknown topic, pool
 * too small, bad weights) into a usage error that speaks in flags. Core's
 * message already says what was wrong, lists the valid values and suggests a
 * likely spelling; only its vocabulary changes: `option "topics"` becomes
 * `--topic`, and the JavaScript `example:` line is dropped. Anything else is
 * returned unchanged (a bug, reported as one).
 *
 * @example
 *   translateError(error) // CliError('--topic: unknown topic "orn". Did you mean "orm"? …', 2)
 */
export function translateError(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== 'QuizbankError') return error
  const message = error.message
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('example:'))
    .join('\n')
    .replace(/^[\w.]+: /, '')
    .replace(/option "([\w.]+)"/g, (whole, option: string) => FLAGS[option.split('.')[0] as string] ?? whole)
    .replace(/(Lower|Raise|Remove) "(\w+)"/g, (whole, verb: string, option: string) => (FLAGS[option] === undefined ? whole : `${verb} ${FLAGS[option]}`))
    // Core's seed advice speaks of JavaScript values; the flag takes any text.
    .split(' A seed makes the draw reproducible')[0] as string
  return new CliError(message, EXIT.usage)
}
