import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** What one isolated run reports. */
export interface IsolatedRun {
  /** `ok`: returned; `error`: threw (see `outcome`); `killed`: hit the time limit; `crashed`: died otherwise (e.g. out of memory). */
  readonly status: 'ok' | 'error' | 'killed' | 'crashed'
  /** What the case returned, or `CODE: message` of what it threw (cut to 300 characters). */
  readonly outcome: string
  /** Wall time of the case alone, in ms (the limit's wall time when killed). */
  readonly ms: number
  /** Peak resident memory of the child process, in MiB (includes Node and tsx, about 60 MiB). */
  readonly peakMiB: number
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url))

/**
 * Run pathological case `name` (or `file#export`, a module's function of
 * the size returning a string) at `size` in a fresh Node process with a
 * hard time limit (SIGKILL, so a synchronous hang cannot outlive it) and
 * a heap ceiling. A fresh process per run keeps one case's garbage and JIT
 * state out of the next one's figures.
 *
 * @example
 *   runIsolated('createIndex-tags', 200_000, { limitMs: 20_000 }) // { status: 'ok', ms: 41, … }
 */
export function runIsolated(name: string, size: number, { limitMs, heapMiB = 2048 }: { limitMs: number; heapMiB?: number }): IsolatedRun {
  const started = performance.now()
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, '--import', 'tsx', '--conditions=@quizbank/source', CHILD, name, String(size)], {
    encoding: 'utf8',
    timeout: limitMs,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 20,
  })
  const wall = performance.now() - started
  if (child.error !== undefined && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { status: 'killed', outcome: `no answer within ${limitMs} ms`, ms: wall, peakMiB: NaN }
  const line = child.stdout.trim().split('\n').pop() ?? ''
  try {
    return JSON.parse(line) as IsolatedRun
  } catch {
    return { status: 'crashed', outcome: `${child.signal ?? `exit ${child.status}`}: ${child.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 300)}`, ms: wall, peakMiB: NaN }
  }
}
