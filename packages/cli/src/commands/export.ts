import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import type { Question, QuestionSet } from '@quizbank/core'
import type { ExportResult, Lost, QtiExport } from '@quizbank/formats'
import type { ApkgExport } from '@quizbank/formats/apkg'
import { CliError, EXIT } from '../errors.js'
import { createStyles, type Io } from '../io.js'
import { loadCorpus } from '../loadCorpus.js'
import { sourceDate } from '../sourceDate.js'
import { addFilterOptions, toFilter, type FilterFlags } from '../options/filterOptions.js'

/**
 * The formats `export` writes: the names of `@quizbank/formats`' `FORMATS`,
 * repeated here so that `--help` does not load the formats package (a test
 * holds the two lists equal).
 */
export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'qti', 'anki', 'apkg', 'aiken', 'csv', 'json'] as const

// How much of the lost-parts account fits a terminal: the ids named per line.
const REPORT = { maxIds: 5 } as const

/** What a format's writer returns: a text, a folder of files (QTI) or bytes (.apkg). */
type Written = ExportResult | QtiExport | ApkgExport

interface ExportFlags extends FilterFlags {
  readonly format: (typeof EXPORT_FORMATS)[number]
  readonly out?: string
  readonly json?: boolean
}

const EXAMPLES = `
Examples:
  $ quizbank export --format gift --topic orm -o orm.gift        Moodle: Question bank → Import → GIFT
  $ quizbank export --format anki -o django.txt                    Anki: File → Import (notes update by id)
  $ quizbank export --format apkg -o django.apkg                   Anki deck package: open it in Anki or AnkiDroid
  $ quizbank export --format qti -o qti-package                    a folder: imsmanifest.xml + items/*.xml
  $ quizbank export --format aiken --kind multiple-choice > mc.txt
  $ quizbank export --format csv --has-answer --json -o all.csv    the report as JSON

Formats: gift, moodle-xml, qti (IMS QTI 2.1 content package, a folder), anki
(Anki text import), apkg (Anki deck package), aiken (multiple choice only),
csv (RFC 4180), json.

What a format cannot hold is never dropped silently: questions it cannot hold
at all ("not exported") and the parts it drops ("lost": hints in GIFT,
answers in Aiken, …) are listed after the export, on stderr when the file
goes to stdout. Exit code 1 when no selected question could be exported.`

/**
 * `quizbank export --format <fmt> [filters] [-o file]`: the bundled corpus
 * (filtered like `quiz`) in an interchange format of `@quizbank/formats`,
 * with an exact account of what the format could not hold.
 *
 * @example
 *   defineExport(program.command('export'), io)
 */
export function defineExport(command: Command, io: Io): void {
  addFilterOptions(command.description('export corpus questions to GIFT, Moodle XML, QTI 2.1, Anki (text or .apkg), Aiken, CSV or JSON'))
    .addOption(new Option('--format <format>', 'the file format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --out <path>', 'write to this file (for qti: this folder) instead of stdout (qti and apkg need it)')
    .option('--json', 'print a JSON report (counts, not exported, lost); with no --out it holds the text too')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ExportFlags) => {
      if (flags.format === 'qti' && flags.out === undefined) throw new CliError('--format qti writes a content package (a folder): give it with -o <folder>.', EXIT.usage)
      if (flags.format === 'apkg' && flags.out === undefined) throw new CliError('--format apkg writes a binary file (a zip): give it with -o <file>.apkg.', EXIT.usage)
      const [{ query }, formats, corpus] = await Promise.all([import('@quizbank/core'), import('@quizbank/formats'), loadCorpus()])
      const { questions } = query(corpus.index, toFilter(flags))
      const input = asInput(questions, corpus.sets, flags.set)
      const writers: Record<ExportFlags['format'], () => Written | Promise<Written>> = {
        gift: () => formats.toGift(input),
        'moodle-xml': () => formats.toMoodleXml(input),
        qti: () => formats.toQti(input),
        anki: () => formats.toAnki(input),
        // Loaded only for this format: it brings SQLite (sql.js). Dated like other written files, so SOURCE_DATE_EPOCH makes it reproducible.
        apkg: async () => (await import('@quizbank/formats/apkg')).toApkg(input, { date: new Date(sourceDate(io.env)) }),
        aiken: () => formats.toAiken(input),
        csv: () => formats.toCsv(input),
        // JSON is the model itself: whole sets (with their attribution), one or an array of them, never bare questions.
        json: () => formats.toJson(Array.isArray(input) ? setsOf(input as readonly Question[], corpus.sets) : input),
      }
      const result = await writers[flags.format]()
      const where = flags.out ?? 'stdout'
      if (flags.out !== undefined) await writeOut(resolve(io.cwd, flags.out), result)
      else if (flags.json !== true && 'text' in result) io.stdout.write(result.text)
      if (flags.json === true) {
        const report = { format: flags.format, out: flags.out ?? null, selected: questions.length, exported: result.exported, notExported: result.notExported, lost: result.lost }
        io.stdout.write(`${JSON.stringify(flags.out === undefined && 'text' in result ? { ...report, text: result.text } : report, null, 2)}\n`)
      } else {
        // The account goes where it does not mix with the exported text.
        const stream = flags.out === undefined ? io.stderr : io.stdout
        stream.write(renderReport(where, flags.format, questions.length, result, createStyles(stream, io.env)))
      }
      if (result.exported === 0) throw new CliError(questions.length === 0 ? 'no question matches the filters: nothing exported.' : `none of the ${questions.length} selected questions can be written as ${flags.format} (see "not exported").`, EXIT.invalidData)
    })
}

/** One set when the questions all come from it (its title names decks and categories), bare questions otherwise. */
function asInput(questions: readonly Question[], sets: readonly QuestionSet[], setFlags: readonly string[] | undefined): QuestionSet | readonly Question[] {
  const only = setFlags?.length === 1 ? sets.find((s) => s.id === setFlags[0]) : undefined
  return only === undefined ? questions : { ...only, questions: [...questions] }
}

/** The questions grouped into their sets (attribution kept), in corpus order; a single set stands alone. */
function setsOf(questions: readonly Question[], sets: readonly QuestionSet[]): QuestionSet | QuestionSet[] {
  const grouped = sets.map((s) => ({ ...s, questions: questions.filter((q) => q.source.set === s.id) })).filter((s) => s.questions.length > 0)
  return grouped.length === 1 && grouped[0] !== undefined ? grouped[0] : grouped
}

async function writeOut(path: string, result: Written): Promise<void> {
  if ('files' in result) {
    for (const f of result.files) {
      const target = join(path, ...f.path.split('/'))
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, f.text)
    }
    return
  }
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, 'bytes' in result ? result.bytes : result.text)
}

/**
 * The account of an export: a summary line, every question not exported
 * with its reason, and the lost parts grouped by field and reason with the
 * ids they concern.
 */
function renderReport(where: string, format: string, selected: number, result: Written, s: ReturnType<typeof createStyles>): string {
  const lines = [`${where}: ${result.exported} of ${selected} question${selected === 1 ? '' : 's'} written as ${format}${'files' in result ? ` (${result.files.length} files)` : ''}`]
  if (result.notExported.length > 0) {
    lines.push(s.yellow(`not exported (${result.notExported.length}):`))
    for (const n of result.notExported) lines.push(`  ${n.id}: ${n.reason}`)
  }
  for (const [key, group] of groupLost(result.lost)) {
    const ids = group.map((l) => l.id)
    // Long lists are shortened on screen, saying so; --json lists every id.
    const shown = ids.length > REPORT.maxIds ? `${ids.slice(0, REPORT.maxIds).join(', ')}, … and ${ids.length - REPORT.maxIds} more (--json lists all)` : ids.join(', ')
    lines.push(`${s.yellow(`lost ${key} (${ids.length} question${ids.length === 1 ? '' : 's'}):`)} ${shown}`)
  }
  return `${lines.join('\n')}\n`
}

function groupLost(lost: readonly Lost[]): Map<string, Lost[]> {
  const groups = new Map<string, Lost[]>()
  for (const l of lost) {
    const key = `${l.field} — ${l.reason}`
    groups.set(key, [...(groups.get(key) ?? []), l])
  }
  return groups
}
