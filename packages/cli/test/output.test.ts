import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/runCli.js'

// Escape sequences start with ESC (0x1b); built from its code so no control character sits in the source.
const ESC = String.fromCharCode(27)

describe('colour', () => {
  test('only on a terminal', async () => {
    expect((await runCli(['topics'], { tty: true })).stdout).toContain(`${ESC}[`)
    expect((await runCli(['topics'], { tty: false })).stdout).not.toContain(ESC)
  })

  test('never with NO_COLOR, even on a terminal; an empty NO_COLOR does not count', async () => {
    expect((await runCli(['topics'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC)
    expect((await runCli(['quiz', '--seed', '1'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC)
    expect((await runCli(['topics'], { tty: true, env: { NO_COLOR: '' } })).stdout).toContain(`${ESC}[`)
  })

  test('never in --json output', async () => {
    for (const args of [['topics'], ['stats'], ['quiz', '--seed', '1'], ['search', 'csrf'], ['parse', 'notes.txt'], ['validate', 'valid-set.md']]) {
      const r = await runCli([...args, '--json'], { tty: true })
      expect(r.stdout).not.toContain(ESC)
      expect(() => JSON.parse(r.stdout) as unknown).not.toThrow()
    }
  })
})

describe('help', () => {
  test('--help lists the commands, examples and exit codes', async () => {
    const r = await runCli(['--help'])
    expect(r.code).toBe(0)
    for (const command of ['quiz', 'search', 'topics', 'stats', 'parse', 'validate']) expect(r.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'))
    expect(r.stdout).toContain('Examples:')
    expect(r.stdout).toContain('Exit codes:\n  0  success\n  1  invalid input data')
  })

  test.each(['quiz', 'search', 'topics', 'stats', 'parse', 'validate'])('quizbank %s --help has examples', async (command) => {
    const r = await runCli([command, '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`Usage: quizbank ${command}`)
    expect(r.stdout).toContain(`Examples:\n  $ quizbank ${command}`)
  })

  test('quizbank with no command prints the help to stderr and exits with 2', async () => {
    const r = await runCli([])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('Usage: quizbank [options] [command]')
  })

  test('--version', async () => {
    const r = await runCli(['--version'])
    expect([r.code, r.stdout]).toEqual([0, '0.0.0\n'])
  })
})

describe('progress', () => {
  test('on a terminal stderr, for more than one file, erased before the results; never otherwise', async () => {
    const tty = await runCli(['validate', 'valid-set.md', 'valid-set.json'], { tty: true, env: { NO_COLOR: '1' } })
    expect(tty.stderr).toBe(`\r[1/2] valid-set.md${ESC}[K\r[2/2] valid-set.json${ESC}[K\r${ESC}[K`)
    const parse = await runCli(['parse', 'notes.txt', 'valid-set.md'], { tty: true })
    expect(parse.stderr).toBe(`\r[1/2] notes.txt${ESC}[K\r${ESC}[K\r[2/2] valid-set.md${ESC}[K\r${ESC}[K`)
    expect((await runCli(['validate', 'valid-set.md'], { tty: true })).stderr).toBe('')
    expect((await runCli(['validate', 'valid-set.md', 'valid-set.json'])).stderr).toBe('')
  })
})
