import { lstatSync, readFileSync, realpathSync } from 'node:fs'
import { join, sep } from 'node:path'
import type * as z from 'zod'
import { validateWith } from '@quizbank/core/schema'

/** What reading one build input gave: its bytes, nothing (the file is absent), or a one-line error. */
export type InputFile = { kind: 'file'; bytes: Buffer } | { kind: 'missing' } | { kind: 'error'; error: string }

/**
 * Read a build input (`rel`, relative to the corpus folder `root`) only if it
 * is a regular file really inside `root`: a symbolic link, or a folder on the
 * way that links elsewhere, could make the build read (and publish) a file
 * from outside the repository, so either is an error naming the file.
 *
 * @example
 *   const file = readInputFile('packages/corpus', 'sources/acme/source.json')
 *   if (file.kind === 'error') errors.push(file.error)
 */
export function readInputFile(root: string, rel: string): InputFile {
  const path = join(root, rel)
  let stat
  try {
    stat = lstatSync(path)
  } catch {
    return { kind: 'missing' }
  }
  if (stat.isSymbolicLink()) return { kind: 'error', error: `${rel}: is a symbolic link; expected a regular file inside the corpus folder (copy the file in).` }
  if (!stat.isFile()) return { kind: 'error', error: `${rel}: expected a regular file, found ${stat.isDirectory() ? 'a folder' : 'a special file'}.` }
  const realRoot = realpathSync(root)
  if (!realpathSync(path).startsWith(realRoot + sep)) return { kind: 'error', error: `${rel}: lies outside the corpus folder through a linked folder; expected a regular file inside it.` }
  return { kind: 'file', bytes: readFileSync(path) }
}

/**
 * {@link readInputFile} for JSON: the parsed value, `undefined` when the file
 * is absent, or a one-line error naming the file (never a thrown SyntaxError).
 *
 * @example
 *   const { value, error } = readInputJson('packages/corpus', 'registry/acme.json')
 */
export function readInputJson(root: string, rel: string): { value?: unknown; error?: string } {
  const file = readInputFile(root, rel)
  if (file.kind === 'missing') return {}
  if (file.kind === 'error') return { error: file.error }
  try {
    return { value: JSON.parse(file.bytes.toString('utf8')) as unknown }
  } catch (error) {
    return { error: `${rel}: not valid JSON (${(error as Error).message.split('\n')[0]!.slice(0, 200)}).` }
  }
}

/**
 * {@link readInputJson} checked against a schema: the value, `fallback` when
 * the file is absent, or one-line problems naming the file.
 *
 * @example
 *   const { value, errors } = readCheckedJson('packages/corpus', 'sources/acme/overrides.json', OverridesSchema, {})
 */
export function readCheckedJson<T>(root: string, rel: string, schema: z.ZodType<T>, fallback: T): { value: T; errors: string[] } {
  const { value: json, error } = readInputJson(root, rel)
  if (error !== undefined) return { value: fallback, errors: [error] }
  if (json === undefined) return { value: fallback, errors: [] }
  const result = validateWith(schema, json, { file: rel })
  return result.ok ? { value: result.value, errors: [] } : { value: fallback, errors: result.issues.map((i) => i.message) }
}

/** Names in a folder a build reads: dotfiles (`.DS_Store`, editor swap files) are not inputs. */
export function isInputName(name: string): boolean {
  return !name.startsWith('.')
}
