import { styleText } from 'node:util'

/** A stream the CLI writes to: `process.stdout` or a test's collector. */
export interface OutputStream {
  write(text: string): unknown
  /** True for a terminal; colour is used only then. */
  readonly isTTY?: boolean | undefined
}

/**
 * Everything the CLI touches outside itself, so tests can run it in-process.
 * `process` satisfies it; a test passes collectors and a fixed environment.
 */
export interface Io {
  readonly stdout: OutputStream
  readonly stderr: OutputStream
  /** Input of `quiz --interactive`. Default: `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream | undefined
  readonly env: Readonly<Record<string, string | undefined>>
  /** Directory that relative file arguments are resolved against. */
  readonly cwd: string
}

/** The text styles the CLI uses; each is the identity when colour is off. */
export interface Styles {
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly red: (text: string) => string
  readonly yellow: (text: string) => string
  readonly green: (text: string) => string
  readonly cyan: (text: string) => string
}

/**
 * Colour only on a terminal, and never when `NO_COLOR` is set to a non-empty
 * value (https://no-color.org), so pipes, files and logs get plain text.
 *
 * @example
 *   colorEnabled(process.stdout, process.env) // false in `quizbank topics | less`
 */
export function colorEnabled(stream: OutputStream, env: Io['env']): boolean {
  return stream.isTTY === true && (env['NO_COLOR'] ?? '') === ''
}

/**
 * The styles for one stream: `node:util` `styleText` when colour is enabled,
 * plain text otherwise.
 *
 * @example
 *   createStyles(io.stdout, io.env).bold('Quiz')
 */
export function createStyles(stream: OutputStream, env: Io['env']): Styles {
  const on = colorEnabled(stream, env)
  // We decide (the stream may be a test's collector); styleText must not second-guess it from process.stdout.
  const style = (format: Parameters<typeof styleText>[0]) => (text: string) => (on ? styleText(format, text, { validateStream: false }) : text)
  return { bold: style('bold'), dim: style('dim'), red: style('red'), yellow: style('yellow'), green: style('green'), cyan: style('cyan') }
}
