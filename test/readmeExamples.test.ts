// Every ```ts block of the READMEs runs as written, on the bundled corpus.
// A block may use what its README tells the reader to bring (a document's
// `text`, a `taxonomy`, a `draft`…): the PRELUDE below supplies exactly those
// names, and only when the block uses them without declaring them itself.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'

const READMES = ['README.md', 'packages/core/README.md', 'packages/corpus/README.md', 'packages/enrich/README.md']

// name → the declaration a reader supplies. Each may use the modules imported by IMPORTS.
const PRELUDE: Record<string, string> = {
  text: `const text = JSON.stringify(__corpus.sets[0])`,
  taxonomy: `const taxonomy = __corpus.djangoTaxonomy`,
  djangoTaxonomy: `const { djangoTaxonomy } = __corpus`,
  source: `const source = { title: 'Notes', publisher: 'Me', retrieved: '2026-12-02', license: 'CC-BY-4.0' }`,
  draft: `const draft = { prompt: 'What is middleware?', lines: { first: 1, last: 1 }, promptInferred: false }`,
  draftToQuestion: `const { draftToQuestion } = __enrich`,
  index: `const index = __core.createIndex(__corpus.questions, { sets: __corpus.sets, taxonomies: __corpus.taxonomies })`,
  createIndex: `const { createIndex } = __core`,
  sample: `const { sample } = __core`,
  myQuestions: `const myQuestions = Array.from({ length: 6 }, (_, i) => ({ id: \`py/q-\${i}\`, prompt: \`What does generator \${i} yield?\`, topic: 'generators', tags: [], source: { set: 'py', lines: [i + 1, i + 1] as [number, number], promptInferred: false } }))`,
  mySets: `const mySets = [{ id: 'py', subject: 'python' }]`,
  localStorage: `const localStorage = (() => { const m = new Map<string, string>(); return { setItem: (k: string, v: string) => void m.set(k, v), getItem: (k: string) => m.get(k) ?? null } })()`,
}
const IMPORTS = `import * as __core from '@quizbank/core'\nimport * as __corpus from '@quizbank/corpus'\nimport * as __enrich from '@quizbank/enrich'\nimport type { Taxonomy } from '@quizbank/core'\n`

const dir = new URL('./.readme-examples/', import.meta.url)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!)
}

/** The names a block declares itself (imports, const/let/function). */
function declared(code: string): Set<string> {
  const names = new Set<string>()
  for (const m of code.matchAll(/^import (?:type )?\{([^}]*)\}/gm)) for (const part of m[1]!.split(',')) names.add(part.replace(/^\s*type\s+/, '').split(' as ').at(-1)!.trim())
  for (const m of code.matchAll(/\b(?:const|let|function)\s+(?:\{([^}]*)\}|(\w+))/g)) {
    if (m[2] !== undefined) names.add(m[2])
    else for (const part of m[1]!.split(',')) names.add(part.split(':').at(-1)!.trim())
  }
  return names
}

for (const readme of READMES) {
  describe(readme, () => {
    blocks(readFileSync(new URL(`../${readme}`, import.meta.url), 'utf8')).forEach((code, i) => {
      test(`block ${i + 1} runs`, { timeout: 60_000 }, async () => {
        const own = declared(code)
        const prelude = Object.entries(PRELUDE)
          .filter(([name]) => !own.has(name) && new RegExp(`\\b${name}\\b`).test(code))
          .map(([, line]) => line)
        const file = new URL(`${readme.replace(/\W+/g, '-')}-${i + 1}.ts`, dir)
        mkdirSync(dir, { recursive: true })
        writeFileSync(file, `${IMPORTS}${prelude.join('\n')}\n${code}\nexport {}\n`)
        await expect(import(/* @vite-ignore */ file.href)).resolves.toBeDefined()
      })
    })
  })
}
