import { appendFile, open, readFile } from 'node:fs/promises'
import { CliError, EXIT } from '../errors.js'

/** The self-grades of a review, from forgot to effortless. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const
export type GradeName = (typeof GRADES)[number]

/** One line of the review log after the header. */
export type ReviewEvent =
  | { readonly type: 'review'; readonly id: string; readonly grade: GradeName; readonly at: string; readonly prompt: string }
  | { readonly type: 'undo'; readonly at: string }

/** The first line of every review log; a file without it is not ours and is never touched. */
export const LOG_HEADER = { format: 'quizbank-review-log', version: 1 } as const

/**
 * Read the append-only review log, the source of truth of review state.
 * Every line is checked; a foreign or damaged file is an error naming the
 * file and line (exit 1), and the caller never writes to it. A missing file
 * is an empty log.
 *
 * @example
 *   const { events } = await readReviewLog('/home/ada/.local/state/quizbank/reviews.jsonl')
 */
export async function readReviewLog(path: string): Promise<{ events: ReviewEvent[]; text: string }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], text: '' }
    throw new CliError(`cannot read the review log ${path}: ${(error as Error).message.slice(0, 200)}`, EXIT.invalidData)
  }
  const lines = text.split('\n')
  // A crash can leave a final line without its newline; it is still complete JSON or it is damage.
  if (lines.at(-1) === '') lines.pop()
  const fail = (line: number, what: string): never => {
    throw new CliError(`${path}:${line}: ${what} This file is left untouched; move it away to start a fresh review history.`, EXIT.invalidData)
  }
  const header = parseLine(lines[0])
  if (!isHeader(header)) fail(1, `not a quizbank review log (expected the header ${JSON.stringify(LOG_HEADER)}).`)
  const events = lines.slice(1).map((line, i) => {
    const event = parseLine(line)
    if (!isEvent(event)) fail(i + 2, `expected a review event such as {"type":"review","id":"set/slug","grade":"good","at":"2026-12-01T10:00:00.000Z","prompt":"…"}, received ${JSON.stringify(line.slice(0, 80))}.`)
    return event as ReviewEvent
  })
  return { events, text }
}

/**
 * Append events to the log (creating it, header first, if needed). Each
 * grade is appended as soon as it is given, so a crash loses nothing; a line
 * this short is written by one `write`, which `O_APPEND` keeps whole.
 *
 * @example
 *   await appendReviewEvents(path, [{ type: 'review', id: 'acme/orm', grade: 'good', at: new Date().toISOString(), prompt: 'a1b2' }])
 */
export async function appendReviewEvents(path: string, events: readonly ReviewEvent[]): Promise<void> {
  try {
    // 'wx': create only if absent, so an existing log is never truncated.
    const handle = await open(path, 'wx')
    await handle.writeFile(`${JSON.stringify(LOG_HEADER)}\n`)
    await handle.close()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  await appendFile(path, events.map((e) => `${JSON.stringify(e)}\n`).join(''))
}

function parseLine(line: string | undefined): unknown {
  try {
    return line === undefined ? undefined : (JSON.parse(line) as unknown)
  } catch {
    return undefined
  }
}

function isHeader(value: unknown): boolean {
  const v = value as Record<string, unknown> | undefined
  return typeof v === 'object' && v !== null && v['format'] === LOG_HEADER.format && v['version'] === LOG_HEADER.version
}

function isEvent(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const validDate = typeof v['at'] === 'string' && !Number.isNaN(Date.parse(v['at']))
  if (v['type'] === 'undo') return validDate
  return v['type'] === 'review' && validDate && typeof v['id'] === 'string' && (GRADES as readonly unknown[]).includes(v['grade']) && typeof v['prompt'] === 'string'
}
