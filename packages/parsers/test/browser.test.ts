// The parsers run in browsers: a browser bundle must build without any Node
// built-in (esbuild fails to resolve `node:*` and `fs` for platform browser).
import { expect, test } from 'vitest'
import { bundleForBrowser } from '../../../test/helpers/bundleForBrowser.js'

test('a browser bundle of @quizbank/parsers builds with no Node built-ins', async () => {
  const { inputs, nodeInputs } = await bundleForBrowser("import { parseText } from '@quizbank/parsers'; console.log(parseText('1. What?').questions.length)", import.meta.url)
  expect(nodeInputs).toEqual([])
  expect(inputs.some((path) => path.includes('remark-parse'))).toBe(true)
})
