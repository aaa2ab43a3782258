// Regenerate the JSON Schema files shipped in @quizbank/core/schema/ from the
// zod schemas (the single source of truth). A test fails when they drift.
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { toJsonSchemas } from '@quizbank/core/schema'

const outDir = fileURLToPath(new URL('../packages/core/schema/', import.meta.url))
mkdirSync(outDir, { recursive: true })
for (const [file, schema] of Object.entries(toJsonSchemas())) {
  writeFileSync(outDir + file, `${JSON.stringify(schema, null, 2)}\n`)
  console.log(`wrote packages/core/schema/${file}`)
}
