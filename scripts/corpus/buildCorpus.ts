import { join } from 'node:path'
import { createIndex, type Question, type QuestionSet, type Taxonomy } from '@quizbank/core'
import { createSearchIndex, serializeSearchIndex } from '@quizbank/core/search'
import { validateQuestionSet, validateWith } from '@quizbank/core/schema'
import { clusterQuestions, draftToQuestion } from '@quizbank/enrich'
import { parseText, type DraftQuestion } from '@quizbank/parsers'
import { matchRegistry, type IdRegistry } from './idRegistry.js'
import { loadSources, type LoadedSource } from './loadSources.js'
import { loadTaxonomies } from './loadTaxonomies.js'
import { VOCABULARIES } from './vocabularies.js'
import { AUTHORED_LICENSE, loadAnswers, type AuthoredAnswer } from './loadAnswers.js'
import { loadReviewed, type Reviewed } from './loadReviewed.js'
import { loadOverrides, type Overrides } from './overrides.js'
import { diffCorpus, type DataChangelog } from './renderChangelog.js'
import { renderChart } from './renderChart.js'
import { readInputJson } from './readInputFile.js'
import { IdRegistrySchema } from './registrySchema.js'

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
  taxonomy: Taxonomy
}

/**
 * The corpus pipeline: 1) load sources and subject taxonomies 2) parse
 * 3) assign stable ids 4) apply editorial overrides 5) enrich (topic, tags,
 * difficulty) with the subject's taxonomy and vocabulary 6) cluster
 * near-duplicates across the sets of each subject 7) validate every record
 * against the schema and its taxonomy, collecting all errors 8) serialise
 * deterministically (fixed key order, document order): data, registry,
 * per-set and per-taxonomy modules and the composition chart.
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
  const { taxonomies, errors: taxonomyErrors } = loadTaxonomies(join(root, 'taxonomies'))
  errors.push(...taxonomyErrors)
  const parsed: ParsedSource[] = []
  for (const source of loaded.sources) {
    const taxonomy = taxonomies.get(source.meta.subject)
    if (taxonomy === undefined) {
      errors.push(`sources/${source.id}/source.json: field "subject": "${source.meta.subject}" has no taxonomy; expected taxonomies/${source.meta.subject}.json (known subjects: ${[...taxonomies.keys()].join(', ') || 'none'}).`)
      continue
    }
    parsed.push(parseSource(source, taxonomy, errors, warnings))
  }

  const sets: QuestionSet[] = []
  const taxonomyOf = new Map<string, Taxonomy>()
  // Applied after clustering, so that written answers change no topic, tag or cluster.
  const pending = new Map<string, { answers: Map<string, AuthoredAnswer>; reviewed: Reviewed; overrides: Overrides }>()
  for (const { source, drafts, taxonomy } of parsed) {
    const registryPath = `registry/${source.id}.json`
    const previous = readRegistry(root, source.id, errors)
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

    const { answers, errors: answerErrors } = loadAnswers(source.dir, source.id)
    const { reviewed, errors: reviewedErrors } = loadReviewed(source.dir, source.id)
    errors.push(...answerErrors, ...reviewedErrors)
    for (const [id, a] of answers) {
      if (!ids.includes(id)) errors.push(`sources/${source.id}/answers.md:${a.line}: "${id}" is not a question of this set (known ids are in ${registryPath}).`)
    }
    for (const id of Object.keys(reviewed)) {
      if (!ids.includes(id)) errors.push(`sources/${source.id}/reviewed.json: "${id}" is not a question of this set (known ids are in ${registryPath}).`)
    }
    const questions = drafts.map((draft, i) => toQuestion(source, taxonomy, ids[i]!, draft, overrides[ids[i]!]))
    pending.set(source.id, { answers, reviewed, overrides })
    const set: QuestionSet = {
      id: source.id,
      title: source.meta.title,
      ...(source.meta.description === undefined ? {} : { description: source.meta.description }),
      subject: source.meta.subject,
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
    sets.push(set)
    taxonomyOf.set(set.id, taxonomy)
  }

  const clusters = new Map<string, string>()
  for (const subject of new Set(sets.map((s) => s.subject))) {
    const ofSubject = sets.filter((s) => s.subject === subject)
    const reviewedSets = new Set(parsed.filter((p) => p.source.meta.clusters === 'reviewed').map((p) => p.source.id))
    const reviewedNames = reviewedClusters(ofSubject, reviewedSets, (id) => pending.get(id)!.reviewed, clusters, errors)
    // The other sets' near-duplicates are sought by the rules, among
    // themselves, with the subject's vocabulary; a rule-made name never
    // joins a reviewed cluster.
    const vocabulary = VOCABULARIES.get(subject)
    const items = ofSubject.filter((s) => !reviewedSets.has(s.id)).flatMap((s) => s.questions.map((q) => ({ id: q.id, set: s.id, prompt: q.prompt, ...(q.answer === undefined ? {} : { answer: q.answer }) })))
    for (const [id, cluster] of clusterQuestions(items, vocabulary === undefined ? {} : { vocabulary })) {
      let name = cluster
      for (let k = 2; reviewedNames.has(name); k++) name = `${cluster}-r${k}`
      clusters.set(id, name)
    }
  }
  for (const set of sets) {
    const { answers, reviewed, overrides } = pending.get(set.id)!
    set.questions = set.questions.map((q) => withProvenance(withCluster(q, clusters.get(q.id)), set, { authored: answers.get(q.id), reviewed: reviewed[q.id], override: overrides[q.id] }, errors))
    const result = validateQuestionSet(set, { file: `data/${set.id}.json`, taxonomy: taxonomyOf.get(set.id)! })
    if (!result.ok) errors.push(...result.issues.map((i) => i.message))
    files.set(`data/${set.id}.json`, stringify(set))
  }
  files.set('data/index.json', stringify(indexOf(sets)))
  // The full-text index of `questions` (sets in this order, as src/allSets.ts
  // lists them), prebuilt so the first search loads it instead of tokenising
  // the whole corpus; one line of JSON (its postings are base64 already).
  files.set('prebuilt/search-index.json', `${JSON.stringify(serializeSearchIndex(createSearchIndex(createIndex(sets.flatMap((s) => s.questions)))))}\n`)
  files.set('composition.svg', renderChart(sets, [...taxonomies.values()]))
  for (const set of sets) files.set(`src/sets/${set.id}.ts`, setModule(set.id, set.subject))
  files.set('src/allSets.ts', allSetsModule(sets))
  for (const taxonomy of taxonomies.values()) files.set(`src/taxonomies/${taxonomy.id}.ts`, taxonomyModule(taxonomy))

  // Each set's registry only mints ids under its own prefix, but a hand-edited
  // registry could claim another set's id; readers key on ids across sets.
  const owner = new Map<string, string>()
  for (const set of sets) {
    for (const q of set.questions) {
      const first = owner.get(q.id)
      if (first !== undefined) errors.push(`data/${set.id}.json: id "${q.id}" is also used by set "${first}"; expected ids unique across the corpus (check registry/${set.id}.json).`)
      else owner.set(q.id, set.id)
    }
  }

  const before = sets.flatMap((s) => readCommittedData(root, s.id, errors))
  return { files, sets, errors, warnings, changelog: diffCorpus(before, sets.flatMap((s) => s.questions)) }
}

function parseSource(source: LoadedSource, taxonomy: Taxonomy, errors: string[], warnings: string[]): ParsedSource {
  const rel = `sources/${source.id}/${source.file}`
  const result = parseText(source.bytes, { sourceName: rel, taxonomy, ...(source.meta.format === undefined ? {} : { format: source.meta.format }) })
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
  return { source, drafts: result.questions, taxonomy }
}

function toQuestion(source: LoadedSource, taxonomy: Taxonomy, id: string, printed: DraftQuestion, override: Overrides[string] | undefined): Question {
  const overridePrompt = override?.prompt
  // Enrichment reads the corrected prompt: a damaged one would mislead the rules.
  // A question written from a printed title is, like a rule's, an inferred prompt.
  const draft = overridePrompt === undefined ? printed : { ...printed, prompt: overridePrompt, ...(override?.kind === 'question-from-title' ? { promptInferred: true } : {}) }
  const vocabulary = VOCABULARIES.get(taxonomy.id)
  return draftToQuestion(draft, {
    set: source.id,
    id,
    taxonomy,
    ...(vocabulary === undefined ? {} : { vocabulary }),
    documentTitle: source.meta.title,
    ...(overridePrompt === undefined ? {} : { printedPrompt: printed.prompt }),
  })
}

/**
 * The reviewed clusters of one subject's sets (those whose source.json says
 * `"clusters": "reviewed"`) into `clusters`; returns their names. A cluster
 * named in a set that is not reviewed, or held by a single question, is an
 * error naming the file.
 */
function reviewedClusters(sets: readonly QuestionSet[], reviewedSets: ReadonlySet<string>, reviewedOf: (set: string) => Reviewed, clusters: Map<string, string>, errors: string[]): Set<string> {
  const members = new Map<string, string[]>()
  for (const set of sets) {
    for (const [id, entry] of Object.entries(reviewedOf(set.id))) {
      if (entry.cluster === undefined) continue
      if (!reviewedSets.has(set.id)) {
        errors.push(`sources/${set.id}/reviewed.json: "${id}": field "cluster": the set's clusters are found by the rules; to review them, add "clusters": "reviewed" to sources/${set.id}/source.json.`)
        continue
      }
      clusters.set(id, entry.cluster)
      members.set(entry.cluster, [...(members.get(entry.cluster) ?? []), id])
    }
  }
  for (const [name, ids] of members) {
    if (ids.length === 1) errors.push(`sources/${ids[0]!.split('/')[0]}/reviewed.json: "${ids[0]}": field "cluster": "${name}" is held by no other question; expected the name of a cluster of two or more, or no "cluster".`)
  }
  return new Set(members.keys())
}

function withCluster(q: Question, cluster: string | undefined): Question {
  if (cluster === undefined) return q
  const { flags, ...rest } = q
  return { ...rest, ...(flags === undefined ? {} : { flags }), cluster }
}

/**
 * Where the answer comes from and under which licenses prompt and answer may
 * be used; a reviewed difficulty where neither the source nor a rule gave one.
 * A question answered both in its source and in answers.md is an error: the
 * printed answer is kept, and a repair goes in overrides.json instead.
 */
function withProvenance(
  q: Question,
  set: QuestionSet,
  { authored, reviewed, override }: { authored: AuthoredAnswer | undefined; reviewed: Reviewed[string] | undefined; override: Overrides[string] | undefined },
  errors: string[],
): Question {
  const out: Question = { ...q }
  if (override?.answer !== undefined) {
    if (q.answer === undefined) errors.push(`sources/${set.id}/overrides.json: "${q.id}": field "answer": the source prints no answer to repair; a new answer belongs in answers.md.`)
    else {
      out.answer = override.answer
      out.flags = { ...q.flags, edited: { ...q.flags?.edited, answer: q.answer } }
    }
  }
  if (override?.damaged !== undefined) {
    const { damaged: _parserGuess, ...rest } = out.flags ?? {}
    out.flags = { ...rest, ...(override.damaged.length === 0 ? {} : { damaged: override.damaged }) }
    if (Object.keys(out.flags).length === 0) delete out.flags
  }
  if (out.difficulty === undefined && reviewed?.difficulty !== undefined) out.difficulty = { level: reviewed.difficulty, origin: 'reviewed' }
  if (authored !== undefined && q.answer !== undefined) {
    errors.push(`sources/${set.id}/answers.md:${authored.line}: "${q.id}" already has an answer in its source; a repair of it belongs in overrides.json.`)
  } else if (authored !== undefined) {
    out.answer = authored.answer
    out.answerOrigin = { kind: 'authored', references: authored.references }
  } else if (q.answer !== undefined) {
    out.answerOrigin = { kind: override?.answer === undefined ? 'source' : 'source-repaired' }
  }
  const answerLicense = out.answerOrigin?.kind === 'authored' ? AUTHORED_LICENSE : set.source.license
  out.license = { prompt: set.source.license, ...(out.answer === undefined ? {} : { answer: answerLicense }) }
  return order(out)
}

// Records are written with a fixed key order, whatever order the stages added fields in.
const KEY_ORDER = ['id', 'prompt', 'answer', 'hints', 'choices', 'topic', 'tags', 'difficulty', 'source', 'flags', 'cluster', 'answerOrigin', 'license'] as const

function order(q: Question): Question {
  const out: Record<string, unknown> = {}
  for (const key of KEY_ORDER) if (q[key] !== undefined) out[key] = q[key]
  // A field this list does not know yet keeps its place at the end rather than being dropped.
  for (const [key, value] of Object.entries(q)) if (!(key in out) && value !== undefined) out[key] = value
  return out as Question
}

function indexOf(sets: readonly QuestionSet[]) {
  return {
    questionCount: sets.reduce((n, s) => n + s.questions.length, 0),
    sets: sets.map((s) => ({ id: s.id, title: s.title, file: `${s.id}.json`, questionCount: s.questions.length })),
  }
}

const GENERATED = '// Generated by `npm run corpus:build`; do not edit.\n'

// One module per set, so `@quizbank/corpus/sets/<id>` bundles that set only;
// typed with its subject's topic union.
function setModule(id: string, subject: string): string {
  return `${GENERATED}import type { QuestionSet } from '@quizbank/core'
import type { ${topicType(subject)} } from '../taxonomies/${subject}.js'
import data from '../../data/${id}.json' with { type: 'json' }

/** The \`${id}\` question set. */
export const set: QuestionSet<${topicType(subject)}> = data as unknown as QuestionSet<${topicType(subject)}>
`
}

function allSetsModule(sets: readonly QuestionSet[]): string {
  const name = (id: string) => camel(id)
  const subjects = [...new Set(sets.map((s) => s.subject))].sort()
  return `${GENERATED}import type { QuestionSet } from '@quizbank/core'
${subjects.map((s) => `import type { ${topicType(s)} } from './taxonomies/${s}.js'`).join('\n')}
${sets.map((s) => `import { set as ${name(s.id)} } from './sets/${s.id}.js'`).join('\n')}

/** Every set of the corpus, in set id order. */
export const allSets: readonly QuestionSet<${subjects.map(topicType).join(' | ') || 'string'}>[] = [${sets.map((s) => name(s.id)).join(', ')}]
`
}

// The taxonomy as a typed module: its topic ids become a union type, so
// filters over the corpus are checked at compile time.
function taxonomyModule(taxonomy: Taxonomy): string {
  const type = topicType(taxonomy.id)
  return `${GENERATED}import type { Taxonomy } from '@quizbank/core'
import data from '../../taxonomies/${taxonomy.id}.json' with { type: 'json' }

/** A topic id of the \`${taxonomy.id}\` taxonomy. */
export type ${type} =
${taxonomy.topics.map((t) => `  | '${t.id}'`).join('\n')}

/** The \`${taxonomy.id}\` taxonomy: ${taxonomy.title}, ${taxonomy.topics.length} topics. */
export const taxonomy: Taxonomy<${type}> = data as Taxonomy<${type}>
`
}

/** \`django\` → \`DjangoTopic\`, \`machine-learning\` → \`MachineLearningTopic\`. */
function topicType(subject: string): string {
  const c = camel(subject)
  return `${c.charAt(0).toUpperCase()}${c.slice(1)}Topic`
}

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/** A set's id registry, checked; `undefined` for a new set or when it is broken (then with an error). */
function readRegistry(root: string, set: string, errors: string[]): IdRegistry | undefined {
  const rel = `registry/${set}.json`
  const { value, error } = readInputJson(root, rel)
  if (error !== undefined) errors.push(`${error} Restore it from git: a registry is the memory of every id the set has used.`)
  if (value === undefined) return undefined
  const result = validateWith(IdRegistrySchema, value, { file: rel })
  if (!result.ok) {
    errors.push(...result.issues.map((i) => i.message))
    return undefined
  }
  const registry = result.value as IdRegistry
  if (registry.set !== set) errors.push(`${rel}: field "set": expected "${set}" (the file name), received "${registry.set.slice(0, 80)}".`)
  for (const entry of registry.ids) {
    if (!entry.id.startsWith(`${set}/`)) errors.push(`${rel}: "${entry.id}": expected an id of this set ("${set}/…"); another set's id would be published twice.`)
  }
  return registry
}

/** The committed questions of a set, for the changelog; a broken file is an error naming it. */
function readCommittedData(root: string, set: string, errors: string[]): Question[] {
  const rel = `data/${set}.json`
  const { value, error } = readInputJson(root, rel)
  const questions = (value as { questions?: unknown } | undefined)?.questions
  if (error === undefined && (value === undefined || Array.isArray(questions))) {
    return ((questions ?? []) as unknown[]).filter((q): q is Question => typeof (q as { id?: unknown } | null)?.id === 'string')
  }
  errors.push(
    `${error ?? `${rel}: expected a question set with a "questions" list.`} The changelog compares against it: restore it from git, or delete it to list all its questions as added.`,
  )
  return []
}

/** Stable serialisation: 2-space JSON with a final newline. */
export function stringify(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
