import { SET_ID_PATTERN } from '@quizbank/core'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { validateWith } from '@quizbank/core/schema'
import { SourceMetaSchema, type SourceMeta } from './sourceMetaSchema.js'
import { isInputName, readInputFile, readInputJson } from './readInputFile.js'

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
  const root = join(sourcesDir, '..')
  for (const id of readdirSync(sourcesDir).filter(isInputName).sort()) {
    const dir = join(sourcesDir, id)
    const rel = (f: string) => `sources/${id}/${f}`
    if (!SET_ID_PATTERN.test(id)) errors.push(`sources/${id}: expected a kebab-case folder name (it becomes the set id).`)
    const documents = ['source.txt', 'source.md'].map((f) => ({ file: f, read: readInputFile(root, rel(f)) }))
    for (const d of documents) if (d.read.kind === 'error') errors.push(d.read.error)
    const document = documents.find((d) => d.read.kind === 'file')
    if (documents.every((d) => d.read.kind === 'missing')) errors.push(`sources/${id}: expected the raw document as source.txt or source.md.`)
    const meta = readInputJson(root, rel('source.json'))
    if (meta.error !== undefined) {
      errors.push(meta.error)
      continue
    }
    if (meta.value === undefined) {
      errors.push(`${rel('source.json')}: missing; expected metadata such as { "title": "…", "publisher": "unknown", "retrieved": "2026-01-31", "license": "unknown", "language": "en", "expectedCount": 25 }.`)
      continue
    }
    const parsed = validateWith(SourceMetaSchema, meta.value, { file: rel('source.json') })
    if (!parsed.ok) {
      errors.push(...parsed.issues.map((issue) => issue.message))
      continue
    }
    if (document?.read.kind === 'file') sources.push({ id, dir, meta: parsed.value, bytes: new Uint8Array(document.read.bytes), file: document.file })
  }
  return { sources, errors }
}
