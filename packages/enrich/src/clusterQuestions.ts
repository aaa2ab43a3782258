import { candidatePairs, components } from './clusterGraph.js'
import { CLUSTER_SETTINGS } from './clusterSettings.js'
import { clusterSlug } from './clusterSlug.js'
import { comparedConcepts, sameComparison } from './comparedConcepts.js'
import { distinguishingConflict } from './distinguishingTerms.js'
import { promptSimilarity, termIdf, type PromptSimilarityOptions } from './promptSimilarity.js'
import { leadClause, promptTerms } from './promptTerms.js'
import { tokenize } from './tokenize.js'
import { compileVocabulary, type CompiledVocabulary, type Vocabulary } from './vocabulary.js'

/** A question as clustering sees it. */
export interface ClusterItem {
  /** Unique id, e.g. a question id. */
  id: string
  /** The set it belongs to: duplicates are sought across sets. */
  set: string
  prompt: string
  /** Not compared: most sets print no answer, and answers drift into neighbouring subjects. */
  answer?: string
}

/** Options of {@link clusterQuestions}. */
export interface ClusterQuestionsOptions {
  /** The subject's vocabulary: its concepts, implications and distinguishing groups. Default: none (prompts compare by their words alone). */
  vocabulary?: Vocabulary | undefined
  /** Similarity at which two prompts of different sets are linked. Default `CLUSTER_SETTINGS.threshold` (0.5). */
  threshold?: number
  /** Similarity at which two prompts of the same set are linked (only near-identical ones). Default `CLUSTER_SETTINGS.sameSetThreshold` (0.9). */
  sameSetThreshold?: number
  /**
   * Chaining guard: every member of a cluster must be at least this similar
   * to the cluster's medoid, or it is split off and clustered again with
   * the other leftovers. Default `CLUSTER_SETTINGS.medoidThreshold` (0.35).
   */
  medoidThreshold?: number
  /** Term groups that must agree between linked prompts. Default: the vocabulary's `distinguishing` groups. */
  groups?: readonly (readonly string[])[]
  /** See {@link PromptSimilarityOptions}. Default `CLUSTER_SETTINGS.extraConceptPenalty` (0.6). */
  extraConceptPenalty?: number
  /**
   * Factor on the similarity of a prompt's lead clause ({@link leadClause})
   * to the other prompt, so "Define signals and explain how they decouple
   * apps" can match "What are signals?". Only across sets. Default `CLUSTER_SETTINGS.leadClauseWeight` (0.9).
   */
  leadClauseWeight?: number
}

/**
 * Group near-duplicate questions across sets, deterministically.
 *
 * 1. Each prompt becomes content terms ({@link promptTerms}), weighted by
 *    kind and by IDF over `items` ({@link promptSimilarity}). Across sets,
 *    a prompt's lead clause may stand for it (times `leadClauseWeight`), so
 *    an elaborated definition still matches the bare one.
 *    Two prompts that compare the same concepts ({@link comparedConcepts}:
 *    "Compare WSGI and ASGI", "choose ASGI over WSGI") count as
 *    `CLUSTER_SETTINGS.sameComparison` similar.
 * 2. Two items are linked when their similarity reaches `threshold` (or
 *    `sameSetThreshold` within a set), unless a distinguishing group of the
 *    vocabulary tells them apart, or they are parallel questions of one set
 *    (word for word alike but for a few swapped words). Group agreement is
 *    transitive, so it holds across a whole cluster.
 * 3. Clusters are the connected components of the links, checked against
 *    chaining: members less than `medoidThreshold` similar to the medoid
 *    (the member most similar to all others) are split off and clustered
 *    again on their own.
 * 4. Each cluster of two or more gets a slug of its medoid's prompt
 *    ({@link clusterSlug}), made unique with `-2`, `-3`, … in id order.
 *
 * Returns cluster ids by item id; items in no cluster are absent. The
 * result does not depend on the order of `items` (ids must be unique).
 *
 * @example
 *   clusterQuestions([
 *     { id: 'a/1', set: 'a', prompt: 'What is middleware in Django?' },
 *     { id: 'b/4', set: 'b', prompt: 'What are Middlewares ?' },
 *   ], { vocabulary: django }) // Map { 'a/1' => 'middlewares', 'b/4' => 'middlewares' }
 */
export function clusterQuestions(items: readonly ClusterItem[], options: ClusterQuestionsOptions = {}): Map<string, string> {
  const sorted = [...items].sort((x, y) => compare(x.id, y.id))
  const vocabulary = compileVocabulary(options.vocabulary ?? NO_VOCABULARY)
  const terms = sorted.map((item) => promptTerms(item.prompt, vocabulary))
  const leads = sorted.map((item) => {
    const lead = leadClause(item.prompt)
    return lead === undefined ? undefined : promptTerms(lead, vocabulary)
  })
  const compared = sorted.map((item) => comparedConcepts(item.prompt, vocabulary))
  const idf = termIdf(terms)
  const penalty: PromptSimilarityOptions = {
    minorConcepts: vocabulary.minorConcepts,
    ...(options.extraConceptPenalty === undefined ? {} : { extraConceptPenalty: options.extraConceptPenalty }),
  }
  const leadWeight = options.leadClauseWeight ?? CLUSTER_SETTINGS.leadClauseWeight
  const similarity = memo((i, j) => {
    // Two comparisons of the same concepts ask the same thing, whatever else they add.
    if (sameComparison(compared[i], compared[j])) return CLUSTER_SETTINGS.sameComparison
    const full = promptSimilarity(terms[i]!, terms[j]!, idf, penalty)
    if (sorted[i]!.set === sorted[j]!.set) return full
    const [li, lj] = [leads[i] ?? terms[i]!, leads[j] ?? terms[j]!]
    const lead = Math.max(
      promptSimilarity(li, terms[j]!, idf, penalty),
      promptSimilarity(terms[i]!, lj, idf, penalty),
      promptSimilarity(li, lj, idf, penalty),
    )
    return Math.max(full, leadWeight * lead)
  })
  const groups = options.groups ?? options.vocabulary?.distinguishing ?? []
  const words = sorted.map((item) => tokenize(item.prompt).map((t) => t.key))
  const edges = candidatePairs(terms).filter(([i, j]) => {
    const sameSet = sorted[i]!.set === sorted[j]!.set
    const needed = sameSet ? (options.sameSetThreshold ?? CLUSTER_SETTINGS.sameSetThreshold) : (options.threshold ?? CLUSTER_SETTINGS.threshold)
    if (sameSet && parallel(words[i]!, words[j]!)) return false
    return similarity(i, j) >= needed && distinguishingConflict(terms[i]!, terms[j]!, groups) === undefined
  })
  const guard: Guard = { similarity, promptLength: (i) => sorted[i]!.prompt.length, medoidThreshold: options.medoidThreshold ?? CLUSTER_SETTINGS.medoidThreshold }
  const clusters = components(sorted.map((_, i) => i), edges).flatMap((members) => splitChains(members, edges, guard))
  return nameClusters(clusters, sorted, vocabulary)
}

const NO_VOCABULARY: Vocabulary = { subject: '', concepts: [] }

/**
 * Parallel questions: word for word the same but for a few words swapped in
 * place ("… when a request comes in" / "… when a response goes out"). A set
 * that words two questions alike but for those words asks two things.
 */
function parallel(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  let swaps = 0
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) swaps++
  return swaps > 0 && swaps <= CLUSTER_SETTINGS.parallelSwaps
}

interface Guard {
  similarity: (i: number, j: number) => number
  promptLength: (i: number) => number
  medoidThreshold: number
}

/** A cluster: member indices and its medoid. */
interface Cluster {
  members: number[]
  medoid: number
}

/**
 * Enforce the chaining guard on one connected component: keep the members
 * close to the medoid, then cluster the rest again over the links among
 * themselves. Terminates: the medoid always stays, so the rest shrinks.
 */
function splitChains(members: number[], edges: readonly (readonly [number, number])[], guard: Guard): Cluster[] {
  if (members.length < 2) return []
  const medoid = findMedoid(members, guard)
  const keep = members.filter((m) => m === medoid || guard.similarity(m, medoid) >= guard.medoidThreshold)
  const rest = members.filter((m) => !keep.includes(m))
  const split = components(rest, edges).flatMap((group) => splitChains(group, edges, guard))
  return keep.length >= 2 ? [{ members: keep, medoid }, ...split] : split
}

/**
 * The member with the highest total similarity to the others; ties go to
 * the shorter prompt (it names the cluster), then to the earlier id.
 */
function findMedoid(members: readonly number[], guard: Guard): number {
  let medoid = members[0]!
  let bestTotal = -1
  for (const m of members) {
    let total = 0
    for (const o of members) if (o !== m) total += guard.similarity(m, o)
    const tie = Math.abs(total - bestTotal) < 1e-9
    if ((!tie && total > bestTotal) || (tie && guard.promptLength(m) < guard.promptLength(medoid))) {
      medoid = m
      bestTotal = total
    }
  }
  return medoid
}

/** Slug each cluster after its medoid, in medoid order, suffixing `-2`, `-3`, … on collisions. */
function nameClusters(clusters: readonly Cluster[], items: readonly ClusterItem[], vocabulary: CompiledVocabulary): Map<string, string> {
  const taken = new Set<string>()
  const result = new Map<string, string>()
  for (const cluster of [...clusters].sort((x, y) => x.medoid - y.medoid)) {
    const base = clusterSlug(items[cluster.medoid]!.prompt, { ignoreWords: vocabulary.subjectWords })
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    for (const m of cluster.members) result.set(items[m]!.id, id)
  }
  return result
}

/** Cache a symmetric function of two indices. */
function memo(fn: (i: number, j: number) => number): (i: number, j: number) => number {
  const cache = new Map<string, number>()
  return (i, j) => {
    const key = i < j ? `${i},${j}` : `${j},${i}`
    let value = cache.get(key)
    if (value === undefined) {
      value = fn(Math.min(i, j), Math.max(i, j))
      cache.set(key, value)
    }
    return value
  }
}

/** Code-unit order, independent of the runtime's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
