import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { clusterQuestions as cluster, clusterSlug, compileVocabulary, type ClusterItem, type ClusterQuestionsOptions } from '../src/index.js'
import { django } from '../src/vocabularies/django.js'

const clusterQuestions = (items: readonly ClusterItem[], options: ClusterQuestionsOptions = {}) => cluster(items, { vocabulary: django, ...options })

let n = 0
const item = (set: string, prompt: string): ClusterItem => ({ id: `${set}/${++n}`, set, prompt })
const together = (map: Map<string, string>, a: ClusterItem, b: ClusterItem) => map.get(a.id) !== undefined && map.get(a.id) === map.get(b.id)

// Background questions give the IDF weights a realistic spread.
const background = [
  'What is a Django model?', 'How do you write custom template tags?', 'Explain Django migrations.', 'What are Django signals?',
  'How does Django handle static files?', 'What is the purpose of the settings.py file?', 'Explain the ORM.', 'What are generic views?',
  'Describe the authentication system.', 'What is a QuerySet?', 'How do you deploy Django with Gunicorn and Nginx?',
].map((p) => item('background', p))

describe('clusterQuestions: paraphrases join', () => {
  test.each([
    ['What is middleware in Django?', 'What are Middlewares ?'],
    ['What is middleware in Django?', 'Define middleware in Django and explain its role in processing requests and responses.'],
    ['What’s the difference between select_related and prefetch_related in Django ORM?', 'Compare the benefits of using `select_related()` versus `prefetch_related()` for query optimization.'],
    ['Explain MVT architecture of Django ?', 'Explaining the Django Architecture'],
    ['What are Django signals?', 'Define Django signals and explain how they enable decoupled communication between application components.'],
    ['What is CSRF ? How can you prevent csrf attack ?', 'What is CSRF, and how does Django’s CSRF middleware protect against these attacks?'],
    ['How do you create custom Middleware ?', 'Middleware Customization'],
    ['What is settings.py?', 'What is the purpose of the `settings.py` file, and how does it facilitate configuration in a Django project?'],
    ['What is Django?', 'Define Django and explain what makes it a high-level web framework.'],
    // What signals are for, in other words: decoupled, inter-component communication.
    ['What are Django signals?', 'How can Django’s signals framework be leveraged for advanced inter-component communication?'],
    // Framing words of interview questions ("tell me briefly", "a short overview", "in depth").
    ['What are Django signals?', 'Tell me briefly about Django signals.'],
    ['Explain Django’s ORM.', 'Give a short overview of the Django ORM in depth.'],
    // Signal names and arguments as texts spell them.
    ['What is the post-save signal used for?', 'When is the `post_save` signal sent?'],
  ])('%s ~ %s', (p, q) => {
    const [a, b] = [item('one', p), item('two', q)]
    expect(together(clusterQuestions([...background, a, b]), a, b)).toBe(true)
  })
})

describe('clusterQuestions: hard negatives stay apart', () => {
  test.each([
    ['Explain select_related.', 'Explain prefetch_related.'],
    ['What’s the difference between select_related and prefetch_related?', 'Understanding the ORM and Query Optimization'],
    ['How does the `wsgi.py` file work?', 'Explain the role of the `asgi.py` file.'],
    ['What are Django signals?', 'What are signals ? How do you create custom signals in Django ?'],
    ['What is a Django model?', 'How do you define a Django model and specify field attributes such as default values, choices, and validations?'],
    ['What is the difference between get() and filter()?', 'How does the `get()` method work in Django ORM, and what exceptions might it raise?'],
    ['Define a Django view and outline the differences between FBVs and CBVs.', 'How do you create a simple function-based view?'],
    ['Describe how pagination is implemented within Django views.', 'How is pagination implemented in DRF?'],
    ['How does Django handle static files?', 'How do you manage static and media files in production?'],
    ['What is a QuerySet in Django?', 'What is the difference between `values()` and `values_list()` in a QuerySet?'],
    ['How does Django handle security?', 'What is CSRF?'],
    ['What is middleware in Django?', 'What potential performance impacts can improperly designed middleware have?'],
    ['What is the pre-save signal?', 'What is the post-save signal?'],
    // A WSGI server is a server: how it handles requests is not what WSGI is good for.
    ['Can you describe how WSGI servers such as Gunicorn or uWSGI handle HTTP requests?', 'What are the advantages of using WSGI for traditional web applications?'],
    // A named setting the vocabulary does not know is still one specific thing.
    ['How does Django handle security?', 'Explain how the `SECURE_REFERRER_POLICY` setting enhances application security.'],
    ['How do you connect a signal receiver in AppConfig.ready()?', 'How do you connect a signal receiver with a dispatch_uid?'],
  ])('%s ≠ %s', (p, q) => {
    const [a, b] = [item('one', p), item('two', q)]
    expect(together(clusterQuestions([...background, a, b]), a, b)).toBe(false)
  })
})

describe('clusterQuestions: structure', () => {
  test('singletons get no cluster id', () => {
    const items = [item('one', 'What is middleware?'), item('two', 'Explain Django migrations.')]
    expect(clusterQuestions(items).size).toBe(0)
  })

  test('within one set a link needs a closer paraphrase than across sets', () => {
    const [a, b] = [item('one', 'What is middleware in Django?'), item('one', 'What are middlewares?')]
    // Only elaborating with descriptive words, it still asks what middleware is.
    const c = item('one', 'Define middleware and explain its role in processing requests and responses.')
    const map = clusterQuestions([...background, a, b, c])
    expect(together(map, a, b) && together(map, a, c)).toBe(true)
    // A second question ("how do you write one?") is enough to keep it apart within a set, not across.
    const d = 'What is middleware, and how do you write one?'
    expect(clusterQuestions([...background, a, item('one', d)]).size).toBe(0)
    expect(clusterQuestions([...background, a, item('two', d)]).size).toBe(2)
  })

  test('within one set, paraphrases that only list examples or add descriptive words join', () => {
    const meta = [item('one', 'What is the purpose of the Meta class in Django models, and how is it used to define model-level metadata?'), item('one', 'How do you specify custom table names, ordering, and other metadata in a Django model via the Meta class?')]
    const generic = [item('one', 'What is Django’s ContentType framework and how does it facilitate generic relationships?'), item('one', 'How do GenericForeignKey fields work, and what are the potential use cases?')]
    const map = clusterQuestions([...background, ...meta, ...generic])
    expect(together(map, meta[0]!, meta[1]!)).toBe(true)
    expect(together(map, generic[0]!, generic[1]!)).toBe(true)
  })

  test('parallel questions of one set stay apart: word for word alike but for a few swapped words', () => {
    const a = item('one', 'In what order are the middlewares executed when a request comes in?')
    const b = item('one', 'In what order are the middlewares executed when a response goes out?')
    expect(together(clusterQuestions([...background, a, b]), a, b)).toBe(false)
  })

  test('two comparisons of the same concepts join, whatever each adds', () => {
    const a = item('one', 'Compare WSGI and ASGI, and explain why ASGI is important for modern Django applications.')
    const b = item('one', 'Under what circumstances would you choose ASGI over WSGI for a Django application?')
    const c = item('one', 'What is WSGI and why is it fundamental for running Python web applications?')
    const map = clusterQuestions([...background, a, b, c])
    expect(together(map, a, b)).toBe(true)
    expect(map.has(c.id)).toBe(false)
  })

  test('the result does not depend on input order', () => {
    const items = [
      item('a', 'What is middleware in Django?'), item('b', 'What are Middlewares ?'), item('c', 'Explain Django’s ORM.'),
      item('d', 'The Role of ORM in Django'), item('a', 'What are Django signals?'), item('b', 'The Importance of Django Signals'),
      item('c', 'What is CSRF?'), item('d', 'What is CSRF ? How can you prevent csrf attack ?'), ...background,
    ]
    const expected = [...clusterQuestions(items)].sort()
    expect(expected.length).toBeGreaterThanOrEqual(8)
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), (shuffled) => {
        expect([...clusterQuestions(shuffled)].sort()).toEqual(expected)
      }),
      { numRuns: 20 },
    )
  })

  test('chaining guard: members too far from the medoid are split off', () => {
    const a = item('a', 'What is middleware?')
    const b = item('b', 'What are middlewares?')
    const c = item('c', 'Explain the concept of middleware in Django and its role in processing HTTP requests and responses.')
    const loose = clusterQuestions([...background, a, b, c])
    expect(together(loose, a, c)).toBe(true)
    const strict = clusterQuestions([...background, a, b, c], { medoidThreshold: 0.95 })
    expect(together(strict, a, b)).toBe(true)
    expect(strict.has(c.id)).toBe(false)
  })

  test('cluster ids are slugs of the medoid prompt, unique across clusters', () => {
    // DEBUG (the setting) and debug (debugging) are different subjects with the same slug.
    const items = [item('a', 'What is DEBUG?'), item('b', 'What is DEBUG?'), item('a', 'What is debug?'), item('b', 'What is debug?')]
    const ids = [...clusterQuestions(items).values()]
    expect(new Set(ids)).toEqual(new Set(['debug', 'debug-2']))
  })

  test('never throws on arbitrary prompts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.string()), { maxLength: 12 }), (rows) => {
        const items = rows.map(([set, prompt], i) => ({ id: `q${i}`, set, prompt }))
        for (const id of clusterQuestions(items).values()) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      }),
    )
  })
})

describe('clusterSlug', () => {
  test.each([
    ['What is middleware in Django?', 'middleware'],
    ['Explain Django’s ‘select_related’ and ‘prefetch_related.’', 'select-related-prefetch-related'],
    ['What is the purpose of the `settings.py` file, and how does it facilitate configuration?', 'settings-py'],
    ['Discuss Django’s cache framework.', 'cache'],
    ['What is Django?', 'django'],
    ['???', 'question'],
  ])('%s → %s', (prompt, slug) => {
    expect(clusterSlug(prompt, { ignoreWords: compileVocabulary(django).subjectWords })).toBe(slug)
  })
})
