// Invariants on every record of the bundled corpus, one test per question
// with its id in the name, so a failure names the record to fix.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { QUESTION_ID_PATTERN } from '@quizbank/core'
import { validateQuestionSet, validateTaxonomy } from '@quizbank/core/schema'
import { compileVocabulary } from '@quizbank/enrich'
import { django } from '@quizbank/enrich/vocabularies/django'
import { djangoTaxonomy, getQuestion, questions, sets, taxonomies, topics } from '@quizbank/corpus'

const djangoTopics = new Set<string>(djangoTaxonomy.topics.map((t) => t.id))

const sourceLines = new Map(sets.map((s) => [s.id, readFileSync(new URL(`../sources/${s.id}/source.txt`, import.meta.url), 'utf8').split(/\r\n|\r|\n/).length]))
const clusterSizes = new Map<string, number>()
for (const q of questions) if (q.cluster !== undefined) clusterSizes.set(q.cluster, (clusterSizes.get(q.cluster) ?? 0) + 1)

describe('the corpus as a whole', () => {
  test('holds every question of the five sources (25 + 31 + 20 + 25 + 256)', () => {
    expect(Object.fromEntries(sets.map((s) => [s.id, s.questions.length]))).toEqual({
      'consolidated-sectioned': 256,
      'django-questions-list': 25,
      'notes-lover-top-25': 25,
      'slashdev-top-20': 20,
      'top-30-guide': 31,
    })
    expect(questions).toHaveLength(357)
  })

  test('ids are unique across the corpus', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length)
  })

  test.each(sets.map((s) => [s.id, s] as const))('set %s validates against the schema and its subject taxonomy', (_id, set) => {
    const taxonomy = taxonomies.find((t) => t.id === set.subject)
    expect(taxonomy, `no taxonomy for subject "${set.subject}"`).toBeDefined()
    const result = validateQuestionSet(set, { taxonomy: taxonomy! })
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([])
  })

  test.each(taxonomies.map((t) => [t.id, t] as const))('taxonomy %s is valid', (_id, taxonomy) => {
    const result = validateTaxonomy(taxonomy)
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([])
  })

  test('the Django vocabulary names only topics of the Django taxonomy, and can reach each of them', () => {
    const compiled = compileVocabulary(django)
    expect(compiled.priority.filter((t) => !djangoTopics.has(t))).toEqual([])
    expect([...djangoTopics].filter((t) => !compiled.priority.includes(t))).toEqual([])
    expect(django.fallbackTopic === undefined || djangoTopics.has(django.fallbackTopic)).toBe(true)
    expect((django.coreTopics ?? []).filter((t) => !djangoTopics.has(t))).toEqual([])
  })

  test('every topic of the taxonomy holds at least 2 questions (a topic with fewer should be merged into a neighbour)', () => {
    expect(topics.filter((t) => t.count < 2).map((t) => t.id)).toEqual([])
  })

  test('every difficulty level holds at least 15% of the questions', () => {
    for (const level of ['beginner', 'intermediate', 'advanced']) {
      expect(questions.filter((q) => q.difficulty?.level === level).length / questions.length, level).toBeGreaterThanOrEqual(0.15)
    }
  })

  test('topic counts add up to the corpus size', () => {
    expect(topics.reduce((n, t) => n + t.count, 0)).toBe(questions.length)
  })

  test('getQuestion finds every question by id', () => {
    for (const q of questions) expect(getQuestion(q.id)).toBe(q)
    expect(getQuestion('nope/nope')).toBeUndefined()
  })
})

for (const q of questions) {
  describe(q.id, () => {
    test('has a well-formed id in its own set', () => {
      expect(q.id).toMatch(QUESTION_ID_PATTERN)
      expect(q.id.startsWith(`${q.source.set}/`)).toBe(true)
    })
    test('has a topic from the taxonomy', () => {
      expect(djangoTopics.has(q.topic)).toBe(true)
    })
    test('has a non-empty prompt', () => {
      expect(q.prompt.trim().length).toBeGreaterThan(0)
    })
    test('has a non-empty answer with its origin', () => {
      expect(q.answer?.trim()).toBeTruthy()
      expect(q.answerOrigin).toBeDefined()
    })
    test('an authored answer cites the official documentation and is CC-BY-4.0', () => {
      if (q.answerOrigin?.kind !== 'authored') return
      expect(q.answerOrigin.references?.length).toBeGreaterThan(0)
      for (const url of q.answerOrigin.references ?? []) expect(url).toMatch(/^https:\/\/(?:docs\.djangoproject\.com\/en\/5\.2\/|www\.django-rest-framework\.org\/|channels\.readthedocs\.io\/|docs\.celeryq\.dev\/)/)
      // Channels and Celery pages may add detail, but one page is Django's or DRF's own (issue 10).
      expect(q.answerOrigin.references?.some((url) => /^https:\/\/(?:docs\.djangoproject\.com|www\.django-rest-framework\.org)\//.test(url))).toBe(true)
      expect(q.license?.answer).toBe('CC-BY-4.0')
    })
    test('says under which license its prompt and answer may be used', () => {
      const set = sets.find((s) => s.id === q.source.set)!
      expect(q.license?.prompt).toBe(set.source.license)
      expect(q.license?.answer).toBe(q.answerOrigin?.kind === 'authored' ? 'CC-BY-4.0' : set.source.license)
    })
    test('has a difficulty with its origin', () => {
      expect(q.difficulty).toBeDefined()
      if (q.difficulty?.origin === 'rule') expect(q.difficulty.rule).toBeTruthy()
    })
    test('a printed answer flagged as damaged has a reviewed repair', () => {
      // Damage flags describe the printed text; a repair keeps them and says source-repaired.
      if (q.answerOrigin?.kind === 'source') expect(q.flags?.damaged ?? []).toEqual([])
      if (q.answerOrigin?.kind === 'source-repaired') expect(q.flags?.edited?.answer).toBeDefined()
    })
    test('points at lines inside its source', () => {
      const [first, last] = q.source.lines
      expect(first).toBeGreaterThanOrEqual(1)
      expect(last).toBeGreaterThanOrEqual(first)
      expect(last).toBeLessThanOrEqual(sourceLines.get(q.source.set) ?? 0)
    })
    test('shares its cluster with at least one other question', () => {
      if (q.cluster !== undefined) expect(clusterSizes.get(q.cluster)).toBeGreaterThan(1)
    })
  })
}
