import { readdirSync } from 'node:fs'
import { definePackageConfig } from '../../tsup.config.base.js'

// One entry per vocabulary so `@quizbank/enrich/vocabularies/<subject>` bundles that subject only.
const vocabularies = Object.fromEntries(readdirSync('src/vocabularies').map((f) => [`vocabularies/${f.replace(/\.ts$/, '')}`, `src/vocabularies/${f}`]))

export default definePackageConfig({ index: 'src/index.ts', ...vocabularies })
