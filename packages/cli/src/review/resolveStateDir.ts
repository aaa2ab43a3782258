import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Io } from '../io.js'

/**
 * Where review state lives, first match wins: `--state-dir`, then
 * `QUIZBANK_STATE_DIR`, then `$XDG_STATE_HOME/quizbank`, then
 * `~/.local/state/quizbank` (the XDG default for state that should survive
 * restarts but is not worth backing up like documents).
 *
 * @example
 *   resolveStateDir(undefined, { XDG_STATE_HOME: '/home/ada/.local/state' }, '/tmp') // '/home/ada/.local/state/quizbank'
 */
export function resolveStateDir(flag: string | undefined, env: Io['env'], cwd: string): string {
  if (flag !== undefined && flag !== '') return resolve(cwd, flag)
  const fromEnv = env['QUIZBANK_STATE_DIR']
  if (fromEnv !== undefined && fromEnv !== '') return resolve(cwd, fromEnv)
  const xdg = env['XDG_STATE_HOME']
  // The XDG spec says relative values are invalid and must be ignored.
  if (xdg !== undefined && xdg.startsWith('/')) return join(xdg, 'quizbank')
  return join(env['HOME'] ?? homedir(), '.local', 'state', 'quizbank')
}
