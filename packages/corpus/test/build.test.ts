import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
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

// Each case builds the whole corpus once or more (one to four seconds each on a
// loaded 2-core machine), so faults that do not interfere share one build.
const BUILD_TIMEOUT = { timeout: 60_000 }

describe('a fresh build', () => {
  test('has no errors', () => {
    expect(fresh.errors).toEqual([])
  })

  test.each([...fresh.files.keys()])('reproduces the committed %s byte for byte (run `npm run corpus:build`)', (rel) => {
    expect(readFileSync(join(root, rel), 'utf8')).toBe(fresh.files.get(rel))
  })
  // Determinism needs no second build here: the committed files came from
  // another process, and the test above holds this build to them byte for byte.
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

})

describe('clusters: reviewed sets take them from reviewed.json, the others from the rules', BUILD_TIMEOUT, () => {
  // Two new sets whose clusters nobody reviewed yet (copies of two bundled ones).
  const dir = scratch()
  const unreviewed = ['copied-guide', 'copied-notes']
  for (const [from, to] of [['top-30-guide', 'copied-guide'], ['notes-lover-top-25', 'copied-notes']] as const) {
    cpSync(join(root, 'sources', from), join(dir, 'sources', to), { recursive: true })
    rmSync(join(dir, 'sources', to, 'reviewed.json'))
    rmSync(join(dir, 'sources', to, 'overrides.json'), { force: true })
    const meta = join(dir, 'sources', to, 'source.json')
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(',\n  "clusters": "reviewed"', ''))
  }
  const built = buildCorpus({ root: dir })
  const clustersOf = (sets: string[]) => built.sets.filter((s) => sets.includes(s.id)).flatMap((s) => s.questions.flatMap((q) => (q.cluster === undefined ? [] : [q.cluster])))

  test('builds without errors, and the reviewed sets keep their clusters', () => {
    expect(built.errors).toEqual([])
    const kept = built.sets.filter((s) => !unreviewed.includes(s.id)).flatMap((s) => s.questions)
    for (const q of kept) expect(q.cluster, q.id).toBe(fresh.sets.find((s) => s.id === q.source.set)!.questions.find((f) => f.id === q.id)!.cluster)
  })

  test('the rules cluster the other sets among themselves, under names no reviewed cluster holds', () => {
    const ruleMade = clustersOf(unreviewed)
    expect(ruleMade.length).toBeGreaterThan(0)
    const reviewedNames = new Set(clustersOf(built.sets.map((s) => s.id).filter((id) => !unreviewed.includes(id))))
    expect(ruleMade.filter((name) => reviewedNames.has(name))).toEqual([])
  })
})

describe('broken inputs: one clear line per fault, naming the file, and no partial trust', BUILD_TIMEOUT, () => {
  // One scratch copy with a different fault in each set, built once: the
  // build collects every error, so the faults do not hide one another.
  const dir = scratch()
  const outside = mkdtempSync(join(tmpdir(), 'quizbank-outside-'))
  temps.push(outside)
  const edit = (rel: string, change: (text: string) => string) => writeFileSync(join(dir, rel), change(readFileSync(join(dir, rel), 'utf8')))
  const stolen = fresh.sets.find((s) => s.id === 'notes-lover-top-25')!.questions[0]!.id

  edit('registry/slashdev-top-20.json', (t) => t.slice(0, t.length / 2))
  edit('sources/notes-lover-top-25/overrides.json', (t) => `${t},`)
  edit('data/consolidated-sectioned.json', () => '{"questions": 42}')
  edit('sources/consolidated-sectioned/source.json', (t) => t.replace(/"expectedCount": \d+/, '"expectedCount": 1'))
  // A registry that claims another set's id for one of its own questions.
  edit('registry/top-30-guide.json', (t) => t.replace('"top-30-guide/django"', `"${stolen}"`))
  // Files that would read outside the repository.
  writeFileSync(join(outside, 'answers.md'), '### Outside\n')
  rmSync(join(dir, 'sources/django-questions-list/answers.md'))
  symlinkSync(join(outside, 'answers.md'), join(dir, 'sources/django-questions-list/answers.md'))
  cpSync(join(root, 'sources/slashdev-top-20'), join(outside, 'linked-set'), { recursive: true })
  symlinkSync(join(outside, 'linked-set'), join(dir, 'sources/linked-set'))
  // A set with bad metadata is reported and skipped.
  cpSync(join(root, 'sources/slashdev-top-20'), join(dir, 'sources/bad-meta'), { recursive: true })
  edit('sources/bad-meta/source.json', (t) => t.replace('"license": "unknown"', '"license": "MIT-ish !"'))
  // Reviewed clusters: one in a set whose clusters the rules find, one held by a single question.
  edit('sources/notes-lover-top-25/source.json', (t) => t.replace(',\n  "clusters": "reviewed"', ''))
  edit('sources/django-questions-list/reviewed.json', (t) => t.replace(/"cluster": "[a-z0-9-]+"/, '"cluster": "lonely-cluster"'))
  // Dotfiles are not inputs.
  writeFileSync(join(dir, 'sources/.DS_Store'), '\0\0\0\x01Bud1')
  writeFileSync(join(dir, 'taxonomies/.django.json.swp'), 'not json')
  mkdirSync(join(dir, 'sources/.git-like'))

  const broken = buildCorpus({ root: dir })

  test.each([
    ['a malformed registry', /^registry\/slashdev-top-20\.json: not valid JSON \(.*\)\. Restore it from git/],
    ['malformed overrides', /^sources\/notes-lover-top-25\/overrides\.json: not valid JSON \(/],
    ['malformed committed data', /^data\/consolidated-sectioned\.json: expected a question set with a "questions" list\. The changelog/],
    ['a count mismatch, with both counts', /^sources\/consolidated-sectioned\/source\.txt: expected 1 questions .* found \d+/],
    ['a registry entry of another set', new RegExp(`^registry/top-30-guide\\.json: "${stolen}": expected an id of this set`)],
    ['the id then published twice', new RegExp(`^data/top-30-guide\\.json: id "${stolen}" is also used by set "notes-lover-top-25"`)],
    ['a symlinked answers file', /^sources\/django-questions-list\/answers\.md: is a symbolic link; expected a regular file/],
    ['a set folder linked from outside', /^sources\/linked-set\/source\.txt: lies outside the corpus folder/],
    ['a reviewed cluster in a set whose clusters the rules find', /^sources\/notes-lover-top-25\/reviewed\.json: "notes-lover-top-25\/[a-z0-9-]+": field "cluster": the set's clusters are found by the rules; to review them, add "clusters": "reviewed"/],
    ['a reviewed cluster held by one question', /^sources\/django-questions-list\/reviewed\.json: "django-questions-list\/[a-z0-9-]+": field "cluster": "lonely-cluster" is held by no other question/],
    ['bad metadata, with file, field and what was expected', /^sources\/bad-meta\/source\.json: field "license": expected an SPDX id or "unknown", received "MIT-ish !"\.$/],
  ])('%s', (_, pattern) => {
    expect(broken.errors).toContainEqual(expect.stringMatching(pattern))
  })

  test('every error is one bounded line, without a stack trace, and dotfiles are ignored', () => {
    for (const e of broken.errors) {
      expect(e).not.toContain('\n')
      expect(e.length).toBeLessThan(1_000)
    }
    expect(broken.errors.join('\n')).not.toMatch(/DS_Store|\.swp|\.git-like/)
  })

  test('what a linked or broken input would have supplied is not used', () => {
    expect(broken.sets.map((s) => s.id)).not.toContain('linked-set')
    const answered = broken.sets.find((s) => s.id === 'django-questions-list')!.questions.filter((q) => q.answerOrigin?.kind === 'authored')
    expect(answered).toEqual([])
  })
})
