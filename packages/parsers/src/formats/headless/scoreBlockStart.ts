import { analyzeOpening, type Opening, type VerbClass } from './analyzeOpening.js'
import type { Candidate } from './findCandidates.js'
import { isLeadIn } from './lineShapes.js'
import { ABSTRACT_OPENERS, ARTICLES, bare, isCodeLike } from './vocabulary.js'
import { HEADLESS } from './settings.js'

/** What a candidate's surroundings say about it. */
export interface StartContext {
  /** The text just before the candidate: the previous non-blank line, or the start of its own line when glued. */
  readonly before: string
  /** How much the vocabulary changes at the candidate's line (0..1, see `lexicalShift`). */
  readonly shift: number
  /** The document's topic names (from its title), e.g. the framework every answer is about. */
  readonly topicTerms: ReadonlySet<string>
  /** The subject of the block the candidate would end, when one is open. */
  readonly currentSubject?: string
  /** Non-blank lines since the open block started. */
  readonly linesSinceStart?: number
  /** Words since the open block started (up to the candidate). */
  readonly wordsSinceStart?: number
}

/**
 * Score how likely a candidate opens a new answer block. Positive evidence:
 * a definitional verb (`is a`, `refers to`, `is responsible for`, `creates`),
 * a short named subject (`A ForeignKey`, `X in <Name>`, `urls.py`), a full
 * paragraph, `Both X and Y …`, a change of vocabulary. Negative evidence:
 * it follows a lead-in ending in `:`, it follows another short
 * sub-definition, its subject repeats the open block's subject, it is a
 * fragment glued to a list, it is commentary (`The order of … is critical`).
 * Around 3 and above is a likely start; below 1 is unlikely.
 *
 * @example
 *   scoreBlockStart(candidate, { before: '- Logging', shift: 0.9, topicTerms: new Set(['Flask']) }) // ≈ 7
 */
export function scoreBlockStart(candidate: Candidate, context: StartContext): number {
  const { shiftWeight, paragraphWords } = HEADLESS
  const o = candidate.opening
  let score = (o.kind === 'difference' ? 4 : VERB_SCORES[o.verbClass]) + subjectScore(o, context.topicTerms)
  // Paragraph weight: a definition usually opens a full paragraph.
  const sentenceWords = candidate.sentence.split(/\s+/).length
  if (sentenceWords >= 10) score += 0.5
  else if (sentenceWords < 7) score -= 1
  if (sentenceWords >= 18) score += 0.5
  // "X lets you …", "X allows developers to …": what X is for.
  if (o.verbClass === 'action' && /^(?:you|developers|users|programmers)\b/i.test(o.complement)) score += 0.5
  if (candidate.sentencesToEnd >= 2 && !candidate.followedByGlue) score += 0.5
  if (candidate.wordsToEnd >= 25) score += 0.5
  // A sentence glued to the next one is a scraped list item or fragment.
  if (candidate.followedByGlue) score -= 1.5
  if (candidate.glued) score -= 0.5
  if (o.leadIn) score -= 2
  // After a lead-in ("Key Files Explained:") or a sub-question ("What is a
  // ResultSet?") the sentence answers that, inside the open block.
  if (isLeadIn(context.before) || /\?\s*$/.test(context.before)) score -= 2.5
  if (isShortDefinition(context.before)) score -= 1.5
  if (context.currentSubject !== undefined) score -= subjectOverlap(o.subject, context.currentSubject, context.topicTerms)
  // A start right after another one is usually a sub-definition inside it,
  // unless the open block already holds a full paragraph: pages with
  // one-paragraph answers put the next opening on the very next line.
  const fullParagraph = (context.wordsSinceStart ?? 0) >= paragraphWords
  if (context.linesSinceStart !== undefined && context.linesSinceStart < 3 && !fullParagraph) score -= 3 - context.linesSinceStart
  score += shiftWeight * (context.shift - 0.5)
  return score
}

// A lower camel-case identifier (`useEffect`, `getServerSideProps`) names an API.
const CAMEL_CASE = /^[a-z]+[A-Z][A-Za-z0-9]*$/

// How strongly each verb class marks a definition (see `VerbClass`); a comparison scores 4.
const VERB_SCORES: Readonly<Record<VerbClass, number>> = { copula: 3, role: 3, identity: 2.5, action: 2, activity: 2, mechanism: 1, weak: 0.5 }

function subjectScore(o: Opening, topicTerms: ReadonlySet<string>): number {
  const words = o.subject.split(/\s+/).map(bare)
  const first = words[0] ?? ''
  const second = words[1] ?? ''
  let score = 0
  if (o.scope !== undefined) score += topicTerms.has(o.scope) ? 2 : 1.5
  else if (words.some((w) => topicTerms.has(w))) score += 0.5
  if (o.article === 'a' || o.article === 'an') score += /^[A-Z]/.test(second) ? 0.75 : 0
  if (o.article === 'the') {
    if (ABSTRACT_OPENERS.has(second.toLowerCase())) score -= 2
    else if (!/^[A-Z]/.test(second) && !isCodeLike(second) && !CAMEL_CASE.test(second)) score -= 0.5
  }
  // "Deploying a Flask application involves …": a gerund phrase names a task.
  if (/^[A-Z][a-z]+ing$/.test(first) && o.subjectWords >= 2) score += 0.75
  if (isCodeLike(first)) score += 1
  // A named technical term (`ForeignKey`, `ResultSet`, `useEffect`) is what definitions are about.
  else if (words.some((w) => /^[A-Z][a-z]+[A-Z]\w*$/.test(w) || CAMEL_CASE.test(w))) score += 0.5
  if (o.subjectWords > 5) score -= 0.5 * (o.subjectWords - 5)
  return score
}

// "A Project is the overall application container." / "A Blueprint is not
// an application." — one of a pair of short sub-definitions inside an answer.
function isShortDefinition(text: string): boolean {
  const t = text.trim()
  if (t.split(/\s+/).length > 10 || !t.endsWith('.')) return false
  const o = analyzeOpening(t)
  return o !== null && (o.verbClass === 'copula' || o.verbClass === 'identity' || (o.verbClass === 'weak' && o.complement.startsWith('not ')))
}

/**
 * How much a subject repeats another: 2 when both name the same thing once
 * articles, the `in <Name>` scope, topic names and plural endings are set
 * aside (`A Project` ~ `A Flask Project`); 1.5 when it is a kind or a
 * counterpart of the other, the other's words with a modifier in front
 * (`A clustered index` of `An index in SQL`) or a negating prefix
 * (`Denormalization` of `Normalization`) — a sub-definition inside the
 * other's answer; else 0.
 *
 * @example
 *   subjectOverlap('A Project', 'A Flask Project', new Set(['Flask'])) // 2
 *   subjectOverlap('A clustered index', 'An index in SQL', new Set()) // 1.5
 *   subjectOverlap('A foreign key', 'A primary key', new Set()) // 0
 */
function subjectOverlap(a: string, b: string, topicTerms: ReadonlySet<string>): number {
  const ka = subjectKey(a, topicTerms)
  const kb = subjectKey(b, topicTerms)
  // A subject that is only the document's topic ("Flask …") says nothing
  // about which part of the topic a block is on, so it repeats nothing.
  if (ka === kb) return ka === '' ? 0 : 2
  if (kb.length < 4) return 0
  return ka.endsWith(` ${kb}`) || (ka.endsWith(kb) && /^(?:de|un|non-?|re|sub|multi-?)$/.test(ka.slice(0, ka.length - kb.length))) ? 1.5 : 0
}

function subjectKey(subject: string, topicTerms: ReadonlySet<string>): string {
  const words = subject.split(/\s+/).map(bare)
  if (words.length >= 3 && words[words.length - 2]?.toLowerCase() === 'in') words.splice(-2)
  const content = words.filter((w) => !ARTICLES.has(w.toLowerCase()) && !topicTerms.has(w))
  return content.map((w) => w.toLowerCase().replace(/(?<=[a-z]{3})s$/, '')).join(' ')
}
