// Runs once per vitest run, in the main process: prints the fast-check seed
// (once, not per test file) and hands it to the workers.
import type { TestProject } from 'vitest/node'
import { fastCheckSeed } from './fastCheckSeed.js'

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number
  }
}

export default function setup(project: TestProject): void {
  const seed = fastCheckSeed(process.env)
  project.provide('fcSeed', seed)
  process.stdout.write(`fast-check seed ${seed} (replay or vary with QUIZBANK_FC_SEED=<n>)\n`)
}
