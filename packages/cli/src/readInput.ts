import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CliError, EXIT } from './errors.js'

/**
 * How much of a file the commands read. Far above any question document or
 * bank (the largest corpus source is under 1 MiB; the parsers refuse more
 * than 5 MiB themselves), and low enough that a wrong file (a disk image,
 * `/dev/zero`) is refused at once instead of filling memory.
 */
export const INPUT_LIMITS = {
  /** Most bytes read from one file: 32 MiB. */
  maxBytes: 32 * 1024 * 1024,
  /** Bytes read per call. */
  chunkBytes: 1024 * 1024,
} as const

/**
 * Read a file named on the command line as bytes (the parsers detect the
 * encoding). A file that cannot be read is a usage error that says why, a
 * file larger than `INPUT_LIMITS.maxBytes` is refused (exit code 1) — counted
 * while reading, so a device or a pipe that never ends is refused too —
 * never a stack trace.
 *
 * @example
 *   const bytes = await readInput('notes.txt', process.cwd())
 */
export async function readInput(file: string, cwd: string): Promise<Uint8Array> {
  const { maxBytes, chunkBytes } = INPUT_LIMITS
  let handle
  try {
    handle = await open(resolve(cwd, file), 'r')
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const chunk = new Uint8Array(Math.min(chunkBytes, maxBytes + 1 - size))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      size += bytesRead
      if (size > maxBytes) throw new CliError(`"${file}" is larger than ${maxBytes / 1024 / 1024} MiB, the most a command reads from one file: is it the right file? (Split a larger bank into several files.)`, EXIT.invalidData)
    }
    return Buffer.concat(chunks, size)
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message).slice(0, 200)
    throw new CliError(`cannot read "${file}": ${why}.`, EXIT.usage)
  } finally {
    await handle?.close()
  }
}
