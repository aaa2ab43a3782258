// Test-only: bundle a snippet for browsers the way an app's bundler would
// (esbuild, platform browser, the workspace packages from their sources), so
// tests can check that a package pulls in no Node built-in and what it carries.
import { build, type Metafile } from 'esbuild'

/** The bundled code and the files that went into it. */
export interface BrowserBundle {
  readonly code: string
  readonly inputs: readonly string[]
  /** Inputs that are Node built-ins or Node's types: must be none for browser code. */
  readonly nodeInputs: readonly string[]
}

/**
 * Bundle `source` (TypeScript, imports resolved from `resolveDir`) for browsers.
 * Throws with esbuild's errors when it does not build (a `node:*` import does not).
 *
 * @example
 *   const { nodeInputs } = await bundleForBrowser("import { parseText } from '@quizbank/parsers'; console.log(parseText)", import.meta.url)
 */
export async function bundleForBrowser(source: string, from: string | URL): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: new URL('.', from).pathname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['@quizbank/source'],
    logLevel: 'silent',
    metafile: true,
  })
  const inputs = Object.keys((result.metafile as Metafile).inputs)
  return {
    code: result.outputFiles[0]!.text,
    inputs,
    nodeInputs: inputs.filter((path) => path.startsWith('node:') || /(^|\/)node_modules\/@types\/node\//.test(path)),
  }
}
