import { definePackageConfig } from '../../tsup.config.base.js'

export default definePackageConfig({ index: 'src/index.ts', apkg: 'src/apkg/toApkg.ts' })
