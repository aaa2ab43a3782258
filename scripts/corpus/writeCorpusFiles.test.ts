import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { writeCorpusFiles } from './writeCorpusFiles.js'

let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))

function corpusFolder(): string {
  root = mkdtempSync(join(tmpdir(), 'quizbank-write-'))
  mkdirSync(join(root, 'data'))
  writeFileSync(join(root, 'data/a.json'), 'old a\n')
  writeFileSync(join(root, 'data/b.json'), 'same b\n')
  return root
}

describe('writeCorpusFiles', () => {
  test('writes what changed, creates folders, and leaves no staging folder behind', () => {
    const dir = corpusFolder()
    const written = writeCorpusFiles(dir, new Map([['data/a.json', 'new a\n'], ['data/b.json', 'same b\n'], ['src/sets/c.ts', 'c\n']]))
    expect(written).toEqual(['data/a.json', 'src/sets/c.ts'])
    expect(readFileSync(join(dir, 'data/a.json'), 'utf8')).toBe('new a\n')
    expect(readFileSync(join(dir, 'src/sets/c.ts'), 'utf8')).toBe('c\n')
    expect(readdirSync(dir).sort()).toEqual(['data', 'src'])
  })

  test('a failure while writing changes nothing and names the file', () => {
    const dir = corpusFolder()
    // A NUL byte makes the third write fail after two files were staged.
    const files = new Map([['data/a.json', 'new a\n'], ['src/allSets.ts', 'all\n'], ['data/bad\0.json', 'x']])
    expect(() => writeCorpusFiles(dir, files)).toThrow(/^could not write data\/bad\0\.json \(.*\); nothing was changed\.$/)
    expect(readFileSync(join(dir, 'data/a.json'), 'utf8')).toBe('old a\n')
    expect(existsSync(join(dir, 'src/allSets.ts'))).toBe(false)
    expect(readdirSync(dir)).toEqual(['data'])
  })

  test('an output outside the corpus folder is refused before anything is written', () => {
    const dir = corpusFolder()
    expect(() => writeCorpusFiles(dir, new Map([['data/a.json', 'new a\n'], ['../escape.json', 'x']]))).toThrow('../escape.json: a build output must lie inside the corpus folder.')
    expect(readFileSync(join(dir, 'data/a.json'), 'utf8')).toBe('old a\n')
  })
})
