import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@quizbank/source'] },
  ssr: { resolve: { conditions: ['@quizbank/source'] } },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['./e2e/globalSetup.ts'],
    // One browser, tests in order: the quiz steps build on each other and two
    // cores are shared with other jobs.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
