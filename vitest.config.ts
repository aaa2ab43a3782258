import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Resolve workspace packages to their TypeScript sources, so tests never
  // need a prior build.
  resolve: { conditions: ['@quizbank/source'] },
  ssr: { resolve: { conditions: ['@quizbank/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    typecheck: { enabled: true, include: ['packages/*/test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    onConsoleLog: (log) => {
      // A stray console call in a test is a leftover debug print: fail loudly.
      throw new Error(`console output in a test: ${log.slice(0, 200)}`)
    },
  },
})
