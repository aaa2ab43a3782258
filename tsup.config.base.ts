import { defineConfig, type Options } from 'tsup'

/**
 * The one build every package shares: ESM + CJS + declarations for each
 * entry, browser-neutral, dependencies left external.
 */
export function definePackageConfig(entry: Record<string, string>, overrides: Options = {}) {
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
