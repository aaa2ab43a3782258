// `npm run corpus:build`: rebuild packages/corpus/data and registry from the
// raw sources, print the data changelog, and fail loudly (every error, then
// exit 1) when anything is wrong. `--check` writes nothing and fails when the
// committed files differ from a fresh build (CI runs the same via a test).
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from './corpus/buildCorpus.js'
import { renderChangelog } from './corpus/renderChangelog.js'

const root = fileURLToPath(new URL('../packages/corpus/', import.meta.url))
const check = process.argv.includes('--check')
const result = buildCorpus({ root })

for (const w of result.warnings) console.warn(`warning: ${w}`)
if (result.errors.length > 0) {
  console.error(`corpus build failed with ${result.errors.length} error(s):`)
  for (const e of result.errors) console.error(`  ${e}`)
  process.exit(1)
}

let stale = 0
for (const [rel, content] of result.files) {
  const file = join(root, rel)
  const same = existsSync(file) && readFileSync(file, 'utf8') === content
  if (same) continue
  if (check) {
    stale++
    console.error(`packages/corpus/${rel} differs from a fresh build`)
  } else {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
    console.log(`wrote packages/corpus/${rel}`)
  }
}
const total = result.sets.reduce((n, s) => n + s.questions.length, 0)
console.log(`${result.sets.length} sets, ${total} questions.`)
console.log(renderChangelog(result.changelog))
if (check && stale > 0) {
  console.error('Run `npm run corpus:build` and commit the result.')
  process.exit(1)
}
