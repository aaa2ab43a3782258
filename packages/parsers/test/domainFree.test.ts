// The parsers know no subject: their rules are about document structure.
// Subject knowledge (taxonomies, vocabularies) lives in @quizbank/corpus and
// @quizbank/enrich, so a rule that names a subject's vocabulary is a rule
// that only that subject's documents need.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const src = fileURLToPath(new URL('../src/', import.meta.url))
const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))

// The first subject's vocabulary: the words a Django-specific rule or example would use.
const SUBJECT_WORDS = /\bdjango\b|queryset|\bdrf\b|rest[_ ]framework/i

test.each(files(src).map((f) => [f.slice(src.length)]))('src/%s names no subject and imports no subject knowledge', (rel) => {
  const text = readFileSync(join(src, rel), 'utf8')
  const hits = text.split('\n').flatMap((line, i) => (SUBJECT_WORDS.test(line) ? [`${rel}:${i + 1}: ${line.trim()}`] : []))
  expect(hits).toEqual([])
  expect(text).not.toMatch(/from '@quizbank\/(?:enrich|corpus)'/)
})
