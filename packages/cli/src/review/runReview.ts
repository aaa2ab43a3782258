import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Question, QuestionFilter } from '@quizbank/core'
import { createStyles, type Io } from '../io.js'
import { loadCorpus } from '../loadCorpus.js'
import { acquireLock } from './acquireLock.js'
import { replayReviews, type ReviewRecord } from './replayReviews.js'
import { appendReviewEvents, GRADES, readReviewLog, type GradeName } from './reviewLog.js'
import { readSnapshot, sha256, writeSnapshot } from './reviewSnapshot.js'

/** What `quiz --interactive` needs. */
export interface ReviewOptions {
  readonly filter: QuestionFilter
  /** Most questions in the session: due ones first, then new ones. */
  readonly count: number
  /** Picks the new questions, reproducibly. */
  readonly seed: string
  readonly stateDir: string
  /** The clock (a fixed time in tests). */
  readonly now: () => Date
}

// Answers to the grade prompt: a digit, the word, or its first letter.
const GRADE_KEYS: Readonly<Record<string, GradeName>> = Object.fromEntries(GRADES.flatMap((g, i) => [[String(i + 1), g], [g, g], [g[0] as string, g]]))

/**
 * An interactive review session in the terminal: due questions first (by
 * due date), then new ones drawn by `seed`; reveal the answer, grade
 * yourself (again / hard / good / easy), undo the last grade; each grade is
 * scheduled by FSRS (ts-fsrs) and appended to the review log at once.
 * Reads plain lines, so it works the same on a terminal and on a pipe.
 *
 * @example
 *   await runReview({ filter: { topics: ['orm'] }, count: 10, seed: 'x', stateDir, now: () => new Date() }, io)
 */
export async function runReview(options: ReviewOptions, io: Io): Promise<void> {
  const s = createStyles(io.stdout, io.env)
  const say = (text: string) => void io.stdout.write(`${text}\n`)
  await mkdir(options.stateDir, { recursive: true })
  const release = await acquireLock(options.stateDir, (note) => void io.stderr.write(note))
  try {
    const logPath = join(options.stateDir, 'reviews.jsonl')
    const snapshotPath = join(options.stateDir, 'snapshot.json')
    // Both files are checked before anything is written: a foreign or damaged one stops the session untouched.
    await readSnapshot(snapshotPath)
    const { events } = await readReviewLog(logPath)
    const [{ fsrs, createEmptyCard }, { query, sample }, { index, questions }] = await Promise.all([import('ts-fsrs'), import('@quizbank/core'), loadCorpus()])
    const scheduler = fsrs({ enable_fuzz: false })
    const records = replayReviews(events, scheduler, (at) => createEmptyCard(at))
    reportDrift(records, questions, say, s.yellow)

    const now = options.now()
    const pool = query(index, options.filter).questions
    const due = pool
      .filter((q) => (records.get(q.id)?.card.due.getTime() ?? Infinity) <= now.getTime())
      .sort((a, b) => (records.get(a.id) as ReviewRecord).card.due.getTime() - (records.get(b.id) as ReviewRecord).card.due.getTime())
      .slice(0, options.count)
    const exclude = [...records.keys()]
    const unseen = query(index, { ...options.filter, exclude }).total
    const fresh = sample(index, { ...options.filter, exclude, seed: options.seed, count: Math.min(options.count - due.length, unseen) })
    const session = [...due, ...fresh]
    if (session.length === 0) {
      say(`Nothing to review now.${nextDue(records, pool, now)}`)
      return
    }
    say(s.bold(`Review: ${due.length} due, ${fresh.length} new (state: ${options.stateDir})`))

    const rl = createInterface({ input: io.stdin ?? process.stdin, terminal: false })
    const lines = rl[Symbol.asyncIterator]()
    // Ctrl-C ends the session like `q`: grades given are kept, the snapshot written, the lock released.
    const onInterrupt = () => rl.close()
    process.once('SIGINT', onInterrupt)
    const input = io.stdin ?? process.stdin
    const ask = async (prompt: string): Promise<string | undefined> => {
      io.stdout.write(s.dim(prompt))
      const next = await lines.next()
      // A terminal echoes the line typed; from a pipe, end the prompt line ourselves.
      if ((input as { isTTY?: boolean }).isTTY !== true) io.stdout.write('\n')
      return next.done === true ? undefined : next.value.trim().toLowerCase()
    }
    // What each grade replaced, so that undo can put it back.
    const undoStack: { index: number; id: string; grade: GradeName; before: ReviewRecord | undefined }[] = []
    let i = 0
    /** Cancel the last grade of this session (logged as an undo event) and go back to its question. */
    const undo = async (): Promise<boolean> => {
      const last = undoStack.pop()
      if (last === undefined) {
        say('  nothing to undo in this session')
        return false
      }
      await appendReviewEvents(logPath, [{ type: 'undo', at: options.now().toISOString() }])
      if (last.before === undefined) records.delete(last.id)
      else records.set(last.id, last.before)
      say(`  undone: ${last.grade} for ${last.id}`)
      i = last.index
      return true
    }
    session: while (i < session.length) {
      const q = session[i] as Question
      say(`\n${s.bold(`[${i + 1}/${session.length}] ${q.prompt}`)}`)
      say(s.dim(`  ${[q.topic, q.difficulty?.level, q.id, records.has(q.id) ? 'due' : 'new'].filter((x) => x !== undefined).join(' · ')}`))
      q.choices?.forEach((c, k) => say(`  ${String.fromCharCode(97 + (k % 26))}) ${c.text}`))
      const reveal = await ask('Enter: show the answer · u: undo last grade · q: quit > ')
      if (reveal === undefined || reveal === 'q') break
      if (reveal === 'u' || reveal === 'undo') {
        await undo()
        continue
      }
      q.choices?.forEach((c, k) => c.correct && say(s.green(`  ${String.fromCharCode(97 + (k % 26))}) ${c.text} ✓`)))
      if (q.answer !== undefined) say(q.answer.split('\n').map((l) => (l === '' ? '' : `  ${l}`)).join('\n'))
      else if (q.choices === undefined) say(s.dim('  (no answer in the source: grade how well you knew it)'))
      for (;;) {
        const answer = await ask('Grade: 1 again · 2 hard · 3 good · 4 easy · u undo last · q quit > ')
        if (answer === undefined || answer === 'q') break session
        if (answer === 'u' || answer === 'undo') {
          if (await undo()) continue session
          continue
        }
        const grade = GRADE_KEYS[answer]
        if (grade === undefined) {
          say('  type 1, 2, 3 or 4 (or again, hard, good, easy), u to undo, q to quit')
          continue
        }
        const at = options.now()
        const before = records.get(q.id)
        const card = scheduler.next(before?.card ?? createEmptyCard(at), at, (GRADES.indexOf(grade) + 1) as 1 | 2 | 3 | 4).card
        await appendReviewEvents(logPath, [{ type: 'review', id: q.id, grade, at: at.toISOString(), prompt: promptHash(q) }])
        records.set(q.id, { card, prompt: promptHash(q), reviews: (before?.reviews ?? 0) + 1 })
        undoStack.push({ index: i, id: q.id, grade, before })
        say(s.dim(`  ${grade}: next review ${describeDue(card.due, at)}`))
        i++
        break
      }
      // After the last grade, one chance to take it back before the session ends.
      while (i === session.length) {
        const last = await ask('Enter: finish · u: undo last grade > ')
        if (last !== 'u' && last !== 'undo') break session
        await undo()
      }
    }
    rl.close()
    process.off('SIGINT', onInterrupt)
    // The snapshot is rebuilt from the log as written, so it can never disagree with it.
    const log = await readReviewLog(logPath)
    const rebuilt = replayReviews(log.events, scheduler, (at) => createEmptyCard(at))
    await writeSnapshot(snapshotPath, rebuilt, await readFile(logPath, 'utf8').catch(() => ''))
    const tally = GRADES.map((g) => [g, undoStack.filter((u) => u.grade === g).length] as const).filter(([, n]) => n > 0)
    const graded = tally.length === 0 ? '' : ` (${tally.map(([g, n]) => `${g} ${n}`).join(', ')})`
    say(`\n${s.bold(`Reviewed ${undoStack.length} of ${session.length}${graded}.`)}${nextDue(rebuilt, pool, options.now())}`)
  } finally {
    await release()
  }
}

/** A question's prompt, hashed: a different hash at the next session means the text was edited. */
function promptHash(q: Question): string {
  return sha256(q.prompt).slice(0, 16)
}

/** Report reviewed questions whose text changed (they keep their schedule) or that left the corpus (history kept). */
function reportDrift(records: ReadonlyMap<string, ReviewRecord>, questions: readonly Question[], say: (text: string) => void, warn: (text: string) => string): void {
  const byId = new Map(questions.map((q) => [q.id, q]))
  const changed: string[] = []
  const gone: string[] = []
  for (const [id, r] of records) {
    const q = byId.get(id)
    if (q === undefined) gone.push(id)
    else if (promptHash(q) !== r.prompt) changed.push(id)
  }
  const list = (ids: string[]) => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? `, and ${ids.length - 5} more` : ''}`
  if (changed.length > 0) say(warn(`${changed.length} reviewed question${changed.length === 1 ? ' was' : 's were'} reworded since your last review; ${changed.length === 1 ? 'it keeps its' : 'they keep their'} schedule: ${list(changed)}`))
  if (gone.length > 0) say(warn(`${gone.length} reviewed question${gone.length === 1 ? ' is' : 's are'} no longer in the corpus; the history is kept: ${list(gone)}`))
}

function nextDue(records: ReadonlyMap<string, ReviewRecord>, pool: readonly Question[], now: Date): string {
  let first: Date | undefined
  for (const q of pool) {
    const due = records.get(q.id)?.card.due
    if (due !== undefined && due.getTime() > now.getTime() && (first === undefined || due < first)) first = due
  }
  return first === undefined ? '' : ` Next review due ${describeDue(first, now)}.`
}

/** `in 10 minutes (2026-12-01 10:10 UTC)`. */
function describeDue(due: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((due.getTime() - now.getTime()) / 60_000))
  const span = minutes < 60 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} hours` : `${Math.round(minutes / 1440)} days`
  return `in ${span} (${due.toISOString().slice(0, 16).replace('T', ' ')} UTC)`
}
