import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'

/**
 * Write a build's files under `root` so that a failure cannot leave it
 * half-written: every changed file is first written into a temporary folder
 * inside `root` (same file system), and only when all of them are there is
 * each renamed over its target (a rename replaces a file whole). A failure
 * while staging leaves `root` as it was and throws one line naming the file.
 * Returns the paths (relative to `root`) that changed.
 *
 * @example
 *   const written = writeCorpusFiles('packages/corpus', result.files)
 */
export function writeCorpusFiles(root: string, files: ReadonlyMap<string, string>): string[] {
  const changed = [...files].filter(([rel, content]) => {
    const target = resolve(root, rel)
    if (!target.startsWith(resolve(root) + sep)) throw new Error(`${rel}: a build output must lie inside the corpus folder.`)
    return !(existsSync(target) && readFileSync(target, 'utf8') === content)
  })
  if (changed.length === 0) return []
  const staging = mkdtempSync(join(root, '.build-'))
  try {
    for (const [rel, content] of changed) {
      try {
        mkdirSync(dirname(join(staging, rel)), { recursive: true })
        writeFileSync(join(staging, rel), content)
      } catch (error) {
        throw new Error(`could not write ${rel} (${(error as Error).message.split('\n')[0]!.slice(0, 200)}); nothing was changed.`)
      }
    }
    for (const [rel] of changed) {
      mkdirSync(dirname(join(root, rel)), { recursive: true })
      renameSync(join(staging, rel), join(root, rel))
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
  return changed.map(([rel]) => rel)
}
