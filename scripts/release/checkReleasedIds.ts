// `npm run corpus:released` (in npm test through scripts/release/releasedIds.test.ts):
// fail when the committed corpus data removes or re-means an id of the last
// release (packages/corpus/released-ids.json) and no changeset bumps
// @quizbank/corpus by a major. Release steps, run by `npm run version-packages`:
//   --write-changeset  before `changeset version`: the data changelog since the
//                      last release as a changeset, so it lands in CHANGELOG.md
//   --update           after it: the snapshot becomes the version being released
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderChangelog } from '../corpus/renderChangelog.js'
import { committedQuestions, compareReleasedIds, hasMajorChangeset, snapshotOf, type ReleasedIds } from './releasedIds.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const corpus = join(repo, 'packages/corpus')
const snapshotFile = join(corpus, 'released-ids.json')
const released = JSON.parse(readFileSync(snapshotFile, 'utf8')) as ReleasedIds
const questions = committedQuestions(corpus)
const diff = compareReleasedIds(released, questions)
const since = released.version === null ? 'no release yet' : `@quizbank/corpus ${released.version}`

if (process.argv.includes('--update')) {
  const { version } = JSON.parse(readFileSync(join(corpus, 'package.json'), 'utf8')) as { version: string }
  writeFileSync(snapshotFile, `${JSON.stringify(snapshotOf(version, questions), null, 2)}\n`)
  console.log(`packages/corpus/released-ids.json: ${questions.length} ids of @quizbank/corpus ${version}`)
} else if (process.argv.includes('--write-changeset')) {
  const changes = diff.added.length + diff.changed.length + diff.retired.length
  if (changes === 0) console.log(`data: no question changed since ${since}; no data changeset`)
  else {
    // Added questions are new features of a data package; removals and re-meanings
    // carry their own major changeset (the check below insists on one).
    const body = `---\n"@quizbank/corpus": ${diff.added.length > 0 ? 'minor' : 'patch'}\n---\n\nData changelog since ${since}.\n\n${renderChangelog(diff)}\n`
    writeFileSync(join(repo, '.changeset/corpus-data-changelog.md'), body)
    console.log(`.changeset/corpus-data-changelog.md: ${diff.added.length} added, ${diff.changed.length} changed, ${diff.retired.length} retired since ${since}`)
  }
} else {
  const breaking = [...diff.retired.map((id) => `removed: ${id}`), ...diff.remeant.map((r) => `re-meant: ${r.id} ("${r.was.slice(0, 80)}" → "${r.now.slice(0, 80)}")`)]
  const changesets = readdirSync(join(repo, '.changeset'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => readFileSync(join(repo, '.changeset', f), 'utf8'))
  if (breaking.length === 0) console.log(`released ids: every id of ${since} is kept with its meaning (${questions.length} ids now)`)
  else if (hasMajorChangeset(changesets, '@quizbank/corpus')) console.log(`released ids: ${breaking.length} breaking id change(s), announced by a major changeset:\n  ${breaking.join('\n  ')}`)
  else {
    console.error(
      `released ids: ${breaking.length} id(s) of ${since} removed or re-meant without a major changeset for @quizbank/corpus:\n  ${breaking.join('\n  ')}\n` +
        'Keep the ids (retire a question in its registry only on purpose), or add .changeset/<name>.md with "@quizbank/corpus": major saying what readers must do.',
    )
    process.exitCode = 1
  }
}
