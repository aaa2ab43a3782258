/**
 * The documented exit codes: `0` success, `1` the input data is invalid
 * (a question set that fails validation, a document the parser rejects),
 * `2` the command line is wrong (unknown flag or topic, a bad number, a file
 * that cannot be read).
 */
export const EXIT = { ok: 0, invalidData: 1, usage: 2 } as const

/** An exit code the CLI returns. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/**
 * A failure the user can act on: printed as `quizbank <command>: <message>`
 * without a stack trace, then the process exits with `exitCode`.
 *
 * @example
 *   throw new CliError('--count: expected a whole number ≥ 0, received "abc".', EXIT.usage)
 */
export class CliError extends Error {
  override readonly name = 'CliError'
  readonly exitCode: ExitCode

  constructor(message: string, exitCode: ExitCode) {
    super(message)
    this.exitCode = exitCode
  }
}
