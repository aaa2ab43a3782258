import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Question, QuestionSet } from '@quizbank/core'
import { validateQuestionSet } from '@quizbank/core/schema'
import { clusterQuestions, draftToQuestion, parseText, type DraftQuestion } from '@quizbank/parsers'
import { matchRegistry, type IdRegistry } from './idRegistry.js'
import { loadSources, type LoadedSource } from './loadSources.js'
import { loadOverrides } from './overrides.js'
import { diffCorpus, type DataChangelog } from './renderChangelog.js'
import { renderChart } from './renderChart.js'

/** Options of {@link buildCorpus}. */
export interface BuildCorpusOptions {
  /** The corpus package folder holding `sources/`, `registry/` and `data/`. */
  root: string
}

/** Everything a build produces, in memory; writing is the caller's choice. */
export interface BuildCorpusResult {
  /** File contents keyed by path relative to `root` (data, index, registry). */
  files: Map<string, string>
  sets: QuestionSet[]
  /** Problems that must fail the build, every one of them. */
  errors: string[]
  /** Notes worth reading (damaged text, parser warnings) that do not fail it. */
  warnings: string[]
  /** Ids added / changed / retired against the committed data. */
  changelog: DataChangelog
}

interface ParsedSource {
  source: LoadedSource
  drafts: DraftQuestion[]
}

/**
 * The corpus pipeline: 1) load sources 2) parse 3) assign stable ids
 * 4) apply editorial overrides 5) enrich (topic, tags, difficulty)
 * 6) cluster near-duplicates across sets 7) validate every record, collecting
 * all errors 8) serialise deterministically (fixed key order, document order):
 * data, registry, per-set modules and the composition chart.
 *
 * @example
 *   const result = buildCorpus({ root: 'packages/corpus' })
 *   if (result.errors.length > 0) throw new Error(result.errors.join('\n'))
 */
export function buildCorpus(options: BuildCorpusOptions): BuildCorpusResult {
  const { root } = options
  const errors: string[] = []
  const warnings: string[] = []
  const files = new Map<string, string>()

  const loaded = loadSources(join(root, 'sources'))
  errors.push(...loaded.errors)
  const parsed = loaded.sources.map((source) => parseSource(source, errors, warnings))

  const sets: QuestionSet[] = []
  const perSet: { set: QuestionSet; drafts: DraftQuestion[] }[] = []
  for (const { source, drafts } of parsed) {
    const registryPath = `registry/${source.id}.json`
    const previous = readJson<IdRegistry>(join(root, registryPath))
    const { ids, registry, orphans } = matchRegistry(source.id, drafts, previous)
    for (const orphan of orphans) {
      errors.push(
        `${registryPath}: "${orphan.id}" ("${orphan.prompt}") matches no question in sources/${source.id}/${source.file} any more. ` +
          `If it was removed on purpose, retire it: set "status": "retired" and add "retired": "<why>"; retired ids are never reused.`,
      )
    }
    for (const entry of registry.ids) {
      if (entry.status === 'retired' && (entry.retired ?? '').trim() === '') errors.push(`${registryPath}: "${entry.id}": field "retired": expected the reason it was retired.`)
    }
    files.set(registryPath, stringify(registry))

    const { overrides, errors: overrideErrors } = loadOverrides(source.dir, source.id)
    errors.push(...overrideErrors)
    for (const id of Object.keys(overrides)) {
      if (!ids.includes(id)) errors.push(`sources/${source.id}/overrides.json: "${id}" is not a question of this set (known ids are in ${registryPath}).`)
    }

    const questions = drafts.map((draft, i) => toQuestion(source, ids[i]!, draft, overrides[ids[i]!]?.prompt))
    const set: QuestionSet = {
      id: source.id,
      title: source.meta.title,
      ...(source.meta.description === undefined ? {} : { description: source.meta.description }),
      language: source.meta.language,
      source: {
        title: source.meta.title,
        publisher: source.meta.publisher,
        ...(source.meta.url === undefined ? {} : { url: source.meta.url }),
        retrieved: source.meta.retrieved,
        license: source.meta.license,
      },
      questions,
    }
    perSet.push({ set, drafts })
    sets.push(set)
  }

  const clusters = clusterQuestions(sets.flatMap((s) => s.questions.map((q) => ({ id: q.id, set: s.id, prompt: q.prompt, ...(q.answer === undefined ? {} : { answer: q.answer }) }))))
  for (const set of sets) {
    set.questions = set.questions.map((q) => withCluster(q, clusters.get(q.id)))
    const result = validateQuestionSet(set, { file: `data/${set.id}.json` })
    if (!result.ok) errors.push(...result.issues.map((i) => i.message))
    files.set(`data/${set.id}.json`, stringify(set))
  }
  files.set('data/index.json', stringify(indexOf(sets)))
  files.set('composition.svg', renderChart(sets))
  for (const set of sets) files.set(`src/sets/${set.id}.ts`, setModule(set.id))
  files.set('src/allSets.ts', allSetsModule(sets.map((s) => s.id)))

  const before = sets.flatMap((s) => readJson<QuestionSet>(join(root, `data/${s.id}.json`))?.questions ?? [])
  return { files, sets, errors, warnings, changelog: diffCorpus(before, sets.flatMap((s) => s.questions)) }
}

function parseSource(source: LoadedSource, errors: string[], warnings: string[]): ParsedSource {
  const rel = `sources/${source.id}/${source.file}`
  const result = parseText(source.bytes, { sourceName: rel, ...(source.meta.format === undefined ? {} : { format: source.meta.format }) })
  for (const d of result.diagnostics) {
    if (d.severity === 'error' || d.reason === 'unclassified') errors.push(d.message)
    else if (d.severity === 'warning') warnings.push(d.message)
  }
  if (result.questions.length !== source.meta.expectedCount) {
    errors.push(
      `${rel}: expected ${source.meta.expectedCount} questions (sources/${source.id}/source.json "expectedCount"), the ${result.format} parser found ${result.questions.length}. ` +
        'Fix the parser, or correct expectedCount if the document really changed.',
    )
  }
  return { source, drafts: result.questions }
}

function toQuestion(source: LoadedSource, id: string, printed: DraftQuestion, overridePrompt: string | undefined): Question {
  // Enrichment reads the corrected prompt: a damaged one would mislead the rules.
  const draft = overridePrompt === undefined ? printed : { ...printed, prompt: overridePrompt }
  return draftToQuestion(draft, { set: source.id, id, documentTitle: source.meta.title, ...(overridePrompt === undefined ? {} : { printedPrompt: printed.prompt }) })
}

function withCluster(q: Question, cluster: string | undefined): Question {
  if (cluster === undefined) return q
  const { flags, ...rest } = q
  return { ...rest, ...(flags === undefined ? {} : { flags }), cluster }
}

function indexOf(sets: readonly QuestionSet[]) {
  return {
    questionCount: sets.reduce((n, s) => n + s.questions.length, 0),
    sets: sets.map((s) => ({ id: s.id, title: s.title, file: `${s.id}.json`, questionCount: s.questions.length })),
  }
}

const GENERATED = '// Generated by `npm run corpus:build`; do not edit.\n'

// One module per set, so `@quizbank/corpus/sets/<id>` bundles that set only.
function setModule(id: string): string {
  return `${GENERATED}import type { QuestionSet } from '@quizbank/core'
import data from '../../data/${id}.json' with { type: 'json' }

/** The \`${id}\` question set. */
export const set: QuestionSet = data as unknown as QuestionSet
`
}

function allSetsModule(ids: readonly string[]): string {
  const name = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
  return `${GENERATED}import type { QuestionSet } from '@quizbank/core'
${ids.map((id) => `import { set as ${name(id)} } from './sets/${id}.js'`).join('\n')}

/** Every set of the corpus, in set id order. */
export const allSets: readonly QuestionSet[] = [${ids.map(name).join(', ')}]
`
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined
}

/** Stable serialisation: 2-space JSON with a final newline. */
export function stringify(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
