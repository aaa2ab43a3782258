import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Taxonomy } from '@quizbank/core'
import { validateTaxonomy } from '@quizbank/core/schema'
import { isInputName, readInputJson } from './readInputFile.js'

/**
 * Stage 1b: read every `taxonomies/<subject>.json`, checked against the
 * taxonomy schema. Problems are collected, not thrown, so one run reports
 * all of them.
 */
export function loadTaxonomies(dir: string): { taxonomies: Map<string, Taxonomy>; errors: string[] } {
  const taxonomies = new Map<string, Taxonomy>()
  const errors: string[] = []
  if (!existsSync(dir)) return { taxonomies, errors: [`taxonomies/: missing; expected one <subject>.json per subject, e.g. taxonomies/django.json.`] }
  for (const file of readdirSync(dir).filter((f) => isInputName(f) && f.endsWith('.json')).sort()) {
    const rel = `taxonomies/${file}`
    const { value: json, error } = readInputJson(join(dir, '..'), rel)
    if (error !== undefined) {
      errors.push(error)
      continue
    }
    const result = validateTaxonomy(json, { file: rel })
    if (!result.ok) {
      errors.push(...result.issues.map((i) => i.message))
      continue
    }
    const subject = file.replace(/\.json$/, '')
    if (result.value.id !== subject) {
      errors.push(`${rel}: field "id": expected "${subject}" (the file name), received "${result.value.id}".`)
      continue
    }
    taxonomies.set(subject, result.value)
  }
  return { taxonomies, errors }
}
