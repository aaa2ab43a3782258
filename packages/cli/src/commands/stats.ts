import type { Command } from 'commander'
import { corpusStats } from '../corpusStats.js'
import { formatTable } from '../format/formatTable.js'
import { createStyles, type Io } from '../io.js'
import { loadCorpus } from '../loadCorpus.js'
import { nowOption } from '../options/parseTime.js'

/**
 * `quizbank stats`: what the bundled corpus holds, per set, topic and
 * difficulty, and its near-duplicate clusters.
 *
 * @example
 *   defineStats(program.command('stats'), io)
 */
export function defineStats(command: Command, io: Io): void {
  command
    .description('show the composition of the bundled corpus: sets, topics, difficulty, clusters')
    .option('--json', 'print the figures as JSON')
    .option('--state-dir <dir>', 'review state to report on (default: as for quiz --interactive)')
    .addOption(nowOption())
    .addHelpText('after', '\nExamples:\n  $ quizbank stats\n  $ quizbank stats --json | jq .topics\n\nWith a review history (quiz --interactive), also your progress.')
    .action(async (flags: { json?: boolean; stateDir?: string; now?: Date }) => {
      const [{ sets, topics }, { reviewProgress }, { resolveStateDir }] = await Promise.all([loadCorpus(), import('../review/reviewProgress.js'), import('../review/resolveStateDir.js')])
      const stats = corpusStats(sets, topics)
      const progress = await reviewProgress(resolveStateDir(flags.stateDir, io.env, io.cwd), flags.now ?? new Date())
      if (flags.json === true) {
        io.stdout.write(`${JSON.stringify({ ...stats, reviews: progress ?? null }, null, 2)}\n`)
        return
      }
      const s = createStyles(io.stdout, io.env)
      const table = (head: string[], rows: (string | number)[][]) =>
        formatTable(head, rows, { align: head.map((_, i) => (i === 0 ? 'left' : 'right')), styleHeader: s.bold })
      const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`)
      io.stdout.write(
        [
          s.bold(`${stats.questions} questions in ${stats.sets.length} sets, ${pct(stats.answered, stats.questions)} with an answer`),
          '',
          table(
            ['set', 'questions', 'answered', 'rated', 'inferred prompts', 'in a cluster'],
            stats.sets.map((x) => [x.id, x.questions, pct(x.answered, x.questions), x.rated, x.inferredPrompts, x.clustered]),
          ),
          '',
          table(
            ['topic', 'questions', 'answered', 'beginner', 'intermediate', 'advanced', 'unrated'],
            stats.topics.map((t) => [t.id, t.questions, pct(t.answered, t.questions), t.beginner, t.intermediate, t.advanced, t.unrated]),
          ),
          '',
          table(['difficulty', 'stated by source', 'inferred by rule', 'reviewed'], stats.difficulty.map((d) => [d.level, d.fromSource, d.byRule, d.reviewed])),
          '',
          `${stats.clusters.count} near-duplicate clusters hold ${stats.clusters.questions} questions; largest: ${stats.clusters.largest.map((c) => `${c.id} (${c.size})`).join(', ')}`,
          ...(progress === undefined
            ? []
            : [
                '',
                s.bold(`Your reviews (${progress.stateDir})`),
                `${progress.reviewed} questions reviewed: ${progress.due} due now, ${progress.learning} learning, ${progress.inReview} in review${progress.nextDue === null ? '' : `; next due ${progress.nextDue.slice(0, 16).replace('T', ' ')} UTC`}`,
              ]),
          '',
        ].join('\n'),
      )
    })
}
