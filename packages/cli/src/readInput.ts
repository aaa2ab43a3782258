import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CliError, EXIT } from './errors.js'

/**
 * Read a file named on the command line as bytes (the parsers detect the
 * encoding). A file that cannot be read is a usage error that says why,
 * never a stack trace.
 *
 * @example
 *   const bytes = await readInput('notes.txt', process.cwd())
 */
export async function readInput(file: string, cwd: string): Promise<Uint8Array> {
  try {
    return await readFile(resolve(cwd, file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message).slice(0, 200)
    throw new CliError(`cannot read "${file}": ${why}.`, EXIT.usage)
  }
}
