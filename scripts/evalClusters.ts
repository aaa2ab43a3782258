// Score near-duplicate clustering against the labelled pairs in
// packages/corpus/test/clusterPairs.json (precision, recall, F1).
//
//   npx tsx --conditions=@quizbank/source scripts/evalClusters.ts [--corpus | --data] [--errors] [--clusters]
//
//   (default)  cluster only the questions the pairs name (stand-in prompts for sets whose prompts were lost)
//   --corpus   parse packages/corpus/sources/* with parseText and cluster every question found
//   --data     read packages/corpus/data/*.json and score the `cluster` ids the corpus build stored
//   --live     read packages/corpus/data/*.json and cluster its questions afresh with the current rules, as the build does
//   --errors   list the tuning pairs the clustering got wrong (held-out pairs are left out, so tuning never sees them)
//   --held-out-errors  list the held-out pairs it got wrong too (only once the rules are frozen)
//   --clusters list the clusters found
//   --real-docs [dir]  the held-out split of real documents (default ../shared/real-docs): cluster the
//              corpus prompts together with the gold prompts of the documents that
//              packages/corpus/test/clusterPairs.realDocs.json names, with the current rules, and
//              score its pairs (the documents stay outside the repo; the file names them by index)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { QuestionSet } from '@quizbank/core'
import { parseText } from '@quizbank/parsers'
import {
  clusterQuestions,
  evaluateClusters,
  questionsFromRefs,
  resolvePairRefs,
  type ClusterItem,
  type RefPair,
  type ResolvableQuestion,
} from '@quizbank/enrich'
import { django } from '@quizbank/enrich/vocabularies/django'

const PAIRS = 'packages/corpus/test/clusterPairs.json'
const SOURCES = 'packages/corpus/sources'
const DATA = 'packages/corpus/data'
const REAL_DOC_PAIRS = 'packages/corpus/test/clusterPairs.realDocs.json'

const args = new Set(process.argv.slice(2))
if (args.has('--real-docs')) {
  const at = process.argv.indexOf('--real-docs')
  const next = process.argv[at + 1]
  realDocs(next === undefined || next.startsWith('--') ? '../shared/real-docs' : next)
  process.exit(0)
}
const mode = args.has('--data') ? 'data' : args.has('--live') ? 'live' : args.has('--corpus') ? 'corpus' : 'pairs'
const file = JSON.parse(readFileSync(PAIRS, 'utf8')) as { pairs: (RefPair & { heldOut?: boolean; round?: number })[] }

const { questions, assignment } = load(mode)
const resolved = resolvePairRefs(file.pairs, questions)
const result = evaluateClusters(resolved.pairs, assignment)

console.log(`mode: ${mode}; ${questions.length} questions, ${new Set(assignment.values()).size} clusters, ${assignment.size} clustered`)
console.log(`pairs: ${resolved.pairs.length} of ${file.pairs.length} resolved (${resolved.pairs.filter((p) => p.label === 'duplicate').length} duplicate)`)
for (const { ref, problem } of resolved.unresolved) console.log(`  unresolved (${problem}): ${ref.set}: ${ref.promptInferred ? `answer "${ref.answerStart}…"` : `"${ref.prompt}"`}`)
const pct = (x: number) => x.toFixed(3)
console.log(`TP ${result.truePositives}  FP ${result.falsePositives}  FN ${result.falseNegatives}  TN ${result.trueNegatives}`)
console.log(`precision ${pct(result.precision)}  recall ${pct(result.recall)}  F1 ${pct(result.f1)}`)
// Held-out pairs were labelled after the rules were tuned on the others: their figures say how well the rules generalise.
// Round 2 (within-set paraphrases, a second reader) is reported apart from round 1; round 3
// (all held out, labelled after the rules were frozen) apart from both.
for (const round of [...new Set(file.pairs.map((p) => p.round ?? 1))].sort()) {
  for (const heldOut of [false, true]) {
    const pairs = file.pairs.filter((p) => (p.round ?? 1) === round && Boolean(p.heldOut) === heldOut)
    if (pairs.length === 0) continue
    const part = evaluateClusters(resolvePairRefs(pairs, questions).pairs, assignment)
    const predicted = part.truePositives + part.falsePositives
    const duplicates = part.truePositives + part.falseNegatives
    // With no pair predicted (or labelled) duplicate, precision (recall) is undefined: say so rather than print 1.
    const precision = predicted === 0 ? 'n/a' : pct(part.precision)
    const recall = duplicates === 0 ? 'n/a' : pct(part.recall)
    console.log(`  round ${round} ${heldOut ? 'held-out' : 'tuning  '}: TP ${part.truePositives} FP ${part.falsePositives} FN ${part.falseNegatives} TN ${part.trueNegatives}  precision ${precision}  recall ${recall}  F1 ${pct(part.f1)}`)
  }
}

if (args.has('--errors') || args.has('--held-out-errors')) {
  const byId = new Map(questions.map((q) => [q.id, q]))
  const heldOut = new Set(resolvePairRefs(file.pairs.filter((p) => p.heldOut), questions).pairs.map((p) => `${p.a}|${p.b}`))
  for (const e of result.errors) {
    if (heldOut.has(`${e.pair.a}|${e.pair.b}`) && !args.has('--held-out-errors')) continue
    const [a, b] = [byId.get(e.pair.a)!, byId.get(e.pair.b)!]
    const reason = resolved.pairs.find((p) => p.a === e.pair.a && p.b === e.pair.b)?.reason ?? ''
    console.log(`\n${e.error} (${e.clusters.map((c) => c ?? '-').join(' / ')}): ${reason}`)
    console.log(`  ${a.set}: ${a.prompt}\n  ${b.set}: ${b.prompt}`)
  }
}
if (args.has('--clusters')) {
  const members = new Map<string, ResolvableQuestion[]>()
  for (const q of questions) {
    const c = assignment.get(q.id)
    if (c !== undefined) members.set(c, [...(members.get(c) ?? []), q])
  }
  for (const [c, qs] of [...members].sort(([x], [y]) => (x < y ? -1 : 1))) {
    console.log(`\n${c}`)
    for (const q of qs) console.log(`  ${q.set}: ${q.prompt}`)
  }
}

function load(how: string): { questions: ResolvableQuestion[]; assignment: Map<string, string> } {
  if (how === 'pairs') {
    const qs = questionsFromRefs(file.pairs)
    return { questions: qs, assignment: clusterQuestions(qs, { vocabulary: django }) }
  }
  if (how === 'corpus') {
    const qs: ResolvableQuestion[] = []
    for (const set of readdirSync(SOURCES).sort()) {
      const path = `${SOURCES}/${set}/source.txt`
      if (!existsSync(path)) continue
      const parsed = parseText(new Uint8Array(readFileSync(path)), { sourceName: path })
      parsed.questions.forEach((q, i) => qs.push({ id: `${set}#${i + 1}`, set, prompt: q.prompt, ...(q.answer === undefined ? {} : { answer: q.answer }) }))
    }
    if (qs.length === 0) fail(`the parsers found no questions in ${SOURCES}; run without --corpus to use the pairs' own prompts.`)
    return { questions: qs, assignment: clusterQuestions(qs, { vocabulary: django }) }
  }
  const qs: ResolvableQuestion[] = []
  const items: ClusterItem[] = []
  const assignment = new Map<string, string>()
  for (const set of corpusSets()) {
    for (const q of set.questions) {
      // The pairs name questions by their prompt as printed; an editorial
      // override keeps that text in flags.edited.
      qs.push({ id: q.id, set: set.id, prompt: q.flags?.edited?.prompt ?? q.prompt, ...(q.answer === undefined ? {} : { answer: q.answer }) })
      // The build clusters the prompt as stored.
      items.push({ id: q.id, set: set.id, prompt: q.prompt, ...(q.answer === undefined ? {} : { answer: q.answer }) })
      if (q.cluster !== undefined) assignment.set(q.id, q.cluster)
    }
  }
  return { questions: qs, assignment: how === 'live' ? clusterQuestions(items, { vocabulary: django }) : assignment }
}

/** A side of a real-document pair: a corpus question by id, or a document's gold question by index. */
type RealDocRef = { id: string } | { doc: string; index: number }

function realDocs(dir: string): void {
  const file = JSON.parse(readFileSync(REAL_DOC_PAIRS, 'utf8')) as { pairs: { a: RealDocRef; b: RealDocRef; label: 'duplicate' | 'distinct'; kind?: string; reason?: string }[] }
  const key = (ref: RealDocRef) => ('id' in ref ? ref.id : `${ref.doc}#${ref.index}`)
  const items: ClusterItem[] = corpusSets().flatMap((set) => set.questions.map((q) => ({ id: q.id, set: set.id, prompt: q.prompt })))
  const known = new Set(items.map((q) => q.id))
  const docs = [...new Set(file.pairs.flatMap((p) => [p.a, p.b]).flatMap((r) => ('doc' in r ? [r.doc] : [])))].sort()
  for (const doc of docs) {
    const path = `${dir}/${doc}.gold.json`
    if (!existsSync(path)) fail(`${path} does not exist: pass the folder of the real documents (--real-docs <dir>).`)
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { questions: { prompt: string }[] }
    // Each document is a set of its own, as the parser would make it.
    gold.questions.forEach((q, index) => items.push({ id: `${doc}#${index}`, set: doc, prompt: q.prompt }))
  }
  const ids = new Set(items.map((q) => q.id))
  const missing = file.pairs.flatMap((p) => [p.a, p.b]).map(key).filter((k) => !ids.has(k))
  if (missing.length > 0) fail(`${REAL_DOC_PAIRS}: ${missing.length} side(s) name no question, e.g. ${missing[0]}`)
  const assignment = clusterQuestions(items, { vocabulary: django })
  const pairs = file.pairs.map((p) => ({ a: key(p.a), b: key(p.b), label: p.label, kind: p.kind, reason: p.reason }))
  console.log(`mode: real-docs (${docs.join(', ')}); ${items.length} questions (${known.size} corpus), ${new Set(assignment.values()).size} clusters, ${assignment.size} clustered`)
  const report = (label: string, part: typeof pairs) => {
    const r = evaluateClusters(part, assignment)
    const predicted = r.truePositives + r.falsePositives
    const duplicates = r.truePositives + r.falseNegatives
    console.log(
      `${label}: ${part.length} pairs (${duplicates} duplicate)  TP ${r.truePositives} FP ${r.falsePositives} FN ${r.falseNegatives} TN ${r.trueNegatives}  ` +
        `precision ${predicted === 0 ? 'n/a' : r.precision.toFixed(3)}  recall ${duplicates === 0 ? 'n/a' : r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}`,
    )
    return r
  }
  const all = report('held-out, all', pairs)
  report('  document ↔ corpus', pairs.filter((p) => known.has(p.a) !== known.has(p.b)))
  report('  within the documents', pairs.filter((p) => !known.has(p.a) && !known.has(p.b)))
  if (args.has('--held-out-errors')) {
    const prompt = new Map(items.map((q) => [q.id, q.prompt]))
    for (const e of all.errors) {
      const reason = pairs.find((p) => p.a === e.pair.a && p.b === e.pair.b)?.reason ?? ''
      console.log(`\n${e.error} (${e.clusters.map((c) => c ?? '-').join(' / ')}): ${reason}\n  ${e.pair.a}: ${prompt.get(e.pair.a)}\n  ${e.pair.b}: ${prompt.get(e.pair.b)}`)
    }
  }
}

/** The question sets the corpus build wrote, in file order. */
function corpusSets(): QuestionSet[] {
  if (!existsSync(DATA)) fail(`${DATA} does not exist yet: build the corpus first.`)
  return readdirSync(DATA)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((name) => JSON.parse(readFileSync(`${DATA}/${name}`, 'utf8')) as QuestionSet)
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}
