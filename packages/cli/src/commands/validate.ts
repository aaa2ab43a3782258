import type { Command } from 'commander'
import { CliError, EXIT } from '../errors.js'
import { createProgress } from '../format/createProgress.js'
import { createStyles, type Io } from '../io.js'
import { readInput } from '../readInput.js'
import { validateFile, type FileReport } from '../validateFile.js'

const EXAMPLES = `
Examples:
  $ quizbank validate my-set.md              the quizbank authoring format
  $ quizbank validate packages/corpus/data/*.json
  $ quizbank validate my-set.md --json
  $ quizbank validate python-set.json --taxonomy python.json   another subject's topics

Topics are checked against the taxonomy of each set's subject: the bundled
one (django), or the file given with --taxonomy.

Each problem is printed as file:line: message (with the field path for
schema problems). Exit code 1 when any file is invalid, 0 when all are valid.`

/**
 * `quizbank validate <file…>`: check question sets in JSON or the quizbank
 * authoring markdown against the schema, reporting every problem with its
 * line; exit code 1 when anything is invalid.
 *
 * @example
 *   defineValidate(program.command('validate'), io)
 */
export function defineValidate(command: Command, io: Io): void {
  command
    .description('check question sets (JSON or quizbank markdown) and report every problem with its line')
    .argument('<file...>', 'question-set files: .json, .md')
    .option('--taxonomy <file>', "check topics against this taxonomy (JSON) instead of the bundled taxonomy of the set's subject")
    .option('--json', 'print the reports as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], flags: { json?: boolean; taxonomy?: string }) => {
      const reports: FileReport[] = []
      const progress = createProgress(io)
      try {
        for (const [i, file] of files.entries()) {
          progress.update(i, files.length, file)
          reports.push(await validateFile(file, await readInput(file, io.cwd), { taxonomy: flags.taxonomy, cwd: io.cwd }))
        }
      } finally {
        progress.clear()
      }
      if (flags.json === true) io.stdout.write(`${JSON.stringify(reports, null, 2)}\n`)
      else io.stdout.write(renderReports(reports, io))
      if (reports.some((r) => !r.ok)) throw new CliError('', EXIT.invalidData)
    })
}

function renderReports(reports: readonly FileReport[], io: Io): string {
  const s = createStyles(io.stdout, io.env)
  const out: string[] = []
  for (const r of reports) {
    for (const p of r.problems) out.push(`${r.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`)
    const questions = `${r.questions} question${r.questions === 1 ? '' : 's'}`
    out.push(r.ok ? `${s.green('ok')}   ${r.file} (${questions})` : s.red(`FAIL ${r.file}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} (${questions})`))
  }
  const bad = reports.filter((r) => !r.ok).length
  if (reports.length > 1) out.push(bad === 0 ? `all ${reports.length} files valid` : `${bad} of ${reports.length} files invalid`)
  return `${out.join('\n')}\n`
}
