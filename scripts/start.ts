// The README's main command: a seeded sample quiz from the bundled corpus.
//   npm start -- [--seed S] [--count N] [--topic T ...] [--difficulty D ...] [--answers]
// Same seed, same options → same quiz, on every machine.
import { parseArgs } from 'node:util'
import { createIndex, QuizbankError, sample, type Difficulty } from '@quizbank/core'
import { djangoTaxonomy, questions, sets, type DjangoTopic } from '@quizbank/corpus'

const usage = 'usage: npm start -- [--seed S] [--count N] [--topic T]... [--difficulty D]... [--answers]'
let args
try {
  args = parseArgs({
    options: {
      seed: { type: 'string', default: 'quizbank' },
      count: { type: 'string', default: '5' },
      topic: { type: 'string', multiple: true },
      difficulty: { type: 'string', multiple: true },
      answers: { type: 'boolean', default: false },
    },
  }).values
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`)
  process.exit(2)
}

const count = Number(args.count)
const index = createIndex(questions, { sets, taxonomies: [djangoTaxonomy] })
try {
  const quiz = sample(index, {
    count,
    seed: args.seed,
    distinct: 'cluster',
    ...(args.topic === undefined ? {} : { topics: args.topic as DjangoTopic[] }),
    ...(args.difficulty === undefined ? {} : { difficulties: args.difficulty as Difficulty[] }),
  })
  console.log(`quizbank: ${questions.length} questions in ${sets.length} sets. Quiz of ${quiz.length}, seed "${args.seed}":\n`)
  quiz.forEach((q, i) => {
    const topic = djangoTaxonomy.topics.find((t) => t.id === q.topic)?.label ?? q.topic
    const level = q.difficulty === undefined ? '' : `, ${q.difficulty.level}`
    console.log(`${i + 1}. ${q.prompt}\n   [${topic}${level}] ${q.id}`)
    if (args.answers && q.answer !== undefined) console.log(`   ${q.answer.split('\n')[0]!.slice(0, 200)}…`)
  })
  console.log(`\nSame seed, same quiz: npm start -- --seed ${JSON.stringify(args.seed)}${count === 5 ? '' : ` --count ${count}`}`)
} catch (error) {
  // A bad option is the user's mistake: say what and how to fix it, no stack trace.
  if (error instanceof QuizbankError) {
    console.error(error.message)
    process.exit(2)
  }
  throw error
}
