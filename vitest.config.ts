import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Resolve workspace packages to their TypeScript sources, so tests never
  // need a prior build.
  resolve: { conditions: ['@quizbank/source'] },
  ssr: { resolve: { conditions: ['@quizbank/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    // One fixed, printed, overridable fast-check seed for the whole run (test/fastCheckSeed.ts).
    globalSetup: ['./test/globalSetup.ts'],
    setupFiles: ['./test/setupFastCheck.ts'],
    // The 5 s default was exceeded by two tests under load on a 2-core machine
    // shared with other jobs. Tests known to be slow set their own, larger
    // timeout; this default only keeps a slow machine from failing a fast test.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // One worker per CPU. Vitest's run-mode default is CPUs - 1, which on this
    // 2-core machine is a single worker: the main process only reports, so
    // the second core sat idle (vitest 150 s -> 92 s on a fresh clone;
    // BENCHMARKS.md (n)).
    maxWorkers: availableParallelism(),
    // A worker imports each module once for all its test files instead of
    // once per file (vitest 92 s -> 76 s; importing was about a quarter of
    // the workers' time). Our tests change no shared state: eslint.config.js forbids
    // mocks, stubs, spies and chdir in tests, and the suite passed in
    // shuffled file orders (--sequence.shuffle) before this was turned on.
    isolate: false,
    // Type tests (packages/*/test/*.test-d.ts) are checked once, by `npm run
    // typecheck` (tsc over tsconfig.json, which includes them): a failed
    // expectTypeOf is a tsc error there. Vitest's own typecheck ran the same
    // whole-project tsc a second time beside the tests on a 2-core machine.
    // `npx vitest --typecheck.enabled` still runs them as tests on demand.
    typecheck: { enabled: false, include: ['packages/*/test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    onConsoleLog: (log) => {
      // A stray console call in a test is a leftover debug print: fail loudly.
      throw new Error(`console output in a test: ${log.slice(0, 200)}`)
    },
  },
})
