import { SET_ID_PATTERN } from '@quizbank/core'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateWith } from '@quizbank/core/schema'
import { SourceMetaSchema, type SourceMeta } from './sourceMetaSchema.js'

/** One raw source: its folder, metadata and bytes. */
export interface LoadedSource {
  id: string
  dir: string
  meta: SourceMeta
  bytes: Uint8Array
  /** File name of the raw document inside `dir` (`source.txt` or `source.md`). */
  file: string
}

/**
 * Stage 1: read every `sources/<set-id>/` folder. Problems (a missing file,
 * bad JSON, a metadata field out of shape) are collected, not thrown, so one
 * run reports all of them.
 */
export function loadSources(sourcesDir: string): { sources: LoadedSource[]; errors: string[] } {
  const sources: LoadedSource[] = []
  const errors: string[] = []
  for (const id of readdirSync(sourcesDir).sort()) {
    const dir = join(sourcesDir, id)
    const metaFile = join(dir, 'source.json')
    const file = ['source.txt', 'source.md'].find((f) => existsSync(join(dir, f)))
    const rel = (f: string) => `sources/${id}/${f}`
    if (!SET_ID_PATTERN.test(id)) errors.push(`sources/${id}: expected a kebab-case folder name (it becomes the set id).`)
    if (file === undefined) errors.push(`sources/${id}: expected the raw document as source.txt or source.md.`)
    if (!existsSync(metaFile)) {
      errors.push(`${rel('source.json')}: missing; expected metadata such as { "title": "…", "publisher": "unknown", "retrieved": "2026-01-31", "license": "unknown", "language": "en", "expectedCount": 25 }.`)
      continue
    }
    let json: unknown
    try {
      json = JSON.parse(readFileSync(metaFile, 'utf8'))
    } catch (error) {
      errors.push(`${rel('source.json')}: not valid JSON (${(error as Error).message}).`)
      continue
    }
    const parsed = validateWith(SourceMetaSchema, json, { file: rel('source.json') })
    if (!parsed.ok) {
      errors.push(...parsed.issues.map((issue) => issue.message))
      continue
    }
    if (file !== undefined) sources.push({ id, dir, meta: parsed.value, bytes: new Uint8Array(readFileSync(join(dir, file))), file })
  }
  return { sources, errors }
}
