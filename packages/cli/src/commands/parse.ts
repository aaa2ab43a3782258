import { writeFile } from 'node:fs/promises'
import { basename, extname, resolve } from 'node:path'
import type { Command } from 'commander'
import type { QuestionSet } from '@quizbank/core'
import type { ParseResult } from '@quizbank/parsers'
import { draftsToQuestions } from '../draftsToQuestions.js'
import { resolveSubject, type Subject } from '../resolveSubject.js'
import { CliError, EXIT } from '../errors.js'
import { createProgress } from '../format/createProgress.js'
import { formatTable } from '../format/formatTable.js'
import { createStyles, type Io, type Styles } from '../io.js'
import { readInput } from '../readInput.js'
import { sourceDate } from '../sourceDate.js'
import { formatSummary, summarizeParse, type ParseSummary } from '../summarizeParse.js'

interface ParseFlags {
  readonly format?: string
  readonly taxonomy?: string
  readonly out?: string
  readonly json?: boolean
}

const EXAMPLES = `
Examples:
  $ quizbank parse notes.txt                 questions, diagnostics, summary
  $ quizbank parse page.txt --format article force a style instead of detecting it
  $ quizbank parse notes.txt --out notes.md  write the quizbank authoring format for review
  $ quizbank parse py.txt --out py.md --taxonomy python.json   another subject: its own topics
  $ quizbank parse *.txt --json

Every non-blank line ends up in a question or in a diagnostic saying why it
was skipped. Exit code 1 when a document could not be parsed (an error
diagnostic), 0 otherwise; warnings are listed on the "check lines" part of
the summary.`

/**
 * `quizbank parse <file…>`: what `@quizbank/parsers` extracts from each
 * document, every diagnostic, and a summary line per file; `--out` writes
 * the authoring format (`serializeMarkdown`) for review.
 *
 * @example
 *   defineParse(program.command('parse'), io)
 */
export function defineParse(command: Command, io: Io): void {
  command
    .description('parse raw question documents and show what was extracted, skipped and doubtful')
    .argument('<file...>', 'documents to parse (text, markdown; any encoding)')
    .option('--format <style>', 'force a document style instead of detecting it (e.g. markdown, question-answer, article)')
    .option('--out <file>', 'write the questions in the quizbank authoring format (one input file only)')
    .option('--taxonomy <file>', "the subject's taxonomy (JSON) for --out's topics; default: the bundled taxonomy of the document's subject (django)")
    .option('--json', 'print the parse results as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], flags: ParseFlags) => {
      if (flags.out !== undefined && files.length > 1) throw new CliError(`--out writes one set: give one input file (received ${files.length}).`, EXIT.usage)
      const { parseText, decodeInput, normalizeText } = await import('@quizbank/parsers')
      const s = createStyles(io.stdout, io.env)
      const reports: { file: string; result: ParseResult; summary: ParseSummary }[] = []
      const progress = createProgress(io)
      for (const [i, file] of files.entries()) {
        progress.update(i, files.length, file)
        let bytes: Uint8Array
        let result: ParseResult
        try {
          bytes = await readInput(file, io.cwd)
          result = parseText(bytes, { sourceName: file, ...(flags.format === undefined ? {} : { format: flags.format as 'auto' }) })
        } finally {
          // Off the screen before this file's results are printed.
          progress.clear()
        }
        const unknown = result.diagnostics.find((d) => d.code === 'unknown-format')
        if (unknown !== undefined) throw new CliError(`--format: ${unknown.message.replace(/^[^:]*:\s*/, '')}`, EXIT.usage)
        const summary = summarizeParse(result, normalizeText(decodeInput(bytes).text).split('\n'))
        reports.push({ file, result, summary })
        if (flags.json !== true) io.stdout.write(renderParse(file, result, summary, s))
      }
      if (flags.json === true) io.stdout.write(`${JSON.stringify(reports.map(({ file, result, summary }) => ({ file, ...result, summary })), null, 2)}\n`)
      if (flags.out !== undefined && reports[0] !== undefined) {
        const { file, result } = reports[0]
        const { serializeMarkdown } = await import('@quizbank/parsers')
        const fm = (result.meta.frontMatter ?? {}) as Record<string, unknown>
        const subject = await resolveSubject(typeof fm['subject'] === 'string' ? fm['subject'] : undefined, flags.taxonomy, io.cwd)
        const set = await toQuestionSet(file, result, io.env, subject)
        await writeFile(resolve(io.cwd, flags.out), serializeMarkdown(set, { taxonomy: subject.taxonomy }))
        // Keep stdout pure JSON under --json: the note goes to stderr.
        ;(flags.json === true ? io.stderr : io.stdout).write(`${flags.out}: wrote ${set.questions.length} question${set.questions.length === 1 ? '' : 's'} (set "${set.id}") in the quizbank format\n`)
      }
      if (reports.some((r) => r.summary.errors > 0)) throw new CliError('', EXIT.invalidData)
    })
}

/** One file's questions, diagnostics and summary, for people. */
function renderParse(file: string, result: ParseResult, summary: ParseSummary, s: Styles): string {
  const out = [s.bold(`${file}`) + s.dim(` (style ${result.format}, ${result.encoding}${result.meta.title === undefined ? '' : `, title "${result.meta.title}"`})`)]
  if (result.questions.length > 0) {
    const rows = result.questions.map((q) => {
      const range = q.lines.first === q.lines.last ? `${q.lines.first}` : `${q.lines.first}-${q.lines.last}`
      const notes = [q.answer === undefined ? '' : 'answer', q.promptInferred ? 'inferred prompt' : '', q.damaged === undefined ? '' : `damaged: ${q.damaged.join(', ')}`].filter((n) => n !== '').join(', ')
      return [range, q.number ?? '', notes, q.prompt]
    })
    out.push('', formatTable(['lines', 'no.', 'notes', 'prompt'], rows, { align: ['right', 'right', 'left', 'left'], styleHeader: s.bold }))
  }
  if (result.diagnostics.length > 0) {
    out.push('')
    for (const d of result.diagnostics) {
      const text = d.severity === 'error' ? s.red(`error: ${d.message}`) : d.severity === 'warning' ? s.yellow(`warning: ${d.message}`) : s.dim(d.message)
      out.push(text)
    }
  }
  out.push('', formatSummary(file, summary), '', '')
  return out.join('\n').replace(/\n\n$/, '\n')
}

/**
 * The set the document describes: its front matter for a quizbank-format
 * document, otherwise metadata taken from the file (set id from the file
 * name, title as printed, publisher and license "unknown", retrieved today
 * or at `SOURCE_DATE_EPOCH` for reproducible output) for the reviewer to fix.
 */
async function toQuestionSet(file: string, result: ParseResult, env: Io['env'], subject: Subject): Promise<QuestionSet> {
  const { slugify, SET_ID_PATTERN } = await import('@quizbank/core')
  const fm = (result.meta.frontMatter ?? {}) as Record<string, unknown>
  const text = (key: string, fallback: string) => (typeof fm[key] === 'string' && fm[key] !== '' ? (fm[key] as string) : fallback)
  const name = basename(file, extname(file))
  const fmId = text('id', '')
  const id = SET_ID_PATTERN.test(fmId) ? fmId : slugify(name, { maxWords: 8 })
  const today = sourceDate(env)
  const title = text('title', result.meta.title ?? name)
  const source = (typeof fm['source'] === 'object' && fm['source'] !== null ? fm['source'] : { title, publisher: 'unknown', retrieved: today, license: 'unknown' }) as QuestionSet['source']
  const description = text('description', '')
  return {
    id,
    title,
    ...(description === '' ? {} : { description }),
    subject: subject.taxonomy.id,
    language: text('language', 'en'),
    source,
    questions: await draftsToQuestions(result, id, subject),
  }
}
