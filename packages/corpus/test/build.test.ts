import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { buildCorpus } from '../../../scripts/corpus/buildCorpus.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const fresh = buildCorpus({ root })
const temps: string[] = []
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

/** A scratch copy of the corpus inputs (sources, registry, committed data). */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quizbank-corpus-'))
  temps.push(dir)
  for (const sub of ['sources', 'registry', 'data', 'taxonomies']) cpSync(join(root, sub), join(dir, sub), { recursive: true })
  return dir
}

// Each case builds the whole corpus once or more (about a second each on a loaded 2-core machine).
const BUILD_TIMEOUT = { timeout: 60_000 }

describe('a fresh build', () => {
  test('has no errors', () => {
    expect(fresh.errors).toEqual([])
  })

  test.each([...fresh.files.keys()])('reproduces the committed %s byte for byte (run `npm run corpus:build`)', (rel) => {
    expect(readFileSync(join(root, rel), 'utf8')).toBe(fresh.files.get(rel))
  })

  test('is deterministic', BUILD_TIMEOUT, () => {
    const again = buildCorpus({ root })
    expect([...again.files.entries()]).toEqual([...fresh.files.entries()])
  })
})

describe('stable ids', BUILD_TIMEOUT, () => {
  const set = 'top-30-guide'
  const before = fresh.sets.find((s) => s.id === set)!.questions

  test('a typo fix in a source keeps the question id', () => {
    const dir = scratch()
    const file = join(dir, 'sources', set, 'source.txt')
    const target = before.find((q) => q.prompt.includes('middleware'))!
    writeFileSync(file, readFileSync(file, 'utf8').replace(target.prompt, target.prompt.replace('middleware', 'middelware')))
    const after = buildCorpus({ root: dir })
    expect(after.errors).toEqual([])
    const edited = after.sets.find((s) => s.id === set)!.questions.find((q) => q.prompt.includes('middelware'))
    expect(edited?.id).toBe(target.id)
    expect(after.changelog.added).toEqual([])
    expect(after.changelog.retired).toEqual([])
    // The edited question changed; a neighbour's cluster id may follow it (cluster ids name their medoid).
    const edited2 = after.changelog.changed.find((c) => c.id === target.id)
    expect(edited2?.fields).toContain('prompt')
    for (const c of after.changelog.changed.filter((c) => c.id !== target.id)) expect(c.fields).toEqual(['cluster'])
  })

  test('a question that disappears fails the build until it is retired, and its id is never reused', () => {
    const dir = scratch()
    const file = join(dir, 'sources', set, 'source.txt')
    const target = before[before.length - 1]!
    const lines = readFileSync(file, 'utf8').split('\n')
    const [first, last] = target.source.lines
    lines.splice(first - 1, last - first + 1)
    writeFileSync(file, lines.join('\n'))
    writeFileSync(join(dir, 'sources', set, 'source.json'), readFileSync(join(dir, 'sources', set, 'source.json'), 'utf8').replace('"expectedCount": 31', '"expectedCount": 30'))

    const failed = buildCorpus({ root: dir })
    expect(failed.errors.join('\n')).toContain(`"${target.id}"`)
    expect(failed.errors.join('\n')).toContain('retire it')

    const registryFile = join(dir, 'registry', `${set}.json`)
    const registry = JSON.parse(readFileSync(registryFile, 'utf8')) as { ids: { id: string; status: string; retired?: string }[] }
    const entry = registry.ids.find((e) => e.id === target.id)!
    entry.status = 'retired'
    entry.retired = 'removed from the source in a test'
    writeFileSync(registryFile, JSON.stringify(registry))
    // What was recorded about the question goes with it.
    const reviewedFile = join(dir, 'sources', set, 'reviewed.json')
    const reviewed = JSON.parse(readFileSync(reviewedFile, 'utf8')) as Record<string, unknown>
    delete reviewed[target.id]
    writeFileSync(reviewedFile, JSON.stringify(reviewed))
    const retired = buildCorpus({ root: dir })
    expect(retired.errors).toEqual([])
    expect(retired.changelog.retired).toEqual([target.id])

    // Put the question back: it must get a new id, not the retired one.
    writeFileSync(file, readFileSync(join(root, 'sources', set, 'source.txt'), 'utf8'))
    writeFileSync(join(dir, 'sources', set, 'source.json'), readFileSync(join(root, 'sources', set, 'source.json'), 'utf8'))
    const back = buildCorpus({ root: dir })
    const ids = back.sets.find((s) => s.id === set)!.questions.map((q) => q.id)
    expect(ids).not.toContain(target.id)
    expect(ids).toHaveLength(31)
  })

  test('a count mismatch fails loudly, naming the file and both counts', () => {
    const dir = scratch()
    const meta = join(dir, 'sources', set, 'source.json')
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('"expectedCount": 31', '"expectedCount": 32'))
    expect(buildCorpus({ root: dir }).errors).toContainEqual(expect.stringMatching(/sources\/top-30-guide\/source\.txt: expected 32 questions .* found 31/))
  })

  test('bad metadata is reported with file, field and what was expected', () => {
    const dir = scratch()
    const meta = join(dir, 'sources', set, 'source.json')
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('"license": "unknown"', '"license": "MIT-ish !"'))
    expect(buildCorpus({ root: dir }).errors).toContainEqual(
      'sources/top-30-guide/source.json: field "license": expected an SPDX id or "unknown", received "MIT-ish !".',
    )
  })
})
