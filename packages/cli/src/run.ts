import { Command, CommanderError } from 'commander'
import pkg from '../package.json' with { type: 'json' }
import { defineExport } from './commands/export.js'
import { defineImport } from './commands/import.js'
import { defineParse } from './commands/parse.js'
import { defineQuiz } from './commands/quiz.js'
import { defineSearch } from './commands/search.js'
import { defineStats } from './commands/stats.js'
import { defineTopics } from './commands/topics.js'
import { defineValidate } from './commands/validate.js'
import { CliError, EXIT, type ExitCode } from './errors.js'
import { createStyles, type Io } from './io.js'
import { translateError } from './translateError.js'

const EPILOGUE = `
Examples:
  $ quizbank quiz --topic orm --count 10 --seed friday
  $ quizbank search "prefetch related" --topic orm
  $ quizbank parse notes.txt --out notes.md
  $ quizbank validate my-set.md data/*.json
  $ quizbank export --format gift --topic orm -o orm.gift
  $ quizbank import --format anki deck.txt -o deck.md

Every command takes --json for machine-readable output. Colour is used only
on a terminal, never when NO_COLOR is set.

Exit codes:
  0  success
  1  invalid input data (a question set that fails validation, a document the parser rejects)
  2  usage error (unknown command, flag or topic; a bad number; a file that cannot be read)
`

/**
 * Run the `quizbank` command line on `argv` (the arguments after the program
 * name) and resolve to the exit code; never calls `process.exit`, so tests
 * and other tools can run it in-process. Heavy modules (the corpus, the
 * parsers, the schema library) are imported only by the commands that need
 * them, so `quizbank --help` starts fast.
 *
 * @example
 *   const { stdout, stderr, env } = process
 *   const code = await run(['quiz', '--count', '3', '--seed', '42'], { stdout, stderr, env, cwd: process.cwd() })
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const err = createStyles(io.stderr, io.env)
  const program = new Command('quizbank')
    .description(pkg.description)
    .version(pkg.version, '-V, --version')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(err.red(s)),
    })
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .addHelpText('after', EPILOGUE)
  defineQuiz(program.command('quiz'), io)
  defineSearch(program.command('search'), io)
  defineTopics(program.command('topics'), io)
  defineStats(program.command('stats'), io)
  defineParse(program.command('parse'), io)
  defineValidate(program.command('validate'), io)
  defineExport(program.command('export'), io)
  defineImport(program.command('import'), io)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return EXIT.ok
  } catch (thrown) {
    // Commander has already printed its message (an unknown command or flag
    // with a "did you mean"; bare `quizbank` prints the help to stderr).
    if (thrown instanceof CommanderError) return thrown.exitCode === 0 ? EXIT.ok : EXIT.usage
    const error = translateError(thrown)
    if (error instanceof CliError) {
      if (error.message !== '') io.stderr.write(`${err.red(`quizbank ${commandName(argv)}: ${error.message}`)}\n`)
      return error.exitCode
    }
    throw error
  }
}

/** The sub-command named on the command line, for error prefixes. */
function commandName(argv: readonly string[]): string {
  return argv.find((a) => !a.startsWith('-')) ?? ''
}
