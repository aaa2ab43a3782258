// Score search ranking against the graded judgments in
// scripts/relevance/judgments.json: nDCG@5, nDCG@10 and MRR for quizbank's
// `search` and for MiniSearch on the same queries and the same corpus,
// per split (tuning queries; held-out queries labelled after tuning).
//
//   npm run eval:search            the table
//   npm run eval:search -- --misses   also each query's top 5 per engine, with grades
//
// nDCG uses gain 2^grade − 1 and the ideal order of the judged grades;
// MRR is 1 / rank of the first hit graded 2 ("answers it") in the top 10.
import { readFileSync } from 'node:fs'
import MiniSearch from 'minisearch'
import { createIndex } from '@quizbank/core'
import { search } from '@quizbank/core/search'
import { questions } from '@quizbank/corpus'
import { scoreRanking, type Judged } from './scoreRanking.js'

const FILE = 'scripts/relevance/judgments.json'
const DEPTH = 10
const showMisses = process.argv.includes('--misses')

const queries = (JSON.parse(readFileSync(FILE, 'utf8')) as { queries: Judged[] }).queries
const known = new Set(questions.map((q) => q.id))
for (const q of queries) {
  for (const id of Object.keys(q.judgments)) if (!known.has(id)) throw new Error(`${FILE}: query "${q.text}" judges "${id}", which is not a corpus question id.`)
}

const index = createIndex(questions)
// MiniSearch as its documentation suggests for a search box: prefix on the
// word being typed, fuzzy 0.2, and the same prompt boost as quizbank's BM25F
// default, over the same fields.
const mini = new MiniSearch<(typeof questions)[number]>({
  fields: ['prompt', 'answer', 'hints'],
  storeFields: [],
  extractField: (doc, field) => {
    const value = (doc as unknown as Record<string, unknown>)[field]
    return Array.isArray(value) ? value.join('\n') : (value as string | undefined) ?? ''
  },
})
mini.addAll(questions)
const miniOptions = { boost: { prompt: 2 }, fuzzy: 0.2, prefix: (_t: string, i: number, terms: string[]) => i === terms.length - 1 }

const engines: Record<string, (text: string) => string[]> = {
  quizbank: (text) => search(index, text, { limit: DEPTH }).hits.map((h) => h.question.id),
  minisearch: (text) => mini.search(text, miniOptions).slice(0, DEPTH).map((r) => r.id as string),
}

const splits = [
  { name: 'tuning', queries: queries.filter((q) => !q.heldOut) },
  { name: 'held-out', queries: queries.filter((q) => q.heldOut) },
  { name: 'all', queries },
]
const f = (x: number) => x.toFixed(3)
console.log(`${queries.length} judged queries over ${questions.length} corpus questions (${FILE})\n`)
console.log('split      queries  engine       nDCG@5  nDCG@10  MRR    best@1')
for (const split of splits) {
  if (split.queries.length === 0) continue
  for (const [name, run] of Object.entries(engines)) {
    const scores = split.queries.map((q) => scoreRanking(q, run(q.text)))
    const mean = (key: 'ndcg5' | 'ndcg10' | 'rr') => scores.reduce((s, x) => s + x[key], 0) / scores.length
    const atOne = scores.filter((s) => s.rr === 1).length
    console.log(`${split.name.padEnd(10)} ${String(split.queries.length).padStart(7)}  ${name.padEnd(11)}  ${f(mean('ndcg5'))}   ${f(mean('ndcg10'))}    ${f(mean('rr'))}  ${atOne}/${split.queries.length}`)
  }
}

if (showMisses) {
  for (const q of queries) {
    console.log(`\n"${q.text}"${q.heldOut ? ' (held out)' : ''}`)
    for (const [name, run] of Object.entries(engines)) {
      const ranked = run(q.text)
      const s = scoreRanking(q, ranked)
      console.log(`  ${name.padEnd(11)} nDCG@5 ${f(s.ndcg5)}: ${ranked.slice(0, 5).map((id) => `${q.judgments[id] ?? 0}:${id.split('/')[1]}`).join('  ')}`)
    }
  }
}
