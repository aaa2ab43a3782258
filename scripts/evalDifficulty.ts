// How often the difficulty the corpus records agrees with a reader's labels
// (packages/corpus/test/difficultyLabels.json, labelled by reading before the
// recorded levels were seen), per origin: the rules are judged by this figure.
//
//   npm run eval:difficulty [-- --misses]
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from './corpus/buildCorpus.js'

interface Label {
  id: string
  level: string
  alt?: string
}

const root = fileURLToPath(new URL('../packages/corpus/', import.meta.url))
const { labels } = JSON.parse(readFileSync(`${root}test/difficultyLabels.json`, 'utf8')) as { labels: Label[] }
const build = buildCorpus({ root })
if (build.errors.length > 0) {
  console.error(`the corpus build has errors:\n${build.errors.join('\n')}`)
  process.exit(1)
}
const questions = new Map(build.sets.flatMap((s) => s.questions).map((q) => [q.id, q]))
const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`)

const rows = new Map<string, { n: number; same: number; lenient: number }>()
const misses: string[] = []
for (const label of labels) {
  const d = questions.get(label.id)?.difficulty
  if (d === undefined) continue
  const key = d.origin === 'rule' ? `rule: ${d.rule ?? '?'}` : d.origin
  const row = rows.get(key) ?? { n: 0, same: 0, lenient: 0 }
  row.n++
  if (d.level === label.level) row.same++
  if (d.level === label.level || d.level === label.alt) row.lenient++
  else if (d.origin === 'rule') misses.push(`  ${label.level.padEnd(12)} ← ${d.level.padEnd(12)} (${d.rule ?? ''}) ${label.id}: ${questions.get(label.id)?.prompt.slice(0, 90)}`)
  rows.set(key, row)
}
const rule = [...rows].filter(([k]) => k.startsWith('rule')).reduce((a, [, r]) => ({ n: a.n + r.n, same: a.same + r.same, lenient: a.lenient + r.lenient }), { n: 0, same: 0, lenient: 0 })
console.log('| origin | questions | agrees with the reader | accepting the reader\'s second level |')
console.log('| --- | --- | --- | --- |')
for (const [key, r] of [...rows].sort()) console.log(`| ${key} | ${r.n} | ${pct(r.same, r.n)} (${r.same}) | ${pct(r.lenient, r.n)} |`)
console.log(`| all rules | ${rule.n} | ${pct(rule.same, rule.n)} (${rule.same}) | ${pct(rule.lenient, rule.n)} |`)
const levels = new Map<string, number>()
for (const q of questions.values()) if (q.difficulty !== undefined) levels.set(q.difficulty.level, (levels.get(q.difficulty.level) ?? 0) + 1)
console.log(`\nlevels in the corpus: ${[...levels].map(([l, n]) => `${l} ${n} (${pct(n, questions.size)})`).join(', ')}; without a level: ${[...questions.values()].filter((q) => q.difficulty === undefined).length}`)
if (process.argv.includes('--misses')) console.log(`\nrule misses (reader ← rule):\n${misses.join('\n')}`)
