import { definePackageConfig } from '../../tsup.config.base.js'

// The CLI runs only in Node: built-ins resolve, and the bin keeps its shebang.
export default definePackageConfig({ index: 'src/index.ts', bin: 'src/bin.ts' }, { platform: 'node', target: 'node20' })
