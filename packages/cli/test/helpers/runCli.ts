// Run the CLI in-process with collected output: fast, and the same code path
// as the bin (which only wires `process` into `run`).
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from '@quizbank/cli'

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** Pretend stdout and stderr are terminals (colour). Default false. */
  tty?: boolean
  env?: Record<string, string>
  /** Default: the fixtures folder. */
  cwd?: string
}

export async function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const isTTY = options.tty ?? false
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY },
    stderr: { write: (s: string) => (stderr += s), isTTY },
    // No test reads or writes the real user's review state.
    env: { QUIZBANK_STATE_DIR: join(tmpdir(), 'quizbank-cli-tests-no-state'), ...options.env },
    cwd: options.cwd ?? FIXTURES,
  })
  return { code, stdout, stderr }
}
