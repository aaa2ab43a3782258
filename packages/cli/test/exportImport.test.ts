import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { questions as corpus } from '@quizbank/corpus'
import { FORMATS, fromGift } from '@quizbank/formats'
import { unzipSync } from 'fflate'
import { EXPORT_FORMATS } from '../src/commands/export.js'
import { IMPORT_FORMATS } from '../src/commands/import.js'
import { afterAll, describe, expect, test } from 'vitest'
import { runCli } from './helpers/runCli.js'

const out = mkdtempSync(join(tmpdir(), 'quizbank-cli-formats-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))
const env = { SOURCE_DATE_EPOCH: '1764547200' }

describe('quizbank export', () => {
  test('-o writes the file and prints the account of what the format dropped', async () => {
    const file = join(out, 'orm.gift')
    const r = await runCli(['export', '--format', 'gift', '--topic', 'orm', '-o', file])
    const orm = corpus.filter((q) => q.topic === 'orm')
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe(`${file}: ${orm.length} of ${orm.length} questions written as gift`)
    expect(r.stdout).toMatch(/^lost difficulty — GIFT has no difficulty \(\d+ questions\): .*, … and \d+ more \(--json lists all\)$/m)
    expect(fromGift(readFileSync(file, 'utf8')).questions.map((q) => q.id)).toEqual(orm.map((q) => q.id))
  })

  test('to stdout: the file on stdout, the account on stderr; --json gives the full report', async () => {
    const r = await runCli(['export', '--format', 'csv', '--set', 'top-30-guide', '--topic', 'orm'])
    expect(r.code).toBe(0)
    expect(r.stdout.startsWith('id,topic,tags,difficulty,prompt,answer,hints,choices,correct\r\n')).toBe(true)
    expect(r.stderr).toMatch(/^stdout: (\d+) of \1 questions written as csv\nlost license — the format has no field for it: attribute the texts yourself \(each question's license is in the JSON export\) \(\1 questions\): .*\n$/)
    const j = await runCli(['export', '--format', 'gift', '--set', 'top-30-guide', '--topic', 'orm', '--json'])
    const report = JSON.parse(j.stdout) as { format: string; exported: number; lost: { field: string }[]; text: string }
    expect(report.format).toBe('gift')
    expect(new Set(report.lost.map((l) => l.field))).toEqual(new Set(['difficulty', 'license']))
    expect(report.text.startsWith('$CATEGORY: $course$/top/top-30-guide/orm\n')).toBe(true)
  })

  test('a format that can hold none of the questions: each one listed with the reason, exit 1', async () => {
    const r = await runCli(['export', '--format', 'aiken', '--set', 'top-30-guide', '--topic', 'orm'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('not exported (')
    expect(r.stderr).toContain(': an open question: Aiken holds multiple-choice questions only\n')
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^quizbank export: none of the \d+ selected questions can be written as aiken \(see "not exported"\)\.$/)
  })

  test('qti writes a content package folder', async () => {
    const dir = join(out, 'qti')
    const r = await runCli(['export', '--format', 'qti', '--set', 'top-30-guide', '--topic', 'orm', '-o', dir])
    expect(r.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['imsmanifest.xml', 'items'])
    expect(readdirSync(join(dir, 'items')).every((f) => f.startsWith('top-30-guide.') && f.endsWith('.xml'))).toBe(true)
  })

  test('apkg writes an Anki deck package (a zip with the collection), the same bytes for the same SOURCE_DATE_EPOCH; it needs -o', async () => {
    const [a, b] = [join(out, 'a.apkg'), join(out, 'b.apkg')]
    const orm = corpus.filter((q) => q.topic === 'orm')
    for (const file of [a, b]) {
      const r = await runCli(['export', '--format', 'apkg', '--topic', 'orm', '-o', file], { env })
      expect([r.code, r.stdout]).toEqual([0, `${file}: ${orm.length} of ${orm.length} questions written as apkg\n`])
    }
    expect(Object.keys(unzipSync(readFileSync(a))).sort()).toEqual(['collection.anki2', 'media'])
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true)
    const stdout = await runCli(['export', '--format', 'apkg'])
    expect([stdout.code, stdout.stderr]).toEqual([2, 'quizbank export: --format apkg writes a binary file (a zip): give it with -o <file>.apkg.\n'])
  })

  test('usage errors: an unknown format, qti without a folder, an unknown topic', async () => {
    const bad = await runCli(['export', '--format', 'gfit'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("argument 'gfit' is invalid. Allowed choices are gift, moodle-xml, qti, anki, apkg, aiken, csv, json.")
    const qti = await runCli(['export', '--format', 'qti'])
    expect([qti.code, qti.stderr]).toEqual([2, 'quizbank export: --format qti writes a content package (a folder): give it with -o <folder>.\n'])
    const topic = await runCli(['export', '--format', 'gift', '--topic', 'orms'])
    expect(topic.code).toBe(2)
    expect(topic.stderr).toContain('Did you mean "orm"?')
  })
})

describe('quizbank import', () => {
  test('a file over the 32 MiB input limit, or a device that never ends, is refused before it fills memory; a folder is a usage error', async () => {
    const big = join(out, 'big.gift')
    writeFileSync(big, '')
    truncateSync(big, 32 * 1024 * 1024 + 1) // sparse: no disk used
    for (const file of [big, '/dev/zero']) {
      const r = await runCli(['import', '--format', 'gift', file])
      expect([r.code, r.stderr]).toEqual([1, `quizbank import: "${file}" is larger than 32 MiB, the most a command reads from one file: is it the right file? (Split a larger bank into several files.)\n`])
    }
    const folder = await runCli(['validate', out])
    expect([folder.code, folder.stderr]).toEqual([2, `quizbank validate: cannot read "${out}": it is a directory.\n`])
  })

  test('GIFT exported from one set comes back as a valid set in the authoring format with the same ids and topics', async () => {
    const gift = join(out, 'set.gift')
    expect((await runCli(['export', '--format', 'gift', '--set', 'top-30-guide', '-o', gift])).code).toBe(0)
    const md = join(out, 'set.md')
    const r = await runCli(['import', '--format', 'gift', gift, '-o', md], { env })
    const set = corpus.filter((q) => q.source.set === 'top-30-guide')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`${md}: ${set.length} questions (set "top-30-guide") in the quizbank authoring format · 0 errors · 0 warnings\n`)
    expect((await runCli(['validate', md])).code).toBe(0)
    const json = join(out, 'set.json')
    expect((await runCli(['import', '--format', 'gift', gift, '-o', json], { env })).code).toBe(0)
    const back = JSON.parse(readFileSync(json, 'utf8')) as { source: { retrieved: string }; questions: { id: string; topic: string; prompt: string }[] }
    expect(back.source.retrieved).toBe('2025-12-01')
    expect(back.questions.map((q) => [q.id, q.topic, q.prompt])).toEqual(set.map((q) => [q.id, q.topic, q.prompt]))
  })

  test('every line that cannot be read is file:line: message, and the exit code is 1', async () => {
    const file = join(out, 'broken.txt')
    writeFileSync(file, 'Good?\nA. yes\nB. no\nANSWER: A\n\nBad?\nA. yes\nC. no\nANSWER: A\n')
    const r = await runCli(['import', '--format', 'aiken', file, '--set-id', 'mc'], { env })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('### Good?')
    expect(r.stderr).toContain(`${file}:8: error: choice letter "C" out of order (expected "B"). Question skipped.\n`)
    expect(r.stderr).toContain('stdout: 1 question (set "mc") in the quizbank authoring format · 1 errors · 0 warnings')
  })

  test('--json reports the set and the diagnostics; usage errors exit 2', async () => {
    const file = join(out, 'deck.txt')
    writeFileSync(file, '#separator:tab\n#html:true\nWhat does a middleware do?\tIt wraps every request.\n')
    const r = await runCli(['import', '--format', 'anki', file, '--json'], { env })
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as { questions: number; set: { id: string; questions: { topic: string }[] } }
    expect(report.questions).toBe(1)
    expect(report.set.id).toBe('deck')
    expect(report.set.questions[0]?.topic).toBe('middleware')
    expect((await runCli(['import', '--format', 'anki', 'missing.txt'])).code).toBe(2)
    expect((await runCli(['import', '--format', 'anki', file, '--set-id', 'Bad Id'])).stderr).toBe('quizbank import: --set-id: expected a kebab-case id such as "py-basics", received "Bad Id".\n')
  })
})

describe('the real bin', () => {
  test('export to stdout piped into a file, then import: exit codes as a shell sees them', () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url))
    const bin = (args: string[]) => spawnSync(process.execPath, ['--conditions=@quizbank/source', '--import', 'tsx', 'src/bin.ts', ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env } })
    const exported = bin(['export', '--format', 'anki', '--set', 'slashdev-top-20'])
    expect(exported.status).toBe(0)
    expect(exported.stdout.split('\n')[0]).toBe('#separator:tab')
    const file = join(out, 'slashdev.txt')
    writeFileSync(file, exported.stdout)
    const imported = bin(['import', '--format', 'anki', file, '--to', 'json'])
    expect(imported.status).toBe(0)
    const set = JSON.parse(imported.stdout) as { id: string; questions: { id: string }[] }
    expect(set.id).toBe('slashdev-top-20')
    expect(set.questions.map((q) => q.id)).toEqual(corpus.filter((q) => q.source.set === 'slashdev-top-20').map((q) => q.id))
    expect(bin(['import', '--format', 'anki']).status).toBe(2)
  }, 60_000)
})

describe('quizbank export --format json', () => {
  test('whole sets with their attribution: one set alone, several as an array; import takes one set', async () => {
    const one = join(out, 'one.json')
    expect((await runCli(['export', '--format', 'json', '--set', 'top-30-guide', '-o', one])).code).toBe(0)
    expect((JSON.parse(readFileSync(one, 'utf8')) as { id: string }).id).toBe('top-30-guide')
    expect((await runCli(['validate', one])).code).toBe(0)
    const several = join(out, 'several.json')
    expect((await runCli(['export', '--format', 'json', '--topic', 'orm', '-o', several])).code).toBe(0)
    const sets = JSON.parse(readFileSync(several, 'utf8')) as { id: string; source: { license: string }; questions: { topic: string }[] }[]
    expect(sets.length).toBeGreaterThan(1)
    expect(sets.every((s) => s.source.license !== '' && s.questions.every((q) => q.topic === 'orm'))).toBe(true)
    const r = await runCli(['import', '--format', 'json', several, '-o', join(out, 'x.md')])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`error: this file holds ${sets.length} question sets (an array); import expects one QuestionSet object: split the file, one set per file.`)
  })
})

test('the CLI lists the formats of @quizbank/formats', () => {
  expect([...EXPORT_FORMATS]).toEqual(FORMATS.map((f) => f.name))
  expect([...IMPORT_FORMATS]).toEqual(FORMATS.filter((f) => f.canImport).map((f) => f.name))
})
