import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import type { Question } from '@quizbank/core'
import { committedQuestions, compareReleasedIds, hasMajorChangeset, snapshotOf, type ReleasedIds } from './releasedIds.js'

const q = (id: string, prompt: string, topic = 'orm') => ({ id, prompt, topic }) as Question
const released: ReleasedIds = snapshotOf('1.2.0', [q('acme/views', 'What is a Django view?', 'views'), q('acme/orm', 'Explain the Django ORM.'), q('acme/signals', 'What are Django signals?', 'signals')])

describe('compareReleasedIds', () => {
  test('a reworded prompt keeps its meaning; a new id is added', () => {
    const diff = compareReleasedIds(released, [q('acme/views', 'What is a view in Django?', 'views'), q('acme/orm', 'Explain the Django ORM.'), q('acme/signals', 'What are Django signals?', 'signals'), q('acme/new', 'What is new?')])
    expect(diff.retired).toEqual([])
    expect(diff.remeant).toEqual([])
    expect(diff.added).toEqual(['acme/new'])
    expect(diff.changed.map((c) => c.id)).toEqual(['acme/views'])
  })

  test('a removed id and an id reused for another question are reported', () => {
    const diff = compareReleasedIds(released, [q('acme/views', 'How do you deploy with Gunicorn behind nginx?', 'views'), q('acme/orm', 'Explain the Django ORM.')])
    expect(diff.retired).toEqual(['acme/signals'])
    expect(diff.remeant).toEqual([{ id: 'acme/views', was: 'What is a Django view?', now: 'How do you deploy with Gunicorn behind nginx?' }])
  })
})

describe('hasMajorChangeset', () => {
  test.each([
    ['---\n"@quizbank/corpus": major\n---\n\nRetired two ids.', true],
    ["---\n'@quizbank/corpus': major\n'@quizbank/core': patch\n---\n", true],
    ['---\n"@quizbank/corpus": minor\n---\n\nmajor changes ahead', false],
    ['---\n"@quizbank/corpus-extra": major\n---\n', false],
  ])('%j → %s', (text, expected) => {
    expect(hasMajorChangeset([text], '@quizbank/corpus')).toBe(expected)
  })
})

// The check CI runs (npm run corpus:released), on the repository as committed.
test('the committed corpus keeps every released id with its meaning, or a major changeset says otherwise', () => {
  const root = fileURLToPath(new URL('../../packages/corpus/', import.meta.url))
  const snapshot = JSON.parse(readFileSync(`${root}released-ids.json`, 'utf8')) as ReleasedIds
  const diff = compareReleasedIds(snapshot, committedQuestions(root))
  const dir = fileURLToPath(new URL('../../.changeset/', import.meta.url))
  const changesets = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(dir + f, 'utf8'))
  if (!hasMajorChangeset(changesets, '@quizbank/corpus')) {
    expect(diff.retired, 'released ids removed').toEqual([])
    expect(diff.remeant, 'released ids re-meant').toEqual([])
  }
})
