// Lint exists for rules a type checker cannot enforce: no regex with
// super-linear backtracking (eslint-plugin-regexp's no-super-linear-*), no
// Node built-ins in code that must run in browsers, and no test that changes
// state another test file would see (vitest.config.ts: files share modules).
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

const browserSafe = ['packages/core/src/**/*.ts', 'packages/parsers/src/**/*.ts', 'packages/corpus/src/**/*.ts']

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.d.ts', 'packages/corpus/data/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-dupe-disjunctions': 'error',
    },
  },
  {
    files: browserSafe,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^node:', message: 'Browser-safe package: no Node built-ins at runtime.' }], paths: ['fs', 'path', 'os', 'crypto', 'buffer', 'url', 'util', 'stream'] },
      ],
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'Use Uint8Array: this package runs in browsers.' }, { name: 'process', message: 'Browser-safe package.' }],
    },
  },
  {
    // Test files of a worker share one module graph (vitest.config.ts,
    // `isolate: false`), so a mock, stub or spy left behind by one file
    // would change what the next file imports or sees.
    files: ['**/test/**/*.ts', '**/*.test.ts', 'test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'stubGlobal', 'stubEnv', 'spyOn', 'useFakeTimers', 'resetModules'].map((property) => ({
          object: 'vi',
          property,
          message: 'Test files share modules (vitest.config.ts isolate: false): pass the dependency in, or give the test its own process.',
        })),
        { object: 'process', property: 'chdir', message: 'Test files share one process: pass a root or cwd option instead.' },
      ],
    },
  },
)
