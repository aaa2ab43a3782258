// Runs in each test file's worker before its tests: every fc.assert of the
// file uses the run's seed (see fastCheckSeed.ts).
import fc from 'fast-check'
import { inject } from 'vitest'

fc.configureGlobal({ seed: inject('fcSeed') })
