// `npm run corpus:stats`: the corpus composition as markdown tables (sets ×
// topics, difficulty, answer coverage, clusters). The SVG chart the README
// shows (packages/corpus/composition.svg) is written by corpus:build, so it
// can never fall behind the data.
import { DIFFICULTIES } from '@quizbank/core'
import { sets, taxonomies } from '@quizbank/corpus'

const questions = sets.flatMap((s) => s.questions)
const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`)
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')

console.log('## Sets\n')
console.log(
  table(
    ['set', 'questions', 'with answer', 'inferred prompts', 'with difficulty', 'in a cluster'],
    sets.map((s) => {
      const qs = s.questions
      return [s.id, qs.length, pct(qs.filter((q) => q.answer !== undefined).length, qs.length), qs.filter((q) => q.source.promptInferred).length, qs.filter((q) => q.difficulty !== undefined).length, qs.filter((q) => q.cluster !== undefined).length]
    }),
  ),
)
console.log('\n## Topics × sets\n')
const used = taxonomies.flatMap((t) => t.topics).filter((t) => questions.some((q) => q.topic === t.id))
console.log(table(['topic', ...sets.map((s) => s.id), 'total'], used.map((t) => [t.id, ...sets.map((s) => s.questions.filter((q) => q.topic === t.id).length), questions.filter((q) => q.topic === t.id).length])))
console.log('\n## Difficulty\n')
console.log(
  table(
    ['level', 'stated by source', 'inferred by rule'],
    DIFFICULTIES.map((d) => [d, questions.filter((q) => q.difficulty?.level === d && q.difficulty.origin === 'source').length, questions.filter((q) => q.difficulty?.level === d && q.difficulty.origin === 'rule').length]),
  ),
)
const clusters = new Map<string, number>()
for (const q of questions) if (q.cluster !== undefined) clusters.set(q.cluster, (clusters.get(q.cluster) ?? 0) + 1)
console.log(`\n## Clusters\n\n${clusters.size} clusters holding ${[...clusters.values()].reduce((a, b) => a + b, 0)} questions; largest: ${[...clusters.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([c, n]) => `${c} (${n})`).join(', ')}`)
console.log('\nChart: packages/corpus/composition.svg (written by `npm run corpus:build`).')
