import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { run } from '@quizbank/cli'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { resolveStateDir } from '../src/review/resolveStateDir.js'
import { FIXTURES } from './helpers/runCli.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizbank-cli-review-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A review session fed `input` as piped stdin, at a fixed time, new questions drawn with seed 5. */
async function review(input: string, now: string, extra: string[] = []) {
  let stdout = ''
  let stderr = ''
  const code = await run(['quiz', '--interactive', '--topic', 'orm', '--count', '3', '--seed', '5', '--now', now, ...extra], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([input]),
    env: { QUIZBANK_STATE_DIR: dir },
    cwd: FIXTURES,
  })
  return { code, stdout, stderr }
}

/** The question ids a session showed, in order (each line under a prompt ends with `<id> · new|due`). */
const shownIds = (stdout: string) => [...stdout.matchAll(/ · ([a-z0-9-]+\/[a-z0-9-]+) · (?:new|due)$/gm)].map((m) => m[1] as string)

const logLines = () =>
  readFileSync(join(dir, 'reviews.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, string>)

describe('quizbank quiz --interactive', () => {
  test('reveal, grade, undo and re-grade; every step lands in the append-only log', async () => {
    // Enter, good; Enter, again; at the next question: undo (back to the second), Enter, easy; Enter, hard.
    const r = await review('\n3\n\n1\nu\n\n4\n\n2\n', '2026-12-01T10:00:00Z')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Review: 0 due, 3 new')
    // Which questions seed 5 draws depends on the corpus; the order of events does not.
    const [first, second, third] = [...new Set(shownIds(r.stdout))]
    expect(r.stdout).toContain(`undone: again for ${second}`)
    expect(r.stdout).toContain('Reviewed 3 of 3 (hard 1, good 1, easy 1). Next review due in 6 minutes (2026-12-01 10:06 UTC).')
    const log = logLines()
    expect(log[0]).toEqual({ format: 'quizbank-review-log', version: 1 })
    expect(log.slice(1).map((e) => (e['type'] === 'undo' ? 'undo' : `${e['grade']} ${e['id']}`))).toEqual([
      `good ${first}`,
      `again ${second}`,
      'undo',
      `easy ${second}`,
      `hard ${third}`,
    ])
    // The snapshot is rebuilt from the log: the undone grade left no trace.
    const snapshot = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')) as { cards: Record<string, { due: string; reps: number }> }
    expect(snapshot.cards[second!]).toMatchObject({ reps: 1, due: '2026-12-09T10:00:00.000Z' })
    expect(existsSync(join(dir, 'session.lock'))).toBe(false)
  })

  test('state survives a restart: the next session starts with the due questions', async () => {
    const first = await review('\n3\n\n4\n\n2\n', '2026-12-01T10:00:00Z')
    const graded = shownIds(first.stdout)
    const later = await review('q\n', '2026-12-01T10:20:00Z')
    expect(later.stdout).toContain('Review: 2 due, 1 new')
    // Due ones come first, earliest due first: "hard" (10:06, the third) before "good" (10:10, the first).
    expect(later.stdout).toContain(`[1/3] `)
    expect(shownIds(later.stdout)[0]).toBe(graded[2])
    expect(later.stdout).toMatch(new RegExp(`${graded[2]} · due$`, 'm'))
    // A filter that matches nothing (the corpus has no multiple-choice question).
    const nothing = await review('', '2026-12-01T10:01:00Z', ['--kind', 'multiple-choice'])
    expect([nothing.code, nothing.stdout]).toEqual([0, 'Nothing to review now.\n'])
  })

  test('the last grade of a session can be undone too', async () => {
    const r = await review('\n3\n\n3\n\n1\nu\n\n4\n\n', '2026-12-01T10:00:00Z')
    expect(r.stdout).toContain('Reviewed 3 of 3 (good 2, easy 1).')
    expect(logLines().slice(-3).map((e) => e['grade'] ?? e['type'])).toEqual(['again', 'undo', 'easy'])
  })

  test('end of input ends the session cleanly, keeping what was graded', async () => {
    const r = await review('\n3\n', '2026-12-01T10:00:00Z')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Reviewed 1 of 3 (good 1).')
    expect(logLines()).toHaveLength(2)
  })

  test('a reworded or retired question keeps its history and is reported', async () => {
    writeFileSync(
      join(dir, 'reviews.jsonl'),
      [
        '{"format":"quizbank-review-log","version":1}',
        '{"type":"review","id":"top-30-guide/django-orm","grade":"good","at":"2026-11-01T10:00:00.000Z","prompt":"0000000000000000"}',
        '{"type":"review","id":"gone-set/old-question","grade":"good","at":"2026-11-01T10:00:00.000Z","prompt":"0000000000000000"}',
        '',
      ].join('\n'),
    )
    const r = await review('q\n', '2026-12-01T10:00:00Z')
    expect(r.stdout).toContain('1 reviewed question was reworded since your last review; it keeps its schedule: top-30-guide/django-orm')
    expect(r.stdout).toContain('1 reviewed question is no longer in the corpus; the history is kept: gone-set/old-question')
    expect(r.stdout).toContain('Review: 1 due, 2 new')
  })

  test('a damaged log or a foreign snapshot is an error (exit 1) and is never overwritten', async () => {
    const damaged = '{"format":"quizbank-review-log","version":1}\nnot json\n'
    writeFileSync(join(dir, 'reviews.jsonl'), damaged)
    const r = await review('\n3\n', '2026-12-01T10:00:00Z')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(dir, 'reviews.jsonl')}:2: expected a review event`)
    expect(readFileSync(join(dir, 'reviews.jsonl'), 'utf8')).toBe(damaged)

    rmSync(join(dir, 'reviews.jsonl'))
    writeFileSync(join(dir, 'snapshot.json'), '{"mine":true}')
    const foreign = await review('\n3\n', '2026-12-01T10:00:00Z')
    expect(foreign.code).toBe(1)
    expect(foreign.stderr).toContain('not a quizbank review snapshot')
    expect(readFileSync(join(dir, 'snapshot.json'), 'utf8')).toBe('{"mine":true}')
    expect(existsSync(join(dir, 'reviews.jsonl'))).toBe(false)
  })

  test('a second session at once is refused while the first holds the lock; a stale lock is taken over', async () => {
    writeFileSync(join(dir, 'session.lock'), JSON.stringify({ pid: process.pid, started: '2026-12-01T09:00:00.000Z' }))
    const busy = await review('\n3\n', '2026-12-01T10:00:00Z')
    expect(busy.code).toBe(2)
    expect(busy.stderr).toContain(`another quizbank review session (pid ${process.pid}, started 2026-12-01T09:00:00.000Z) is using ${dir}`)
    expect(existsSync(join(dir, 'reviews.jsonl'))).toBe(false)

    // No process has pid 2^22 + 1 (above Linux's pid_max default).
    writeFileSync(join(dir, 'session.lock'), JSON.stringify({ pid: 4_194_305, started: 'yesterday' }))
    const stale = await review('\n3\n', '2026-12-01T10:00:00Z')
    expect(stale.code).toBe(0)
    expect(stale.stderr).toContain('taking over a stale lock')
  })

  test('the state directory: flag, then QUIZBANK_STATE_DIR, then $XDG_STATE_HOME/quizbank, then ~/.local/state/quizbank', () => {
    expect(resolveStateDir('s', { QUIZBANK_STATE_DIR: '/q', XDG_STATE_HOME: '/x' }, '/cwd')).toBe('/cwd/s')
    expect(resolveStateDir(undefined, { QUIZBANK_STATE_DIR: '/q', XDG_STATE_HOME: '/x' }, '/cwd')).toBe('/q')
    expect(resolveStateDir(undefined, { XDG_STATE_HOME: '/x', HOME: '/home/ada' }, '/cwd')).toBe('/x/quizbank')
    // A relative XDG_STATE_HOME is invalid by the spec and ignored.
    expect(resolveStateDir(undefined, { XDG_STATE_HOME: 'rel', HOME: '/home/ada' }, '/cwd')).toBe('/home/ada/.local/state/quizbank')
  })

  test('--state-dir wins over QUIZBANK_STATE_DIR in a session', async () => {
    const other = join(dir, 'elsewhere')
    await review('\n3\n', '2026-12-01T10:00:00Z', ['--state-dir', other])
    expect(existsSync(join(other, 'reviews.jsonl'))).toBe(true)
    expect(existsSync(join(dir, 'reviews.jsonl'))).toBe(false)
  })

  test('stats reports the progress, from the snapshot or, when it is stale, by replaying the log', async () => {
    await review('\n3\n\n4\n\n1\n', '2026-12-01T10:00:00Z')
    const stats = async () => {
      let out = ''
      await run(['stats', '--json', '--now', '2026-12-01T10:05:00Z'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, env: { QUIZBANK_STATE_DIR: dir }, cwd: FIXTURES })
      return (JSON.parse(out) as { reviews: Record<string, unknown> }).reviews
    }
    const expected = { stateDir: dir, reviewed: 3, due: 1, learning: 2, inReview: 1, nextDue: '2026-12-01T10:10:00.000Z' }
    expect(await stats()).toEqual(expected)
    rmSync(join(dir, 'snapshot.json'))
    expect(await stats()).toEqual(expected)
  })

  test('--interactive with --json is a usage error', async () => {
    expect((await review('', '2026-12-01T10:00:00Z', ['--json'])).code).toBe(2)
  })
})
