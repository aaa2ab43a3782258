import { existsSync, readFileSync } from 'node:fs'
import { defineConfig, type Options } from 'tsup'

/**
 * The one build every package shares: ESM + CJS + declarations for each
 * entry, browser-neutral, dependencies left external.
 */
export function definePackageConfig(entry: Record<string, string>, overrides: Options = {}) {
  requireBuiltDependencies()
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    platform: 'neutral',
    target: 'es2022',
    // Declarations checked against dependencies' built ones: see tsconfig.build.json.
    tsconfig: '../../tsconfig.build.json',
    ...overrides,
  })
}

// The declaration build reads the workspace dependencies' built declarations
// (tsconfig.build.json): one not built yet would stop it at a TS2307 on the
// first import. Say what to run instead, in one line: the error's stack is
// set to its message, since tsup prints a config error's stack, and a
// thrown error (not process.exit) lets tsup delete its bundled copy of this
// config. Runs in the package's folder.
function requireBuiltDependencies(): void {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; dependencies?: Record<string, string> }
  const missing = Object.keys(manifest.dependencies ?? {}).filter((name) => name.startsWith('@quizbank/') && !existsSync(`../${name.slice('@quizbank/'.length)}/dist`))
  if (missing.length > 0) {
    const error = new Error(`${manifest.name} needs ${missing.join(', ')} built first: run \`npm run build\` at the repository root (it builds dependencies first)`)
    error.stack = error.message
    throw error
  }
}
