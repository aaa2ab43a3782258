import { definePackageConfig } from '../../tsup.config.base.js'

export default definePackageConfig({ index: 'src/index.ts', schema: 'src/schema/index.ts', search: 'src/search/index.ts' })
