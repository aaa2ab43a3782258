import type { Io } from '../io.js'

/** A one-line progress indicator for commands that work through many files. */
export interface Progress {
  /** Show that item `index` (0-based) of `total`, named `label`, is being worked on. */
  readonly update: (index: number, total: number, label: string) => void
  /** Erase the indicator (before printing results, and at the end). */
  readonly clear: () => void
}

/**
 * Progress on stderr, rewritten in place, only when stderr is a terminal and
 * there is more than one item: pipes, logs and `--json` consumers never see
 * it, and stdout stays clean.
 *
 * @example
 *   const progress = createProgress(io)
 *   files.forEach((f, i) => { progress.update(i, files.length, f); … })
 *   progress.clear()
 */
export function createProgress(io: Io): Progress {
  let shown = false
  if (io.stderr.isTTY !== true) return { update: () => undefined, clear: () => undefined }
  return {
    update(index, total, label) {
      if (total < 2) return
      // \r back to the start of the line, \x1b[K erase the rest of it.
      io.stderr.write(`\r[${index + 1}/${total}] ${label.slice(0, 60)}\u001b[K`)
      shown = true
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[K')
      shown = false
    },
  }
}
