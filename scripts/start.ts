// The README's main command. Until the corpus and query API land, it
// validates whatever data the corpus package holds and summarises it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { formatIssues, validateQuestionSet } from '@quizbank/core/schema'

const dataDir = 'packages/corpus/data'
const files = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'index.json') : []
if (files.length === 0) console.log(`No question sets in ${dataDir} yet: run \`npm run corpus:build\` once the corpus lands.`)
let bad = 0
for (const file of files.sort()) {
  const path = `${dataDir}/${file}`
  const result = validateQuestionSet(JSON.parse(readFileSync(path, 'utf8')), { file: path })
  if (result.ok) console.log(`${path}: ${result.value.questions.length} questions, valid`)
  else {
    bad++
    console.error(formatIssues(result.issues))
  }
}
process.exitCode = bad > 0 ? 1 : 0
