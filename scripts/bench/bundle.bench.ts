// Browser bundle size of the query/sampling API, and a check that zod stays out.
//   npx tsx scripts/bench/bundle.bench.ts
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { formatBytes } from './lib/stats.js'
import { markdownTable } from './lib/table.js'

/** The budget for `createIndex` + `query` + `sample`, minified and gzipped (10 KB, decimal, the stricter reading). */
export const GZIP_BUDGET = 10_000

interface Entry {
  label: string
  code: string
  /** Fail the bench when over budget or when zod is in. */
  checked: boolean
}

const ENTRIES: Entry[] = [
  { label: 'createIndex + query + sample', code: "export { createIndex, query, sample } from '@quizbank/core'", checked: true },
  { label: '… + createQuiz + restoreQuiz', code: "export { createIndex, query, sample, createQuiz, restoreQuiz } from '@quizbank/core'", checked: false },
  { label: '… + search (@quizbank/core/search)', code: "export { createIndex, query, sample } from '@quizbank/core'\nexport { search, createSearchIndex } from '@quizbank/core/search'", checked: false },
  { label: 'validateQuestionSet (@quizbank/core/schema), for scale', code: "export { validateQuestionSet } from '@quizbank/core/schema'", checked: false },
  // What each search library would add, for the build-or-buy decision.
  { label: 'library: MiniSearch', code: "export { default } from 'minisearch'", checked: false },
  { label: 'library: FlexSearch (Document)', code: "export { Document } from 'flexsearch'", checked: false },
  { label: 'library: Orama (create, insertMultiple, search)', code: "export { create, insertMultiple, search } from '@orama/orama'", checked: false },
]

// Strings zod 4 leaves in minified output (class names, internal keys); a
// bundle without zod has none of them. The metafile check below is the
// authoritative one; this one catches zod inlined under another path.
const ZOD_MARKERS = /ZodError|\$Zod|_zod|zod/

/** Bundle each entry for browsers; print sizes; return false if a checked entry fails. */
export async function runBundleBench(): Promise<boolean> {
  console.log('\n## Browser bundle (esbuild, minified, ESM, gzip -9)\n')
  const rows: string[][] = []
  let ok = true
  for (const entry of ENTRIES) {
    const result = await build({
      stdin: { contents: entry.code, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['@quizbank/source'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    const code = result.outputFiles[0]?.contents ?? new Uint8Array()
    const text = new TextDecoder().decode(code)
    const gz = gzipSync(code, { level: 9 }).length
    const zodFiles = Object.keys(result.metafile.inputs).filter((f) => f.includes('node_modules/zod'))
    const hasZod = zodFiles.length > 0 || ZOD_MARKERS.test(text)
    const verdict = !entry.checked ? '—' : gz <= GZIP_BUDGET && !hasZod ? 'ok' : 'FAIL'
    if (verdict === 'FAIL') ok = false
    rows.push([entry.label, formatBytes(code.length), formatBytes(gz), hasZod ? `yes (${zodFiles.length} files)` : 'no', entry.checked ? `≤ ${formatBytes(GZIP_BUDGET)}, no zod: ${verdict}` : '—'])
  }
  console.log(markdownTable(['entry', 'minified', 'gzip', 'zod inside', 'check'], rows))
  return ok
}

if (process.argv[1]?.endsWith('bundle.bench.ts') === true && !(await runBundleBench())) process.exitCode = 1
