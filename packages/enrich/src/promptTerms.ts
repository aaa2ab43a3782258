import { matchPhrases } from './phraseIndex.js'
import { CLUSTER_SETTINGS } from './clusterSettings.js'
import { GENERIC_WORDS, SCAFFOLD_WORDS } from './promptWords.js'
import { tokenize, type Token } from './tokenize.js'
import type { CompiledVocabulary } from './vocabulary.js'

/**
 * How much a term of a prompt says about what it asks (before IDF):
 * - `concept`: a concept of the vocabulary the prompt names, or an identifier
 *   no concept names (`update_fields`, `full_clean()`).
 * - `implied`: a concept implied by one it names ("select_related" → `orm`).
 * - `example`: named only as an example or aside ("(e.g., Celery)", "such as …", "(or ASGI)").
 * - `word`: any other content word, stemmed.
 * - `generic`: a descriptive word of {@link GENERIC_WORDS}.
 */
export type TermKind = 'concept' | 'implied' | 'example' | 'word' | 'generic'

/** Relative weight of each {@link TermKind}; IDF multiplies it. Tuned in {@link CLUSTER_SETTINGS}. */
export const TERM_KIND_WEIGHT: Readonly<Record<TermKind, number>> = CLUSTER_SETTINGS.termKindWeight

/** The content terms of a prompt: concept ids and remaining stemmed words, with their kind. */
export type PromptTerms = ReadonlyMap<string, TermKind>

const EXAMPLE_PARENS = /\((?:e\.g\.|eg\b|for example|such as|like\b|see\b|refer\b|or\b)[^()]*\)/gi
const EXAMPLE_TAIL = /\b(?:such as|e\.g\.|for example)[^?.;()]*/gi
// A list closed by "and other X" ("custom table names, ordering, and other
// metadata"): its items (of up to three words) are examples of X, which the
// prompt names anyway.
const EXAMPLE_LIST = /\b(?:[\w`'.-]+ ){0,2}[\w`'.-]+,(?: (?:[\w`'.-]+ ){0,2}[\w`'.-]+,)*(?= (?:and|or) other\b)/gi

// A hanging hyphen shares the second word's ending: "pre- and post-save" is
// "pre-save and post-save", "function- or class-based" is "function-based or class-based".
const HANGING_HYPHEN = /\b([a-z0-9]+)- (and|or) ([a-z0-9]+)-([a-z0-9]+)\b/gi

/**
 * Reduce a prompt to the terms near-duplicate detection compares: concept
 * ids of the vocabulary (plus the concepts they imply), and the stemmed
 * words left after dropping {@link SCAFFOLD_WORDS}, the subject's own words
 * and placement phrases ("in a Django project"). Terms inside examples
 * ("(e.g., Celery)", "such as …", the items of a list closed by "and other
 * X") count as `example`. A hanging hyphen is read out ("pre- and post-save"
 * names both signals). A prompt about nothing but the subject itself ("What
 * is Django?") gets the concept named after the subject.
 *
 * @example
 *   promptTerms('Define middleware in Django and explain its role in processing requests.', compileVocabulary(django))
 *   // Map { 'middleware' => 'concept', 'process' => 'generic', 'request' => 'generic' }
 */
export function promptTerms(prompt: string, vocabulary: CompiledVocabulary): PromptTerms {
  const examples: string[] = []
  const keep = (match: string) => {
    examples.push(match)
    return ' '
  }
  const text = prompt.replace(HANGING_HYPHEN, '$1-$4 $2 $3-$4').replace(EXAMPLE_PARENS, keep).replace(EXAMPLE_TAIL, keep).replace(EXAMPLE_LIST, keep)
  const terms = new Map<string, TermKind>()
  collect(text, terms, false, vocabulary)
  collect(examples.join(' ; '), terms, true, vocabulary)
  // "What is Django?", "Why use Django?": with nothing else left, the subject itself is what is asked about.
  if (![...terms.values()].some((k) => k !== 'generic') && tokenize(text).some((t) => vocabulary.subjectWords.has(t.key))) {
    terms.set(vocabulary.vocabulary.subject, 'concept')
  }
  for (const [id, kind] of [...terms]) if (kind === 'concept') addImplied(terms, id, vocabulary)
  return terms
}

/** Add the concepts and content words of `text` to `terms`; as examples when `example`. */
function collect(text: string, terms: Map<string, TermKind>, example: boolean, vocabulary: CompiledVocabulary): void {
  const { hits, rest } = matchPhrases(vocabulary.termIndex, tokenize(text))
  // A dotted name the vocabulary does not know is named by its last part
  // (`django.contrib.auth` is the auth framework); a file (`admin.py`) stays itself.
  const dotted = new Map(
    rest
      .filter((t) => t.word.includes('.') && !t.word.endsWith('.py'))
      .map((t) => [t, matchPhrases(vocabulary.termIndex, tokenize(t.word.slice(t.word.lastIndexOf('.') + 1))).hits] as const),
  )
  for (const hit of [...hits, ...[...dotted.values()].flat()]) {
    for (const entry of hit.values) if (entry.kind === 'concept' && !terms.has(entry.id)) terms.set(entry.id, example ? 'example' : 'concept')
  }
  if (example) return
  for (const token of rest) {
    if ((dotted.get(token)?.length ?? 0) > 0) continue
    if (SCAFFOLD_WORDS.has(token.key) || vocabulary.subjectWords.has(token.key) || terms.has(token.key)) continue
    // Bare numbers ("2", "20") are list numbering more often than meaning.
    if (/^\d+$/.test(token.key)) continue
    terms.set(token.key, identifier(token) ? 'concept' : GENERIC_WORDS.has(token.key) ? 'generic' : 'word')
  }
}

// An identifier no concept names (`SECURE_REFERRER_POLICY`, `update_fields`,
// `full_clean()`) names one piece of API: like a concept, it is what a prompt
// asks about, and a prompt that names another asks something else.
function identifier(token: Token): boolean {
  return token.call || (/[_.]/.test(token.word) && /[a-z]/.test(token.word))
}

function addImplied(terms: Map<string, TermKind>, id: string, vocabulary: CompiledVocabulary): void {
  for (const implied of vocabulary.implies.get(id) ?? []) {
    const kind = terms.get(implied)
    if (kind === 'concept' || kind === 'implied') continue
    terms.set(implied, 'implied')
    addImplied(terms, implied, vocabulary)
  }
}

// Where a prompt's first question ends and an elaboration or a second
// question begins: "What is X? How …", "Define X and explain …",
// "What is X, and how …", "Create X to handle …".
// Words match in any case ("What Is X, And How …", "DEFINE X AND EXPLAIN …");
// a new sentence starts with a capital.
const SENTENCE_BREAK = /[?;]\s+\S|\.\s+[A-Z]/
const CLAUSE_BREAK =
  /,? and (?:explain|describe|discuss|outline|list|compare|provide|how|what|why|when|which|where|its|their)\b|, (?:how|what|why|when|which)\b| to (?:handle|support|ensure|enhance|improve|avoid|provide|automate|limit|control|modify|streamline|simplify|accelerate|reduce|prevent|protect|enable|extend)\b/i

/**
 * The prompt's first question or main clause when the prompt goes on to
 * elaborate or ask more ("Define middleware and explain its role in …" →
 * "Define middleware"); `undefined` when there is no such break.
 *
 * @example
 *   leadClause('What are signals ? How do you create custom signals?') // 'What are signals ?'
 */
export function leadClause(prompt: string): string | undefined {
  const breaks = [SENTENCE_BREAK.exec(prompt), CLAUSE_BREAK.exec(prompt)].filter((m) => m !== null)
  const match = breaks.sort((x, y) => x.index - y.index)[0]
  if (match === undefined) return undefined
  const lead = prompt.slice(0, match.index + (match[0].startsWith('?') || match[0].startsWith(';') || match[0].startsWith('.') ? 1 : 0)).trim()
  return lead === '' ? undefined : lead
}
