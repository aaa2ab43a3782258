// `npm run release:dry-run`: what the release step would write, without
// touching the repository. Copies the tracked files into a temp folder (with
// a link to node_modules), runs the release step there (data changeset →
// `changeset version` → released-ids snapshot), prints each package's new
// CHANGELOG.md entry, and fails when @quizbank/corpus's entry lacks the data
// changelog. `--keep` leaves the copy.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const copy = mkdtempSync(join(tmpdir(), 'quizbank-release-'))
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: copy, encoding: 'utf8', stdio: 'pipe' })

const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean)
for (const file of tracked) {
  if (!existsSync(join(repo, file))) continue
  mkdirSync(dirname(join(copy, file)), { recursive: true })
  cpSync(join(repo, file), join(copy, file))
}
symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'))

const tsx = [join(repo, 'node_modules/tsx/dist/cli.mjs'), '--conditions=@quizbank/source', 'scripts/release/checkReleasedIds.ts']
let failed = false
try {
  console.log(run('node', [...tsx, '--write-changeset']).trim())
  run('node', [join(repo, 'node_modules/@changesets/cli/bin.js'), 'version'])
  console.log(run('node', [...tsx, '--update']).trim())
  for (const pkg of readdirSync(join(copy, 'packages')).sort()) {
    const file = join(copy, 'packages', pkg, 'CHANGELOG.md')
    if (!existsSync(file)) continue
    const text = readFileSync(file, 'utf8')
    // The newest entry: from the first "## <version>" to the next one.
    const entry = text.slice(text.indexOf('\n## ') + 1).split(/\n(?=## )/)[0]!
    console.log(`\n--- packages/${pkg}/CHANGELOG.md ---\n${entry.length > 1_500 ? `${entry.slice(0, 1_500)}\n… (${entry.length} characters)` : entry}`)
    if (pkg === 'corpus' && !/Data changes:|Data: no question changed|Data changelog since/.test(entry)) {
      failed = true
      console.error('FAIL: the @quizbank/corpus entry has no data changelog')
    }
  }
} catch (error) {
  failed = true
  const e = error as { stdout?: string; stderr?: string; message: string }
  console.error(`FAIL: ${`${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || e.message}`)
} finally {
  if (process.argv.includes('--keep')) console.log(`kept ${copy}`)
  else rmSync(copy, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
