import { describe, expect, test } from 'vitest'
import { compileVocabulary, leadClause, promptTerms as terms, tokenize } from '../src/index.js'
import { comparedConcepts } from '../src/comparedConcepts.js'
import { django } from '../src/vocabularies/django.js'

const promptTerms = (prompt: string) => terms(prompt, compileVocabulary(django))

describe('stemming: Porter2, the stemmer core search uses', () => {
  test.each([
    ['caching', 'cach'], ['cache', 'cach'], ['caches', 'cach'], ['migrations', 'migrat'], ['migrate', 'migrat'],
    ['optimise', 'optim'], ['optimization', 'optim'], ['configuration', 'configur'], ['configure', 'configur'],
    ['debugging', 'debug'], ['queries', 'queri'], ['query', 'queri'], ['process', 'process'], ['https', 'https'],
    ['apis', 'api'], ['select_related', 'select_related'], ['manage.py', 'manage.py'],
  ])('%s → %s', (word, expected) => {
    expect(tokenize(word).map((t) => t.key)).toEqual([expected])
  })
})

describe('tokenize', () => {
  test('drops quotes and backticks, keeps calls and capitals, splits hyphens', () => {
    const tokens = tokenize('What’s `select_related()` vs DEBUG in class-based views?')
    expect(tokens.map((t) => t.key)).toEqual(['what', 'select_related', 'vs', 'debug', 'in', 'class', 'base', 'view'])
    expect(tokens.find((t) => t.key === 'select_related')!.call).toBe(true)
    expect(tokens.find((t) => t.key === 'debug')!.upper).toBe(true)
  })

  test('an acronym in the plural is the acronym', () => {
    expect(tokenize('FBVs and CBVs, JWTs, APIs').map((t) => t.key)).toEqual(['fbv', 'and', 'cbv', 'jwt', 'api'])
  })

  test('in a text printed in capitals, only code counts as written in capitals', () => {
    expect(tokenize('HOW DO YOU DEBUG A VIEW WITH `DEBUG`?').filter((t) => t.upper).map((t) => t.word)).toEqual(['debug'])
    expect(tokenize('What is DEBUG?').filter((t) => t.upper).map((t) => t.word)).toEqual(['debug'])
    expect(promptTerms('HOW DO YOU DEBUG A VIEW?').has('debugging')).toBe(true)
  })

  test('text without words gives no tokens', () => {
    expect(tokenize('?!… —')).toEqual([])
  })
})

describe('promptTerms', () => {
  test('concepts, implied context, examples and words are told apart', () => {
    const terms = promptTerms('Describe how asynchronous task queues (e.g., Celery) integrate with Django.')
    expect(Object.fromEntries(terms)).toEqual({ async: 'concept', 'task-queues': 'concept', celery: 'example', integr: 'word' })
    expect(promptTerms('Explain select_related.').get('orm')).toBe('implied')
  })

  test('the items of a list closed by "and other X" are examples of X', () => {
    const terms = promptTerms('How do you specify custom table names, ordering, and other metadata in a Django model?')
    expect(Object.fromEntries(terms)).toEqual({ 'model-meta': 'concept', models: 'concept', specifi: 'word', custom: 'example' })
    // Without "and other", the list is what is asked about.
    expect(promptTerms('How do you specify custom table names, ordering, and metadata?').get('custom')).toBe('concept')
  })

  test('kind nouns and hedges are descriptive words ("GenericForeignKey fields", "potential use cases")', () => {
    const terms = promptTerms('How do GenericForeignKey fields work, and what are the potential use cases of advanced signals?')
    expect([terms.get('field'), terms.get('potenti'), terms.get('advanc')]).toEqual(['generic', 'generic', 'generic'])
  })

  test('an identifier no concept names counts as a concept; a version number does not', () => {
    const terms = promptTerms('How does `full_clean()` use the `update_fields` of Django 4.2?')
    expect([terms.get('full_clean'), terms.get('update_fields'), terms.get('4.2')]).toEqual(['concept', 'concept', 'word'])
  })

  test('a hanging hyphen shares the ending of the next word', () => {
    const terms = promptTerms('When are pre- and post-save signals sent?')
    expect([terms.get('pre-save'), terms.get('post-save')]).toEqual(['concept', 'concept'])
    expect(promptTerms('Compare function- and class-based views.').get('function-based-views')).toBe('concept')
  })

  test('a dotted name the vocabulary does not know is named by its last part; a file stays itself', () => {
    expect(Object.fromEntries(promptTerms('What does django.contrib.auth provide?'))).toEqual({ authentication: 'concept' })
    expect(promptTerms('What goes in admin.py?').get('admin.py')).toBe('concept')
    expect(promptTerms('What goes in admin.py?').has('admin')).toBe(false)
  })

  test('a prompt about Django itself keeps Django as its subject', () => {
    expect([...promptTerms('What is Django?')]).toEqual([['django', 'concept']])
  })
})

describe('phrases', () => {
  test('a =word phrase matches that spelling only, where stems merge', () => {
    // "perform" and "performance" share the Porter2 stem "perform".
    const concept = (phrase: string) => compileVocabulary({ subject: 's', concepts: [{ id: 'speed', phrases: [phrase] }] })
    expect(terms('How fast is performance?', concept('=performance')).get('speed')).toBe('concept')
    expect(terms('How do you perform a query?', concept('=performance')).has('speed')).toBe(false)
    expect(terms('How do you perform a query?', concept('performance')).get('speed')).toBe('concept')
  })
})

describe('leadClause', () => {
  test.each([
    ['What are signals ? How do you create custom signals?', 'What are signals ?'],
    ['Define middleware in Django and explain its role in processing requests.', 'Define middleware in Django'],
    ['What is URL routing in Django, and how is it configured?', 'What is URL routing in Django'],
    ['How do you create custom middleware to handle cross-cutting concerns?', 'How do you create custom middleware'],
    ['WHAT IS URL ROUTING IN DJANGO, AND HOW IS IT CONFIGURED?', 'WHAT IS URL ROUTING IN DJANGO'],
    ['Define Middleware And Explain Its Role In Processing Requests.', 'Define Middleware'],
    ['Explain select_related and prefetch_related.', undefined],
  ])('%s → %s', (prompt, lead) => {
    expect(leadClause(prompt)).toBe(lead)
  })
})

describe('comparedConcepts', () => {
  const compared = (prompt: string) => {
    const set = comparedConcepts(prompt, compileVocabulary(django))
    return set === undefined ? undefined : [...set].sort()
  }
  test.each([
    ['Compare WSGI and ASGI, and explain why ASGI is important.', ['asgi', 'wsgi']],
    ['Under what circumstances would you choose ASGI over WSGI?', ['asgi', 'wsgi']],
    // "asynchronous" restates ASGI (it implies async); "architectural" is a minor concept.
    ['In which scenarios would you choose to keep a WSGI setup over an asynchronous protocol like ASGI?', ['asgi', 'wsgi']],
    ['Compare and contrast the architectural differences between WSGI and ASGI, especially in terms of concurrency.', ['asgi', 'wsgi']],
    ['What’s the difference between select_related and prefetch_related?', ['prefetch-related', 'select-related']],
    // Any form of the verb, and "rather than" / "instead of".
    ['When is a class-based view preferred over a function-based view?', ['class-based-views', 'function-based-views']],
    ['Why would you use select_related() rather than prefetch_related()?', ['prefetch-related', 'select-related']],
    ['When should you use ASGI instead of WSGI?', ['asgi', 'wsgi']],
    ['What is ASGI?', undefined],
    ['Compare Django with Flask.', undefined],
  ])('%s → %s', (prompt, expected) => {
    expect(compared(prompt)).toEqual(expected)
  })
})
