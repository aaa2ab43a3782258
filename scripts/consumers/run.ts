// `npm run test:consumers`: install what we publish the way a user does and
// run a real program against it. 1) pack every package (`npm pack`) and check
// each tarball carries LICENSE, README.md and a `repository` field 2) install
// the tarballs into a fresh project in a temp folder, outside the workspace,
// so nothing resolves to the repository's sources 3) run the same program as
// Node ESM, Node CommonJS, TypeScript strict (`node16` and `bundler`
// resolution) and an esbuild browser bundle, and the `quizbank` command
// 4) bundle each main entry point for browsers and hold it to
// scripts/consumers/budgets.json. Every failure is listed; exit 1 on any.
//
// Needs a prior `npm run build` (it runs it when a dist folder is missing).
// Installing fetches the third-party dependencies through npm's cache.
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { buildSync as esbuildBuildSync, transformSync } from 'esbuild'
import { checkBudgets, type Budgets } from './checkBudgets.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const here = fileURLToPath(new URL('./', import.meta.url))
const tsc = join(repo, 'node_modules/typescript/bin/tsc')
const keep = process.argv.includes('--keep')
const failures: string[] = []
const started = performance.now()

/** Run a step; a failure is recorded with its output, never thrown, so every flavour is tried. */
function step(label: string, run: () => string | void): void {
  const t0 = performance.now()
  try {
    report(label, t0, run())
  } catch (error) {
    fail(label, error)
  }
}

/** {@link step} for work that may run beside another (the two type checks share 2 cores well). */
async function stepAsync(label: string, run: () => Promise<string>): Promise<void> {
  const t0 = performance.now()
  try {
    report(label, t0, await run())
  } catch (error) {
    fail(label, error)
  }
}

function report(label: string, t0: number, out: string | void): void {
  console.log(`ok   ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)${out ? `: ${out.trim().split('\n').at(-1)}` : ''}`)
}

function fail(label: string, error: unknown): void {
  const e = error as { stdout?: string | Buffer; stderr?: string | Buffer; message?: string }
  // The end of the output holds the error (a stack trace follows a minified line).
  const detail = (`${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`.trim() || e.message || String(error)).slice(-2_000)
  failures.push(`${label}: ${detail}`)
  console.log(`FAIL ${label}\n${detail}`)
}

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' })
}

const packages = readdirSync(join(repo, 'packages')).sort()
if (packages.some((p) => !existsSync(join(repo, 'packages', p, 'dist')))) {
  console.log('a dist folder is missing: npm run build')
  sh('npm', ['run', 'build'], repo)
}

const work = mkdtempSync(join(tmpdir(), 'quizbank-consumers-'))
const tarballs = join(work, 'tarballs')
const app = join(work, 'app')
mkdirSync(tarballs)
mkdirSync(app)

// 1) Pack, and check what each tarball carries.
const packed: string[] = []
step('npm pack every package', () => {
  // The published packages only: apps/* (the explorer) are private workspaces.
  const out = sh('npm', ['pack', ...packages.flatMap((p) => ['--workspace', `packages/${p}`]), '--pack-destination', tarballs, '--json', '--silent'], repo)
  const manifests = JSON.parse(out) as { name: string; filename: string; files: { path: string }[] }[]
  const problems: string[] = []
  for (const m of manifests) {
    packed.push(join(tarballs, m.filename))
    const files = new Set(m.files.map((f) => f.path))
    for (const required of ['LICENSE', 'README.md', 'package.json']) if (!files.has(required)) problems.push(`${m.name}: the tarball has no ${required}`)
    const dir = packages.find((p) => (JSON.parse(readFileSync(join(repo, 'packages', p, 'package.json'), 'utf8')) as { name: string }).name === m.name)!
    const manifest = JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8')) as { repository?: { url?: string; directory?: string } }
    if (manifest.repository?.url === undefined || manifest.repository.directory !== `packages/${dir}`) {
      problems.push(`${m.name}: package.json "repository" must give a url and "directory": "packages/${dir}"`)
    }
  }
  if (manifests.length !== packages.length) problems.push(`packed ${manifests.length} packages, expected ${packages.length}`)
  if (problems.length > 0) throw new Error(problems.join('\n'))
  return `${manifests.map((m) => m.filename).join(', ')}`
})

// 2) A fresh project that knows nothing but the tarballs.
writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'quizbank-consumer', private: true, version: '1.0.0' }, null, 2)}\n`)
step('npm install the tarballs into a fresh project', () => {
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packed], app)
  // Every @quizbank package, nested ones too, must come from a tarball, never from a registry.
  const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> }
  const ours = Object.entries(lock.packages).filter(([path]) => path.includes('node_modules/@quizbank/'))
  const fromRegistry = ours.filter(([, p]) => !(p.resolved ?? '').startsWith('file:')).map(([path, p]) => `${path} (${p.resolved ?? 'no source'})`)
  if (fromRegistry.length > 0) throw new Error(`not from the packed tarballs: ${fromRegistry.join(', ')}`)
  return ours.map(([path]) => path.replace(/^.*node_modules\//, '')).join(', ')
})

// 3) One program, five ways in.
const source = readFileSync(join(here, 'programs/program.ts'), 'utf8')
function flavour(name: string, packageJson: object, files: Record<string, string>): string {
  const dir = join(app, name)
  mkdirSync(dir)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, ...packageJson }))
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content)
  return dir
}
// Strict, with the checks a careful consumer turns on; DOM only for `console`.
const strict = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noEmit: true, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false }

step('Node ESM (import)', () => {
  const dir = flavour('esm', { type: 'module' }, { 'program.js': transformSync(source, { loader: 'ts', format: 'esm' }).code })
  return sh('node', ['program.js'], dir)
})
step('Node CommonJS (require)', () => {
  const dir = flavour('cjs', { type: 'commonjs' }, { 'program.js': transformSync(source, { loader: 'ts', format: 'cjs' }).code })
  const code = readFileSync(join(dir, 'program.js'), 'utf8')
  if (!code.includes('require("@quizbank/core")')) throw new Error('the CommonJS program does not require() the packages')
  return sh('node', ['program.js'], dir)
})
await Promise.all(
  (['node16', 'bundler'] as const).map((resolution) =>
    stepAsync(`TypeScript strict, moduleResolution ${resolution}`, async () => {
      const module = resolution === 'node16' ? 'node16' : 'esnext'
      const dir = flavour(`ts-${resolution}`, { type: 'module' }, {
        'program.ts': source,
        'tsconfig.json': JSON.stringify({ compilerOptions: { ...strict, module, moduleResolution: resolution }, files: ['program.ts'] }),
      })
      const { stdout } = await promisify(execFile)('node', [tsc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' })
      return stdout || 'no type errors'
    }),
  ),
)
step('esbuild browser bundle', () => {
  const dir = flavour('browser', { type: 'module' }, { 'program.ts': source })
  const result = buildSync(dir)
  const nodeInputs = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('node:'))
  if (nodeInputs.length > 0) throw new Error(`the browser bundle pulls in Node built-ins: ${nodeInputs.join(', ')}`)
  // The bundle is plain ESM with no Node API in it, so Node runs it as a page
  // would, given the one DOM call it makes: the browser build of
  // decode-named-character-reference (under remark) decodes entities through
  // `document.createElement('i')`. The stub decodes nothing, and the
  // program's document has no entities.
  writeFileSync(join(dir, 'bundle.js'), result.code)
  writeFileSync(join(dir, 'domStub.js'), "globalThis.document = { createElement: () => ({ innerHTML: '', get textContent() { return this.innerHTML } }) }\n")
  return sh('node', ['--import', './domStub.js', 'bundle.js'], dir)
})
step('the quizbank command', () => {
  const doc = join(app, 'doc.md')
  writeFileSync(doc, '1. What is a Django middleware?\n2. How does the ORM build a query?\n')
  const bin = join(app, 'node_modules/.bin/quizbank')
  const parsed = sh(bin, ['parse', doc], app)
  if (!parsed.includes('middleware')) throw new Error(`quizbank parse printed no question:\n${parsed}`)
  // The .apkg writer loads sql.js's WebAssembly from the installed package: a layout only an install shows.
  const deck = sh(bin, ['export', '--format', 'apkg', '--topic', 'orm', '-o', join(app, 'orm.apkg')], app)
  if (!/questions written as apkg/.test(deck) || statSync(join(app, 'orm.apkg')).size === 0) throw new Error(`quizbank export --format apkg wrote no deck:\n${deck}`)
  return `${sh(bin, ['quiz', '--count', '3', '--seed', 'consumer'], app).split('\n')[0]}; ${deck.trim()}`
})

// 4) Bundle sizes, measured on the installed packages.
const budgets = JSON.parse(readFileSync(join(here, 'budgets.json'), 'utf8')) as Budgets
const sizes = new Map<string, number>()
for (const entry of Object.keys(budgets.gzipBytes)) {
  step(`bundle ${entry}`, () => {
    const result = buildSync(app, `export * from '${entry}'`)
    sizes.set(entry, gzipSync(result.code, { level: 9 }).length)
    return `${sizes.get(entry)} B gzip`
  })
}
step('bundle sizes within scripts/consumers/budgets.json', () => {
  const breaches = checkBudgets(budgets, sizes)
  if (breaches.length > 0) throw new Error(breaches.join('\n'))
})

function buildSync(dir: string, contents?: string): { code: string; metafile: { inputs: Record<string, unknown> } } {
  // esbuild's build is async only with plugins; the sync API keeps this script linear.
  const options = {
    ...(contents === undefined ? { entryPoints: [join(dir, 'program.ts')] } : { stdin: { contents, resolveDir: dir, loader: 'ts' as const } }),
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    format: 'esm' as const,
    platform: 'browser' as const,
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent' as const,
  }
  const result = esbuildBuildSync(options)
  return { code: result.outputFiles![0]!.text, metafile: result.metafile! }
}

if (keep) console.log(`kept ${work}`)
else rmSync(work, { recursive: true, force: true })
console.log(`${failures.length === 0 ? 'consumers ok' : `${failures.length} consumer check(s) failed`} in ${((performance.now() - started) / 1000).toFixed(0)} s`)
process.exitCode = failures.length === 0 ? 0 : 1
