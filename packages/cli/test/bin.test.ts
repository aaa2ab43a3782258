// The real bin in a child process: shebang-free entry, process wiring, exit
// codes as a shell sees them. Runs the TypeScript sources through tsx, so no
// build is needed.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const PACKAGE = fileURLToPath(new URL('..', import.meta.url))
const NODE_ARGS = ['--conditions=@quizbank/source', '--import', 'tsx', 'src/bin.ts']

function quizbank(args: string[], env: Record<string, string> = {}, input = '') {
  const r = spawnSync(process.execPath, [...NODE_ARGS, ...args], { cwd: PACKAGE, encoding: 'utf8', input, env: { PATH: process.env['PATH'] ?? '', ...env } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('the quizbank bin', () => {
  test('--help exits 0 and prints the usage on stdout', () => {
    const r = quizbank(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Usage: quizbank [options] [command]')
  })

  test('exit codes: 2 for a usage error, 1 for invalid data', () => {
    const usage = quizbank(['quiz', '--count', 'abc'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain("argument 'abc' is invalid")
    const invalid = quizbank(['validate', 'test/fixtures/broken.json'])
    expect(invalid.code).toBe(1)
    expect(invalid.stdout).toContain('test/fixtures/broken.json:4: not valid JSON')
  })

  test('the printed command, pasted into a shell, draws the same quiz (seed "it\'s 42")', () => {
    const first = quizbank(['quiz', '--seed', "it's 42", '--topic', 'views', '--count', '2'])
    expect(first.code).toBe(0)
    const command = first.stdout.trimEnd().split('\n').at(-1)!.replace(/^Same quiz again: /, '')
    expect(command.startsWith('quizbank quiz ')).toBe(true)
    // A shell function stands in for an installed bin; the shell does the unquoting.
    const bin = [process.execPath, ...NODE_ARGS].map((a) => `'${a}'`).join(' ')
    const again = execFileSync('sh', ['-c', `quizbank() { ${bin} "$@"; }; ${command}`], { cwd: PACKAGE, encoding: 'utf8' })
    expect(again).toBe(first.stdout)
  })

  test('an interactive session from piped stdin, and its state read back by a second process (seed 3)', () => {
    const state = mkdtempSync(join(tmpdir(), 'quizbank-cli-bin-'))
    try {
      const env = { XDG_STATE_HOME: state }
      const first = quizbank(['quiz', '-i', '--topic', 'views', '--count', '2', '--seed', '3', '--now', '2026-12-01T10:00:00Z'], env, '\n4\n\n4\n')
      expect(first.code).toBe(0)
      expect(first.stdout).toContain('Reviewed 2 of 2 (easy 2).')
      const second = quizbank(['quiz', '-i', '--topic', 'views', '--count', '2', '--seed', '3', '--now', '2026-12-20T10:00:00Z'], env, 'q\n')
      expect(second.code).toBe(0)
      expect(second.stdout).toContain('Review: 2 due, 0 new')
    } finally {
      rmSync(state, { recursive: true, force: true })
    }
  })

  // util-linux `script` runs the command on a pseudo-terminal, so stdin and stdout are TTYs: colour on, the terminal echoing input.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0
  test.skipIf(!hasScript)('an interactive session on a pseudo-terminal (util-linux script; seed 3)', () => {
    const state = mkdtempSync(join(tmpdir(), 'quizbank-cli-pty-'))
    try {
      const command = ['env', `QUIZBANK_STATE_DIR=${state}`, process.execPath, ...NODE_ARGS, 'quiz', '-i', '--topic', 'views', '--count', '1', '--seed', '3', '--now', '2026-12-01T10:00:00Z']
      const r = spawnSync('script', ['-qec', command.map((a) => `'${a}'`).join(' '), '/dev/null'], { cwd: PACKAGE, encoding: 'utf8', input: '\n3\n\n', timeout: 30_000 })
      expect(r.status).toBe(0)
      // On a terminal the output is styled: the summary line is bold.
      expect(r.stdout).toContain(`${String.fromCharCode(27)}[1mReviewed 1 of 1 (good 1).`)
      expect(readFileSync(join(state, 'reviews.jsonl'), 'utf8')).toContain('"grade":"good"')
    } finally {
      rmSync(state, { recursive: true, force: true })
    }
  })
})
