import { readdirSync } from 'node:fs'
import { definePackageConfig } from '../../tsup.config.base.js'

// One entry per set so each `@quizbank/corpus/sets/<id>` stands alone.
const sets = Object.fromEntries(readdirSync('src/sets').map((f) => [`sets/${f.replace(/\.ts$/, '')}`, `src/sets/${f}`]))

export default definePackageConfig({ index: 'src/index.ts', search: 'src/search.ts', ...sets })
