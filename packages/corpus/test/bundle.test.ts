import { build } from 'esbuild'
import { describe, expect, test } from 'vitest'
import { sets } from '@quizbank/corpus'

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['@quizbank/source'],
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

describe('a bundle importing one set', () => {
  test.each(sets.map((s) => s.id))('@quizbank/corpus/sets/%s carries that set only', async (id) => {
    const code = await bundle(`import { set } from '@quizbank/corpus/sets/${id}'; console.log(set.questions.length)`)
    for (const other of sets) {
      const firstId = other.questions[0]!.id
      if (other.id === id) expect(code).toContain(firstId)
      else expect(code, `bundle of ${id} contains ${other.id}`).not.toContain(firstId)
    }
  })
})
