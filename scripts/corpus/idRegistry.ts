import { mintQuestionId } from '@quizbank/core'

/**
 * `registry/<set-id>.json`: every id a set has ever used. Ids are minted once
 * and then found again here by matching, so editing a prompt keeps its id;
 * a retired id stays listed forever so it is never minted again.
 */
export interface IdRegistry {
  set: string
  ids: RegistryEntry[]
}

export interface RegistryEntry {
  id: string
  status: 'active' | 'retired'
  /** The prompt as the source printed it at the last build (before overrides). */
  prompt: string
  number?: string
  /** Why it was retired; required when status is "retired". */
  retired?: string
}

/** A question as the registry sees it. */
export interface RegistryQuery {
  prompt: string
  number?: string
}

/** Minimum word overlap for a reworded prompt to keep its id (below it, the id would mean another question). */
export const REWORD_MIN = 0.5
/** With the same printed number, a weaker overlap suffices. */
const SAME_NUMBER_MIN = 0.3

/**
 * Match questions to registry entries, mint ids for new ones, and list the
 * active entries nothing matched (the caller fails the build on those).
 *
 * Matching, in order: (1) identical normalised prompt; (2) the best remaining
 * pair by word overlap (Jaccard ≥ 0.5, or ≥ 0.3 with the same printed number),
 * assigned greedily best-first with ties broken by document order, so the
 * result is deterministic.
 *
 * @example
 *   const { ids, registry, orphans } = matchRegistry('acme', questions, previousRegistry)
 */
export function matchRegistry(
  set: string,
  questions: readonly RegistryQuery[],
  previous: IdRegistry | undefined,
): { ids: string[]; registry: IdRegistry; orphans: RegistryEntry[] } {
  const entries = previous?.ids ?? []
  const active = entries.filter((e) => e.status === 'active')
  const ids: (string | undefined)[] = questions.map(() => undefined)
  const taken = new Set<string>()

  const byPrompt = new Map<string, RegistryEntry[]>()
  for (const e of active) {
    const key = normalise(e.prompt)
    byPrompt.set(key, [...(byPrompt.get(key) ?? []), e])
  }
  questions.forEach((q, i) => {
    const entry = byPrompt.get(normalise(q.prompt))?.find((e) => !taken.has(e.id))
    if (entry !== undefined) {
      ids[i] = entry.id
      taken.add(entry.id)
    }
  })

  const pairs: { i: number; entry: RegistryEntry; score: number; order: number }[] = []
  const words = questions.map((q) => wordSet(q.prompt))
  active.forEach((entry, order) => {
    if (taken.has(entry.id)) return
    const entryWords = wordSet(entry.prompt)
    questions.forEach((q, i) => {
      if (ids[i] !== undefined) return
      const score = jaccard(words[i]!, entryWords)
      const sameNumber = q.number !== undefined && q.number === entry.number
      if (score >= REWORD_MIN || (sameNumber && score >= SAME_NUMBER_MIN)) pairs.push({ i, entry, score: score + (sameNumber ? 0.25 : 0), order })
    })
  })
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.order - b.order)
  for (const p of pairs) {
    if (ids[p.i] !== undefined || taken.has(p.entry.id)) continue
    ids[p.i] = p.entry.id
    taken.add(p.entry.id)
  }

  const everUsed = new Set(entries.map((e) => e.id))
  const minted: RegistryEntry[] = []
  const finalIds = questions.map((q, i) => {
    const existing = ids[i]
    if (existing !== undefined) return existing
    const id = mintQuestionId(set, q.prompt, everUsed)
    everUsed.add(id)
    minted.push(entryFor(id, q))
    return id
  })

  const current = new Map(finalIds.map((id, i) => [id, questions[i]!]))
  const orphans = active.filter((e) => !current.has(e.id))
  const updated = entries.map((e) => {
    const q = current.get(e.id)
    return q === undefined ? e : entryFor(e.id, q)
  })
  return { ids: finalIds, registry: { set, ids: [...updated, ...minted] }, orphans }
}

function entryFor(id: string, q: RegistryQuery): RegistryEntry {
  return q.number === undefined ? { id, status: 'active', prompt: q.prompt } : { id, status: 'active', prompt: q.prompt, number: q.number }
}

/**
 * Word overlap of two prompts (Jaccard over normalised words), the measure
 * that decides whether a reworded prompt is still the same question.
 *
 * @example
 *   promptOverlap('What is Django?', 'What is Django, briefly?') // 0.75
 */
export function promptOverlap(a: string, b: string): number {
  return jaccard(wordSet(a), wordSet(b))
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function wordSet(text: string): Set<string> {
  return new Set(normalise(text).split(' ').filter((w) => w.length > 0))
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / (a.size + b.size - shared)
}
