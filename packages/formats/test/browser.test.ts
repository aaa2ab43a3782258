// The formats run in browsers: a browser bundle must build without any Node
// built-in (esbuild fails to resolve `node:*` and `fs` for platform browser).
import { expect, test } from 'vitest'
import { bundleForBrowser } from '../../../test/helpers/bundleForBrowser.js'

test('a browser bundle of @quizbank/formats builds with no Node built-ins', async () => {
  const { inputs, nodeInputs } = await bundleForBrowser(
    "import * as f from '@quizbank/formats'; console.log(f.toGift([]).text, f.fromMoodleXml('<quiz/>').questions.length, f.fromJson('{}').diagnostics.length)",
    import.meta.url,
  )
  expect(nodeInputs).toEqual([])
  expect(inputs.some((path) => path.includes('fast-xml-parser'))).toBe(true)
})
