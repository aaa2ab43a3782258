// `npm run corpus:build`: rebuild packages/corpus/data and registry from the
// raw sources, print the data changelog, and fail loudly (every error, then
// exit 1) when anything is wrong. `--check` writes nothing and fails when the
// committed files differ from a fresh build (CI runs the same via a test).
// Writes are staged and swapped (corpus/writeCorpusFiles.ts), so a failure
// never leaves the data half-rewritten.
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus, type BuildCorpusResult } from './corpus/buildCorpus.js'
import { renderChangelog } from './corpus/renderChangelog.js'
import { writeCorpusFiles } from './corpus/writeCorpusFiles.js'

const root = fileURLToPath(new URL('../packages/corpus/', import.meta.url))
const check = process.argv.includes('--check')
let result: BuildCorpusResult
try {
  result = buildCorpus({ root })
} catch (error) {
  // Input problems are collected as messages; anything still thrown is a bug
  // or an unreadable folder: one line, no stack trace.
  console.error(`corpus build failed: ${String((error as Error).message ?? error).split('\n')[0]!.slice(0, 300)}`)
  process.exit(1)
}

for (const w of result.warnings) console.warn(`warning: ${w}`)
if (result.errors.length > 0) {
  console.error(`corpus build failed with ${result.errors.length} error(s):`)
  for (const e of result.errors) console.error(`  ${e}`)
  process.exit(1)
}

let stale = 0
if (check) {
  for (const [rel, content] of result.files) {
    const file = join(root, rel)
    if (existsSync(file) && readFileSync(file, 'utf8') === content) continue
    stale++
    console.error(`packages/corpus/${rel} differs from a fresh build`)
  }
} else {
  try {
    for (const rel of writeCorpusFiles(root, result.files)) console.log(`wrote packages/corpus/${rel}`)
  } catch (error) {
    console.error(`corpus build failed: ${(error as Error).message}`)
    process.exit(1)
  }
}
const total = result.sets.reduce((n, s) => n + s.questions.length, 0)
console.log(`${result.sets.length} sets, ${total} questions.`)
console.log(renderChangelog(result.changelog))
if (check && stale > 0) {
  console.error('Run `npm run corpus:build` and commit the result.')
  process.exit(1)
}
