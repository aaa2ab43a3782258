import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Taxonomy } from '@quizbank/core'
import type { Vocabulary } from '@quizbank/enrich'
import { CliError, EXIT } from './errors.js'

/** The subject knowledge a document's questions are enriched and checked with. */
export interface Subject {
  readonly taxonomy: Taxonomy
  /** The bundled vocabulary of the subject, when there is one (Django). */
  readonly vocabulary?: Vocabulary
}

/**
 * The taxonomy (and bundled vocabulary) for a document: `--taxonomy <file>`
 * wins; otherwise the bundled taxonomy of the document's `subject` (its
 * front matter), `django` when it names none. A subject the bundle does not
 * know is a usage error that says how to pass one.
 *
 * @example
 *   const { taxonomy, vocabulary } = await resolveSubject('python', 'python.json', process.cwd())
 */
export async function resolveSubject(subject: string | undefined, taxonomyFile: string | undefined, cwd: string): Promise<Subject> {
  let taxonomy: Taxonomy | undefined
  if (taxonomyFile !== undefined) {
    taxonomy = await readTaxonomy(taxonomyFile, cwd)
  } else {
    const { taxonomies } = await import('@quizbank/corpus')
    const wanted = subject ?? 'django'
    taxonomy = taxonomies.find((t) => t.id === wanted)
    if (taxonomy === undefined) {
      throw new CliError(
        `no bundled taxonomy for subject "${wanted}" (bundled: ${taxonomies.map((t) => t.id).join(', ')}). Pass your own: --taxonomy ${wanted}.json ` +
          `({ "id": "${wanted}", "title": "…", "topics": [{ "id": "…", "label": "…", "description": "…" }] }).`,
        EXIT.usage,
      )
    }
  }
  const vocabulary = taxonomy.id === 'django' ? (await import('@quizbank/enrich/vocabularies/django')).django : undefined
  return vocabulary === undefined ? { taxonomy } : { taxonomy, vocabulary }
}

async function readTaxonomy(file: string, cwd: string): Promise<Taxonomy> {
  let text: string
  try {
    text = await readFile(resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new CliError(`--taxonomy: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, EXIT.usage)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new CliError(`--taxonomy: ${file} is not valid JSON (${(error as Error).message.slice(0, 200)}).`, EXIT.usage)
  }
  const { validateTaxonomy, formatIssues } = await import('@quizbank/core/schema')
  const result = validateTaxonomy(json, { file })
  if (!result.ok) throw new CliError(`--taxonomy: ${file} is not a taxonomy:\n${formatIssues(result.issues.slice(0, 20))}`, EXIT.usage)
  return result.value
}
