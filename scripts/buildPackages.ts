// `npm run build`: every workspace's own `build` script (tsup for the
// packages, vite for the explorer), as many at a time as there are CPUs, each
// as soon as the workspaces it depends on are built.
//
//   npx tsx scripts/buildPackages.ts
//
// The order matters: a package's declarations are checked against its
// dependencies' built declarations (tsconfig.build.json), not their sources.
// Why not `npm run build --workspaces`: it runs one build after another,
// and the packages that do not depend on each other can overlap.
// BENCHMARKS.md (n) has the figures.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { promisify } from 'node:util'

interface Manifest {
  readonly name: string
  readonly workspaces?: readonly string[]
  readonly scripts?: Readonly<Record<string, string>>
  readonly dependencies?: Readonly<Record<string, string>>
}
const readManifest = (dir: string) => JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as Manifest

// The root manifest's workspaces: folders, or `dir/*` for every folder in dir.
const dirs = (readManifest('.').workspaces ?? [])
  .flatMap((pattern) => (pattern.endsWith('/*') ? readdirSync(pattern.slice(0, -2)).map((name) => `${pattern.slice(0, -2)}/${name}`) : [pattern]))
  .filter((dir) => existsSync(`${dir}/package.json`))
const manifests = new Map(dirs.map((dir) => [dir, readManifest(dir)]))
const dirOf = new Map([...manifests].map(([dir, m]) => [m.name, dir]))
const builds = dirs
  .filter((dir) => manifests.get(dir)!.scripts?.build !== undefined)
  .map((dir) => {
    const m = manifests.get(dir)!
    const needs = Object.keys(m.dependencies ?? {})
      .map((name) => dirOf.get(name))
      .filter((d): d is string => d !== undefined && manifests.get(d)!.scripts?.build !== undefined)
    return { dir, needs }
  })

interface Result {
  readonly dir: string
  readonly ok: boolean
  readonly output: string
  readonly seconds: number
}
async function build(dir: string): Promise<Result> {
  const t = performance.now()
  try {
    await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    return { dir, ok: true, output: '', seconds: (performance.now() - t) / 1000 }
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string }
    return { dir, ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message, seconds: (performance.now() - t) / 1000 }
  }
}

const started = performance.now()
const slots = availableParallelism()
const results = new Map<string, Result>()
const running = new Map<string, Promise<Result>>()
// Start every build whose dependencies are built, up to `slots` at once; a
// failed build's dependents never start (they are reported as skipped).
for (;;) {
  for (const b of builds) {
    if (running.size >= slots) break
    if (results.has(b.dir) || running.has(b.dir)) continue
    if (b.needs.every((d) => results.get(d)?.ok === true)) running.set(b.dir, build(b.dir))
  }
  if (running.size === 0) break
  const done = await Promise.race(running.values())
  running.delete(done.dir)
  results.set(done.dir, done)
}
let failed = false
for (const b of builds) {
  const r = results.get(b.dir)
  if (r === undefined) {
    failed = true
    console.log(`skip build ${b.dir}: needs ${b.needs.filter((d) => results.get(d)?.ok !== true).join(', ')}`)
    continue
  }
  failed ||= !r.ok
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} build ${r.dir} (${r.seconds.toFixed(1)} s)`)
  if (!r.ok) console.log(r.output.trimEnd())
}
console.log(`built ${[...results.values()].filter((r) => r.ok).length}/${builds.length} workspaces in ${((performance.now() - started) / 1000).toFixed(1)} s, up to ${slots} at a time`)
process.exitCode = failed ? 1 : 0
