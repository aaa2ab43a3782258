// The formats run in browsers: a browser bundle must build without any Node
// built-in (esbuild fails to resolve `node:*` and `fs` for platform browser).
import { build } from 'esbuild'
import { expect, test } from 'vitest'

test('a browser bundle of @quizbank/formats builds with no Node built-ins', async () => {
  const result = await build({
    stdin: { contents: "import * as f from '@quizbank/formats'; console.log(f.toGift([]).text, f.fromMoodleXml('<quiz/>').questions.length, f.fromJson('{}').diagnostics.length)", resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['@quizbank/source'],
    logLevel: 'silent',
    metafile: true,
  })
  expect(result.errors).toEqual([])
  const inputs = Object.keys(result.metafile.inputs)
  expect(inputs.filter((path) => path.startsWith('node:') || /(^|\/)node_modules\/@types\/node\//.test(path))).toEqual([])
  expect(inputs.some((path) => path.includes('fast-xml-parser'))).toBe(true)
})
