import { promptTerms } from './promptTerms.js'
import type { CompiledVocabulary } from './vocabulary.js'

// A comparison: "compare X and Y", "X vs Y", "differences between X and Y",
// "choose X over Y" (any form of the verb), "X rather than / instead of Y".
// English question words only, no subject words.
const COMPARISON_CUE = /\b(?:compar(?:e|es|ed|ing|ison)|contrast|differentiate|distinguish|differences?|differ|differs|versus|vs|(?:choos(?:e|es|ing)|chose|chosen|prefer(?:s|red|ring)?|pick(?:s|ed|ing)?|opt(?:s|ed|ing)? for)\b[^,;?]*?\bover|rather than|instead of)\b/i

// Where the compared clause ends: punctuation, a second question, or an aspect ("especially in terms of …").
const CLAUSE_END = /[;?:,]|\.(?:\s|$)|\band (?=explain|describe|discuss|outline|list|provide|how|what|why|when|which|where)\b|\b(?:especially|particularly|in terms of|including)\b/i

/**
 * The concepts a prompt compares, when it is a comparison of two or more of
 * them: the named concepts of the clause holding the comparison cue, less
 * examples, minor concepts (`tag: false`) and concepts another of them
 * implies. `undefined` for a prompt that compares nothing, or
 * fewer than two concepts. Order-free, so "X vs Y" and "Y over X" agree.
 *
 * @example
 *   comparedConcepts('Compare WSGI and ASGI, and explain why ASGI matters.', compileVocabulary(django)) // Set { 'wsgi', 'asgi' }
 *   comparedConcepts('Under what circumstances would you choose ASGI over WSGI?', compileVocabulary(django)) // Set { 'asgi', 'wsgi' }
 */
export function comparedConcepts(prompt: string, vocabulary: CompiledVocabulary): ReadonlySet<string> | undefined {
  const text = prompt.replace(/\bvs\./gi, 'vs')
  const clauses = text.split(new RegExp(CLAUSE_END.source, 'gi'))
  const clause = clauses.find((c) => c !== undefined && COMPARISON_CUE.test(c))
  if (clause === undefined) return undefined
  const named = [...promptTerms(clause, vocabulary)].filter(([id, kind]) => kind === 'concept' && !vocabulary.minorConcepts.has(id)).map(([id]) => id)
  // A concept another compared one implies only restates it ("an asynchronous protocol like ASGI").
  const implied = new Set(named.flatMap((id) => vocabulary.implies.get(id) ?? []))
  const concepts = new Set(named.filter((id) => !implied.has(id)))
  return concepts.size >= 2 ? concepts : undefined
}

/** Whether two prompts compare the same concepts (each at least two). */
export function sameComparison(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && [...a].every((c) => b.has(c))
}
