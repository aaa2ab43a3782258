import { open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { CliError, EXIT } from '../errors.js'

/**
 * Take the state directory's lock so that two review sessions never
 * interleave their grades; resolve to the function that releases it. A lock
 * left by a process that no longer runs is taken over (and said so).
 *
 * @example
 *   const release = await acquireLock(dir, (note) => process.stderr.write(note))
 *   try { … } finally { await release() }
 */
export async function acquireLock(dir: string, warn: (note: string) => void): Promise<() => Promise<void>> {
  const path = join(dir, 'session.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(JSON.stringify({ pid: process.pid, started: new Date().toISOString() }))
      await handle.close()
      return () => rm(path, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = await readHolder(path)
    if (holder !== undefined && isRunning(holder.pid)) {
      throw new CliError(`another quizbank review session (pid ${holder.pid}, started ${holder.started}) is using ${dir}. Finish it first; if no such process runs, delete ${path}.`, EXIT.usage)
    }
    warn(`note: taking over a stale lock ${path} (its process is gone)\n`)
    await rm(path, { force: true })
  }
  throw new CliError(`could not take the lock ${path}; another session keeps taking it.`, EXIT.usage)
}

async function readHolder(path: string): Promise<{ pid: number; started: string } | undefined> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown; started?: unknown }
    return typeof data.pid === 'number' ? { pid: data.pid, started: String(data.started) } : undefined
  } catch {
    return undefined
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
