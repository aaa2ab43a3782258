import type { Command } from 'commander'
import { formatTable } from '../format/formatTable.js'
import { createStyles, type Io } from '../io.js'
import { loadCorpus } from '../loadCorpus.js'

/**
 * `quizbank topics`: the topics of the bundled corpus with their question
 * counts, taken from the data (so a new topic appears without a CLI release).
 *
 * @example
 *   defineTopics(program.command('topics'), io)
 */
export function defineTopics(command: Command, io: Io): void {
  command
    .description('list the topics of the bundled corpus, with question counts')
    .option('--json', 'print the topics as JSON')
    .addHelpText('after', '\nExamples:\n  $ quizbank topics\n  $ quizbank topics --json | jq -r \'.[].id\'')
    .action(async (flags: { json?: boolean }) => {
      const { topics } = await loadCorpus()
      if (flags.json === true) {
        io.stdout.write(`${JSON.stringify(topics, null, 2)}\n`)
        return
      }
      const s = createStyles(io.stdout, io.env)
      const rows = topics.map((t) => [t.id, t.count, t.label])
      io.stdout.write(`${formatTable(['topic', 'questions', 'label'], rows, { align: ['left', 'right', 'left'], styleHeader: s.bold })}\n`)
    })
}
