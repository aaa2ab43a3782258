import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { inferTags, type InferTagsOptions } from '../src/index.js'
import { django } from '../src/vocabularies/django.js'
import { draft } from './draft.js'

const rows: [string, string[]][] = [
  ['What’s the difference between select_related and prefetch_related in Django ORM?', ['orm', 'prefetch-related', 'select-related']],
  ['What is a QuerySet in Django?', ['queryset']],
  ['What is the difference between get() and filter()?', ['queryset-filter', 'queryset-get']],
  ['How do you get started?', []],
  ['What are Middlewares ?', ['middleware']],
  ['What is Django’s middleware ‘CsrfViewMiddleware’ used for?', ['csrf', 'middleware']],
  ['What are signals ? How do you create custom signals in Django ?', ['signals']],
  ['Discuss Django’s ‘Class-Based Views.’', ['class-based-views']],
  ['Define a Django view and outline the differences between function-based views (FBVs) and class-based views (CBVs).', ['class-based-views', 'function-based-views', 'views']],
  ['What is the purpose of the `settings.py` file?', ['settings-py']],
  ['What tasks does the `manage.py` file automate?', ['manage-py']],
  ['Discuss Django’s ‘Celery.’', ['celery']],
  ['Compare token-based authentication with JWT (JSON Web Token) authentication in DRF.', ['authentication', 'drf', 'jwt', 'token-auth']],
  ['How do you enable and configure debugging using the `DEBUG` setting?', ['debug-setting', 'debugging']],
  ['How do you implement WebSocket connections using Django Channels?', ['channels', 'websockets']],
  ['Explain how the `asgi.py` file facilitates asynchronous request handling.', ['asgi-py', 'async']],
]

const CONCEPTS = django.concepts
const withDjango = (options: InferTagsOptions = {}) => ({ vocabulary: django, ...options })

describe('inferTags', () => {
  test.each(rows)('%s → %j', (prompt, tags) => {
    expect(inferTags(draft(prompt), withDjango())).toEqual(tags)
  })

  test('answer-only concepts need two mentions unless the prompt gives none', () => {
    const answer = 'Django’s ORM lets you define models in Python. It handles the translation of these models into tables.'
    expect(inferTags(draft('Explain Django’s ORM.', { answer }), withDjango())).toEqual(['models', 'orm'])
    expect(inferTags(draft('Explain it.', { answer }), withDjango())).toEqual(['models', 'orm', 'translation'])
  })

  test('the answer lead is read line by line: a feature list is not its subject', () => {
    const answer = 'urls.py routes requests to views.\n- Middleware\n- Caching\n- Signals'
    expect(inferTags(draft('What is it responsible for?', { answer }), withDjango())).toEqual(['url-routing', 'urls-py', 'views'])
    expect(inferTags(draft('What is urls.py responsible for?', { answer }), withDjango())).toEqual(['urls-py'])
  })

  test('stated tags are kept and come first', () => {
    expect(inferTags(draft('Explain select_related.', { tags: ['my-tag', 'Not Kebab'] }), withDjango())).toEqual(['my-tag', 'select-related'])
    const many = ['t1', 't2', 't3', 't4', 't5', 't6']
    expect(inferTags(draft('Explain select_related.', { tags: many }), withDjango())).toEqual(many)
  })

  test('at most maxTags, chosen by score then first mention, returned sorted', () => {
    const prompt = 'Compare csrf, xss, clickjacking, hsts, sql injection, sessions and cookies.'
    expect(inferTags(draft(prompt), withDjango())).toEqual(['clickjacking', 'csrf', 'hsts', 'sessions', 'sql-injection', 'xss'])
    expect(inferTags(draft(prompt), withDjango({ maxTags: 2 }))).toEqual(['csrf', 'xss'])
  })

  test('every tag of the vocabulary is kebab-case and unique', () => {
    const ids = CONCEPTS.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  test('implied concepts exist in the vocabulary', () => {
    const ids = new Set(CONCEPTS.map((c) => c.id))
    for (const c of CONCEPTS) for (const implied of c.implies ?? []) expect(ids, `${c.id} implies ${implied}`).toContain(implied)
  })

  test('never throws; returns at most 6 sorted kebab-case tags', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (prompt, answer) => {
        const tags = inferTags(draft(prompt, answer === undefined ? {} : { answer }), withDjango())
        expect(tags.length).toBeLessThanOrEqual(6)
        expect([...tags].sort()).toEqual(tags)
        for (const t of tags) expect(t).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      }),
    )
  })
})
