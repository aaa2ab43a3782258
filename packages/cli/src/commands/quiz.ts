import { randomBytes } from 'node:crypto'
import { Option, type Command } from 'commander'
import type { Question, StratifyOptions } from '@quizbank/core'
import { shellQuote } from '../format/shellQuote.js'
import { createStyles, type Io } from '../io.js'
import { addFilterOptions, filterArgs, toFilter, type FilterFlags } from '../options/filterOptions.js'
import { parseStratify, stratifyArgs } from '../options/parseStratify.js'
import { nowOption } from '../options/parseTime.js'
import { parseWholeNumber } from '../options/parseWholeNumber.js'
import { CliError, EXIT } from '../errors.js'
import { loadCorpus } from '../loadCorpus.js'

interface QuizFlags extends FilterFlags {
  readonly count: number
  readonly seed?: string
  readonly stratify?: StratifyOptions
  readonly distinct?: boolean
  readonly answers?: boolean
  readonly json?: boolean
  readonly interactive?: boolean
  readonly stateDir?: string
  readonly now?: Date
}

const EXAMPLES = `
Examples:
  $ quizbank quiz                                    five questions, fresh seed
  $ quizbank quiz --topic orm --topic models --count 10 --seed friday
  $ quizbank quiz --stratify difficulty=beginner:50,intermediate:30,advanced:20 --count 10 --distinct
  $ quizbank quiz --has-answer --answers --seed 42   with the answers printed
  $ quizbank quiz --interactive --topic orm --count 10   a spaced-repetition session

The last line of the output is a command that draws exactly the same quiz
again: same flags and seed give the same questions in the same order on
every machine (for the same corpus release).`

/**
 * `quizbank quiz`: a reproducible quiz from the bundled corpus, followed by
 * the command (every flag, shell-quoted) that draws exactly that quiz again.
 *
 * @example
 *   defineQuiz(program.command('quiz'), io)
 */
export function defineQuiz(command: Command, io: Io): void {
  addFilterOptions(command.description('print a quiz drawn from the bundled corpus, and the command that draws it again'))
    .addOption(new Option('--count <n>', 'how many questions').argParser(parseWholeNumber()).default(5))
    .addOption(new Option('--seed <seed>', 'same seed and flags, same quiz (default: a fresh random seed, printed)'))
    .addOption(new Option('--stratify <spec>', 'spread the draw: topic, difficulty, or weights like difficulty=beginner:2,advanced:1 (repeatable)').argParser(parseStratify))
    .option('--distinct', 'never two near-duplicate questions (same cluster)')
    .option('--answers', 'print the answers and mark the correct choices')
    .option('--json', 'print the quiz as JSON (the full question records)')
    .option('-i, --interactive', 'review in the terminal: reveal, grade yourself, spaced repetition (FSRS) across sessions')
    .option('--state-dir <dir>', 'where --interactive keeps review state (default: $QUIZBANK_STATE_DIR, else $XDG_STATE_HOME/quizbank)')
    .addOption(nowOption())
    .addHelpText('after', EXAMPLES)
    .action(async (flags: QuizFlags) => {
      if (flags.interactive === true) {
        if (flags.json === true) throw new CliError('--interactive and --json do not combine: a review session is for a person.', EXIT.usage)
        // A session orders by due date, so spreading or de-duplicating the draw does not apply; say so rather than drop it silently.
        const ignored = [flags.stratify === undefined ? '' : '--stratify', flags.distinct === true ? '--distinct' : ''].filter((f) => f !== '')
        if (ignored.length > 0) io.stderr.write(`note: ${ignored.join(' and ')} shape printed quizzes only; a review session takes due questions first, then new ones.\n`)
        const [{ runReview }, { resolveStateDir }] = await Promise.all([import('../review/runReview.js'), import('../review/resolveStateDir.js')])
        const now = flags.now
        await runReview(
          {
            filter: toFilter(flags),
            count: flags.count,
            seed: flags.seed ?? randomBytes(4).toString('hex'),
            stateDir: resolveStateDir(flags.stateDir, io.env, io.cwd),
            now: () => now ?? new Date(),
          },
          io,
        )
        return
      }
      const { sample, query } = await import('@quizbank/core')
      const { index } = await loadCorpus()
      // A readable fresh seed; it is printed, so the quiz stays reproducible.
      const seed = flags.seed ?? randomBytes(4).toString('hex')
      const filter = toFilter(flags)
      const questions = sample(index, {
        ...filter,
        count: flags.count,
        seed,
        ...(flags.stratify === undefined ? {} : { stratify: flags.stratify }),
        ...(flags.distinct === true ? { distinct: 'cluster' as const } : {}),
      })
      const pool = query(index, filter).total
      const again = ['quizbank', 'quiz', ...filterArgs(flags), '--count', String(flags.count), '--seed', seed, ...stratifyArgs(flags.stratify)]
      if (flags.distinct === true) again.push('--distinct')
      if (flags.answers === true) again.push('--answers')
      const commandLine = again.map(shellQuote).join(' ')
      if (flags.json === true) {
        io.stdout.write(`${JSON.stringify({ seed, count: questions.length, pool, command: commandLine, questions }, null, 2)}\n`)
        return
      }
      io.stdout.write(renderQuiz(questions, { seed, pool, answers: flags.answers === true, commandLine }, io))
    })
}

/** The human quiz: a header, numbered questions with topic, level and id, and the command to draw it again. */
function renderQuiz(questions: readonly Question[], info: { seed: string; pool: number; answers: boolean; commandLine: string }, io: Io): string {
  const s = createStyles(io.stdout, io.env)
  const out = [s.bold(`Quiz: ${questions.length} of ${info.pool} matching question${info.pool === 1 ? '' : 's'}, seed ${shellQuote(info.seed)}`), '']
  const pad = String(questions.length).length
  questions.forEach((q, i) => {
    const indent = ' '.repeat(pad + 2)
    out.push(`${String(i + 1).padStart(pad)}. ${s.bold(q.prompt)}`)
    out.push(indent + s.dim([q.topic, q.difficulty?.level, q.id].filter((x) => x !== undefined).join(' · ')))
    q.choices?.forEach((c, k) => {
      const mark = info.answers && c.correct ? s.green(' ✓') : ''
      out.push(`${indent}${String.fromCharCode(97 + (k % 26))}) ${c.text}${mark}`)
    })
    if (info.answers) {
      if (q.answer !== undefined) out.push(...q.answer.split('\n').map((line) => (line === '' ? '' : indent + line)))
      else if (q.choices === undefined) out.push(indent + s.dim('(no answer in the source)'))
    }
    out.push('')
  })
  out.push(`${s.dim('Same quiz again:')} ${info.commandLine}`)
  return `${out.join('\n')}\n`
}
