// Real, independent tools of each format (xmllint, Python's csv), run as
// child processes. A missing tool fails the test with the package that
// provides it: `.ci/run` installs them with apt-get, and a check that
// silently skipped would prove nothing.
import { spawnSync } from 'node:child_process'

export interface ToolResult {
  code: number
  stdout: string
  stderr: string
}

const PACKAGES: Record<string, string> = { xmllint: 'libxml2-utils', python3: 'python3', '/usr/bin/python3': 'python3 (Debian\'s, for mnemosyne)' }

export function runTool(command: string, args: readonly string[], input?: string, env: Record<string, string> = {}): ToolResult {
  const r = spawnSync(command, args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } })
  if (r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${command} is not installed: it is the independent check of this format. Install it (Debian: apt-get install ${PACKAGES[command] ?? command}); .ci/run does.`)
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}
