import { describe, expect, test } from 'vitest'
import { sets } from '@quizbank/corpus'
import { bundleForBrowser } from '../../../test/helpers/bundleForBrowser.js'

const bundle = async (source: string): Promise<string> => (await bundleForBrowser(source, import.meta.url)).code

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
