// Check what we publish the way consumers will meet it: publint (strict) on
// each package's manifest and files, and "are the types wrong" on the packed
// tarball. Runs after `npm run build`; fails on any problem.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const packages = readdirSync('packages').map((name) => `packages/${name}`)
let failed = false
// npm packs a package's own LICENSE file only; each is a copy of the root one.
const license = readFileSync('LICENSE', 'utf8')
for (const dir of packages) {
  let copy: string | undefined
  try {
    copy = readFileSync(`${dir}/LICENSE`, 'utf8')
  } catch {
    copy = undefined
  }
  if (copy !== license) {
    failed = true
    console.log(`FAIL license ${dir}/LICENSE ${copy === undefined ? 'is missing' : 'differs from the root LICENSE'}; copy it: cp LICENSE ${dir}/LICENSE`)
  }
  for (const [tool, args] of [
    ['publint', ['publint', '--strict', dir]],
    // node16 profile: every resolution mode that understands `exports`;
    // node10 cannot see subpath exports at all and is out of support.
    ['attw', ['attw', '--pack', dir, '--profile', 'node16', '--format', 'ascii']],
  ] as const) {
    try {
      execFileSync('npx', [...args], { stdio: 'pipe', encoding: 'utf8' })
      console.log(`ok   ${tool} ${dir}`)
    } catch (error) {
      failed = true
      const e = error as { stdout?: string; stderr?: string }
      console.log(`FAIL ${tool} ${dir}\n${e.stdout ?? ''}${e.stderr ?? ''}`)
    }
  }
}
process.exitCode = failed ? 1 : 0
