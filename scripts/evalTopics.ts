// Score the topics the corpus build assigns against the reader's labels in
// packages/corpus/test/topicLabels.json (labelled by reading, before the
// assigned topics were seen; a third held out of tuning).
//
//   npm run eval:topics [-- --misses]
//
// It re-enriches the committed questions' drafts the way the build does, so
// a change to the vocabulary or the rules is measured before the data is
// rebuilt.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { evaluateTopics, type TopicLabel } from '@quizbank/enrich'
import { buildCorpus } from './corpus/buildCorpus.js'

const root = fileURLToPath(new URL('../packages/corpus/', import.meta.url))
const file = JSON.parse(readFileSync(`${root}test/topicLabels.json`, 'utf8')) as { labels: (TopicLabel & { heldOut?: boolean })[] }
const build = buildCorpus({ root })
if (build.errors.length > 0) {
  console.error(`the corpus build has errors:\n${build.errors.join('\n')}`)
  process.exit(1)
}
const questions = build.sets.flatMap((s) => s.questions)
const assigned = new Map(questions.map((q) => [q.id, q.topic]))
const pct = (x: number) => `${(100 * x).toFixed(1)}%`

const rows: [string, (TopicLabel & { heldOut?: boolean })[]][] = [
  ['all', file.labels],
  ['tuning', file.labels.filter((l) => l.heldOut !== true)],
  ['held-out', file.labels.filter((l) => l.heldOut === true)],
]
console.log('| labels | questions | accuracy | accepting the reader\'s second choice |')
console.log('| --- | --- | --- | --- |')
for (const [name, labels] of rows) {
  const r = evaluateTopics(labels, assigned)
  console.log(`| ${name} | ${r.total} | ${pct(r.accuracy)} (${r.correct}) | ${pct(r.lenientAccuracy)} |`)
}
const all = evaluateTopics(file.labels, assigned)
if (all.missing.length > 0) console.log(`\nlabels naming no corpus question (stale): ${all.missing.join(', ')}`)
console.log('\n| topic | labelled | right |')
console.log('| --- | --- | --- |')
for (const [topic, { total, correct }] of [...all.byTopic].sort((a, b) => b[1].total - a[1].total)) console.log(`| ${topic} | ${total} | ${correct} |`)
// Misses are listed for the tuning labels only, so that tuning never looks at the held-out third.
if (process.argv.includes('--misses')) {
  const byId = new Map(questions.map((q) => [q.id, q]))
  console.log('\nmisses on the tuning labels (expected ← assigned):')
  for (const m of evaluateTopics(rows[1]![1], assigned).misses) console.log(`  ${m.expected.padEnd(13)} ← ${String(m.actual).padEnd(13)}${m.alt ? ' (alt)' : '      '} ${m.id}: ${byId.get(m.id)?.prompt.slice(0, 100)}`)
}
