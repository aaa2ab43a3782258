// The programmatic entry of the `quizbank` command line (the bin is src/bin.ts).
export { run } from './run.js'
export { EXIT, CliError } from './errors.js'
export type { ExitCode } from './errors.js'
export type { Io, OutputStream } from './io.js'
