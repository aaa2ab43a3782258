import { mkdir, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import type { QuestionSet } from '@quizbank/core'
import type { ImportDiagnostic, ImportedQuestion, ImportResult } from '@quizbank/formats'
import { draftsToQuestions } from '../draftsToQuestions.js'
import { CliError, EXIT } from '../errors.js'
import { createStyles, type Io } from '../io.js'
import { readInput } from '../readInput.js'
import { resolveSubject } from '../resolveSubject.js'
import { sourceDate } from '../sourceDate.js'

/** The formats `import` reads: those of `FORMATS` that carry questions back (a test holds the lists equal). */
export const IMPORT_FORMATS = ['gift', 'moodle-xml', 'anki', 'aiken', 'csv', 'json'] as const

interface ImportFlags {
  readonly format: (typeof IMPORT_FORMATS)[number]
  readonly out?: string
  readonly to?: 'markdown' | 'json'
  readonly taxonomy?: string
  readonly setId?: string
  readonly json?: boolean
}

const EXAMPLES = `
Examples:
  $ quizbank import --format gift quiz.gift -o quiz.md        the quizbank authoring format, for review
  $ quizbank import --format anki deck.txt -o deck.json       a QuestionSet as JSON
  $ quizbank import --format csv py.csv --taxonomy python.json --set-id py-basics -o py.md
  $ quizbank import --format aiken mc.txt                     print the authoring format

Questions become corpus records the way \`quizbank parse --out\` makes them:
topics from the file (a GIFT/Moodle category, an Anki deck) or from the
subject's taxonomy rules, ids kept when the file has them. Every line that
could not be read is reported as file:line: message. Exit code 1 when
something could not be read or the set does not validate, 2 for usage errors.`

/**
 * `quizbank import --format <fmt> <file>`: questions from an interchange
 * format (`@quizbank/formats`) as a question set in the quizbank authoring
 * format (markdown) or JSON, enriched with `draftToQuestion` for the
 * subject's taxonomy and validated, ready for the corpus.
 *
 * @example
 *   defineImport(program.command('import'), io)
 */
export function defineImport(command: Command, io: Io): void {
  command
    .description('import questions from GIFT, Moodle XML, Anki, Aiken, CSV or JSON into the quizbank format')
    .argument('<file>', 'the file to import')
    .addOption(new Option('--format <format>', 'the file format').choices(IMPORT_FORMATS).makeOptionMandatory())
    .option('-o, --out <file>', 'write the set here (.json: JSON, otherwise the authoring format) instead of stdout')
    .addOption(new Option('--to <kind>', 'output kind when printing to stdout').choices(['markdown', 'json']))
    .option('--taxonomy <file>', "the subject's taxonomy (JSON) for topics; default: the bundled django taxonomy")
    .option('--set-id <id>', "the new set's id (default: the id prefix the file's questions share, else the file name)")
    .option('--json', 'print a JSON report (the set, every diagnostic) instead of the human summary')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: ImportFlags) => {
      const [formats, { decodeInput, serializeMarkdown }, core, { validateQuestionSet }] = await Promise.all([import('@quizbank/formats'), import('@quizbank/parsers'), import('@quizbank/core'), import('@quizbank/core/schema')])
      const subject = await resolveSubject(undefined, flags.taxonomy, io.cwd)
      if (flags.setId !== undefined && !core.SET_ID_PATTERN.test(flags.setId)) throw new CliError(`--set-id: expected a kebab-case id such as "py-basics", received "${flags.setId.slice(0, 60)}".`, EXIT.usage)
      const text = decodeInput(await readInput(file, io.cwd)).text
      const read: ImportResult & { set?: QuestionSet } = {
        gift: () => formats.fromGift(text),
        'moodle-xml': () => formats.fromMoodleXml(text),
        anki: () => formats.fromAnki(text),
        aiken: () => formats.fromAiken(text),
        csv: () => formats.fromCsv(text),
        json: () => formats.fromJson(text, { file, taxonomy: subject.taxonomy }),
      }[flags.format]()
      const diagnostics: ImportDiagnostic[] = [...read.diagnostics]
      let set: QuestionSet
      if (read.set !== undefined) {
        set = read.set
      } else {
        const setId = flags.setId ?? sharedPrefix(read.questions, core.SET_ID_PATTERN) ?? core.slugify(basename(file, extname(file)), { maxWords: 8 })
        const drafts = read.questions.map((q) => keepOwnId(q, setId, core.QUESTION_ID_PATTERN, diagnostics))
        set = {
          id: setId,
          title: read.title ?? basename(file, extname(file)),
          subject: subject.taxonomy.id,
          language: 'en',
          source: { title: basename(file), publisher: 'unknown', retrieved: sourceDate(io.env), license: 'unknown' },
          questions: await draftsToQuestions({ questions: drafts, meta: read.title === undefined ? {} : { title: read.title } }, setId, subject),
        }
      }
      const validation = validateQuestionSet(set, { file: flags.out ?? '<output>', taxonomy: subject.taxonomy })
      const problems = validation.ok ? [] : validation.issues.map((i) => i.message)
      const kind = flags.out !== undefined ? (extname(flags.out).toLowerCase() === '.json' ? 'json' : 'markdown') : (flags.to ?? 'markdown')
      const output = kind === 'json' ? `${JSON.stringify(set, null, 2)}\n` : serializeMarkdown(set, { taxonomy: subject.taxonomy })
      if (flags.out !== undefined) {
        const path = resolve(io.cwd, flags.out)
        await mkdir(dirname(path), { recursive: true })
        await writeFile(path, output)
      }
      const errors = diagnostics.filter((d) => d.severity === 'error').length + problems.length
      if (flags.json === true) {
        io.stdout.write(`${JSON.stringify({ file, format: flags.format, out: flags.out ?? null, questions: set.questions.length, diagnostics: diagnostics.map((d) => ({ file, ...d })), invalid: problems, ...(flags.out === undefined ? { set } : {}) }, null, 2)}\n`)
      } else {
        if (flags.out === undefined) io.stdout.write(output)
        const stream = flags.out === undefined ? io.stderr : io.stdout
        const s = createStyles(stream, io.env)
        const lines = diagnostics.map((d) => {
          const text = `${file}${d.line === undefined ? '' : `:${d.line}`}: ${d.severity}: ${d.message.replace(/^line \d+: /, '')}`
          return d.severity === 'error' ? s.red(text) : s.yellow(text)
        })
        lines.push(...problems.map((p) => s.red(p)))
        lines.push(`${flags.out ?? 'stdout'}: ${set.questions.length} question${set.questions.length === 1 ? '' : 's'} (set "${set.id}") in the quizbank ${kind === 'json' ? 'JSON' : 'authoring'} format · ${diagnostics.filter((d) => d.severity === 'error').length} errors · ${diagnostics.filter((d) => d.severity === 'warning').length} warnings${problems.length > 0 ? ` · ${problems.length} validation problems` : ''}`)
        stream.write(`${lines.join('\n')}\n`)
      }
      if (errors > 0) throw new CliError('', EXIT.invalidData)
    })
}

/** The set id every stated question id shares, when they share one. */
function sharedPrefix(questions: readonly ImportedQuestion[], setIdPattern: RegExp): string | undefined {
  const prefixes = new Set(questions.flatMap((q) => (q.id === undefined ? [] : [q.id.split('/')[0] ?? ''])))
  const [only] = prefixes
  return prefixes.size === 1 && only !== undefined && setIdPattern.test(only) ? only : undefined
}

/** A stated id is kept when it is an id of this set; otherwise a new one is minted, with a warning. */
function keepOwnId(q: ImportedQuestion, setId: string, questionIdPattern: RegExp, diagnostics: ImportDiagnostic[]): ImportedQuestion {
  if (q.id === undefined) return q
  if (q.id.startsWith(`${setId}/`) && questionIdPattern.test(q.id)) return q
  diagnostics.push({ severity: 'warning', line: q.lines.first, message: `id "${q.id.slice(0, 80)}" is not an id of set "${setId}"; a new id is minted.` })
  const { id: _id, ...rest } = q
  return rest
}
