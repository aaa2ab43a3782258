// Check what we publish the way consumers will meet it: publint (strict) on
// each package's manifest and files, and "are the types wrong" on the packed
// tarball. Runs after `npm run build`; fails on any problem.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
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
}

// The 10 checks run two at a time, each tool straight from node_modules/.bin
// (an `npx` per check cost a resolution each); BENCHMARKS.md (l) has the figures.
const checks = packages.flatMap((dir) => [
  { tool: 'publint', dir, args: ['--strict', dir] },
  // node16 profile: every resolution mode that understands `exports`;
  // node10 cannot see subpath exports at all and is out of support.
  { tool: 'attw', dir, args: ['--pack', dir, '--profile', 'node16', '--format', 'ascii'] },
])
const results: string[] = []
let next = 0
async function worker(): Promise<void> {
  while (next < checks.length) {
    const i = next++
    const { tool, dir, args } = checks[i]!
    try {
      await promisify(execFile)(`node_modules/.bin/${tool}`, args, { encoding: 'utf8' })
      results[i] = `ok   ${tool} ${dir}`
    } catch (error) {
      failed = true
      const e = error as { stdout?: string; stderr?: string }
      results[i] = `FAIL ${tool} ${dir}\n${e.stdout ?? ''}${e.stderr ?? ''}`
    }
  }
}
await Promise.all([worker(), worker()])
for (const line of results) console.log(line)
process.exitCode = failed ? 1 : 0
