import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { classifyTopic, compileVocabulary, type TopicRule } from '../src/index.js'
import { django } from '../src/vocabularies/django.js'
import { draft } from './draft.js'

const subject = { vocabulary: django }
const TOPIC_IDS = compileVocabulary(django).priority

// prompt, section path, expected topic, expected rule
const rows: [string, string[] | undefined, string, TopicRule][] = [
  ['What is Django?', undefined, 'fundamentals', 'fallback'],
  ['Explain the MVT architecture of Django.', undefined, 'fundamentals', 'text'],
  ['Differentiate between a project and an app in Django.', undefined, 'fundamentals', 'text'],
  ['Describe the significance of the `INSTALLED_APPS` setting.', undefined, 'settings', 'text'],
  ['What is DEBUG in Django?', undefined, 'settings', 'text'],
  ['What tasks does the `manage.py` file automate within a Django project?', undefined, 'tooling', 'text'],
  ['What are Python Virtual Environments ?', undefined, 'tooling', 'text'],
  ['What is a Django model?', undefined, 'models', 'text'],
  ['What is a ForeignKey in Django?', undefined, 'models', 'text'],
  ['Explain Django’s ‘select_related’ and ‘prefetch_related.’', undefined, 'orm', 'text'],
  ['Explain how F objects are used to perform operations on field values within queries.', undefined, 'orm', 'text'],
  ['Explain Django migrations.', undefined, 'migrations', 'text'],
  ['Discuss Django’s ‘Class-Based Views.’', undefined, 'views', 'text'],
  ['What are Django template tags ?', undefined, 'templates', 'text'],
  ['What is the purpose of Django’s ‘context_processors’?', undefined, 'templates', 'text'],
  ['What is Django’s ‘reverse’ function used for?', undefined, 'urls', 'text'],
  ['How does Django handle URL routing?', undefined, 'urls', 'text'],
  ['What is a ModelForm and how does cleaned_data work?', undefined, 'forms', 'text'],
  ['How can you secure Django admin?', undefined, 'admin', 'text'],
  ['Explain Django’s authentication system.', undefined, 'auth', 'text'],
  ['How does session framework works in Django ?', undefined, 'sessions', 'text'],
  ['What are Middlewares ?', undefined, 'middleware', 'text'],
  ['What is CSRF ? How can you prevent csrf attack ?', undefined, 'security', 'text'],
  ['What is Django’s middleware ‘CsrfViewMiddleware’ used for?', undefined, 'security', 'text'],
  ['What are receiver functions in Django ?', undefined, 'signals', 'text'],
  ['Discuss Django’s cache framework.', undefined, 'caching', 'text'],
  ['Scaling Django Applications for High Traffic', undefined, 'performance', 'text'],
  ['Discuss Django’s ‘Celery.’', undefined, 'async', 'text'],
  ['How do you implement WebSocket connections using Django Channels?', undefined, 'async', 'text'],
  ['Describe the differences between `Serializer` and `ModelSerializer`.', undefined, 'drf', 'text'],
  ['How do throttle classes limit API request rates?', undefined, 'drf', 'text'],
  ['Explain Django’s ‘RequestFactory.’', undefined, 'testing', 'text'],
  ['What is Django’s ‘Gunicorn’?', undefined, 'servers', 'text'],
  ['How does containerization (using Docker) streamline Django deployments?', undefined, 'deployment', 'text'],
  ['What roles do the `wsgi.py` and `asgi.py` files play in a Django project?', undefined, 'servers', 'text'],
  ['How do you configure Django’s logging to capture errors?', undefined, 'logging', 'text'],
  ['How does Django handle static files?', undefined, 'static-files', 'text'],
  ['Explain how Django implements internationalization (i18n).', undefined, 'i18n', 'text'],
  ['Describe how Django can be integrated with GraphQL.', undefined, 'integrations', 'text'],
  ['What 3rd party Django apps you have used ?', undefined, 'integrations', 'text'],
  ['The Future of Django: Trends and Predictions', undefined, 'fundamentals', 'text'],
  // Section paths: a single named topic decides, several are narrowed by the text.
  ['Describe methods to implement soft deletes.', ['Questions', '2. Django Models, ORM, and Data Modeling', '2B. Django ORM & Querying Techniques'], 'orm', 'section'],
  ['In what ways can signals be utilized to manage user authentication events?', ['6. Django Signals'], 'signals', 'section'],
  ['How does Django’s CSRF middleware protect against forgery?', ['4. Django URL Routing and Middleware', '4B. Middleware in Django'], 'middleware', 'section'],
  ['How do you implement token-based authentication?', ['5. Django REST Framework (DRF)', '5B. Advanced DRF Topics: Authentication, Performance & Customization'], 'drf', 'section'],
  ['How does the `@login_required` decorator enforce authentication in views?', ['3. Django Views and Templates'], 'views', 'section+text'],
  ['How can the `{% block %}` and `{% extends %}` tags be used to reuse template layouts?', ['3. Django Views and Templates'], 'templates', 'section+text'],
  ['Describe strategies for exception handling in Django.', ['10. Django Testing, Debugging, and Deployment'], 'logging', 'text'],
  ['How do you write unit tests for views?', ['10. Django Testing, Debugging, and Deployment'], 'testing', 'section+text'],
  ['What strategies can be used to scale a Django application to handle increased traffic?', ['10. Django Testing, Debugging, and Deployment'], 'performance', 'text'],
  ['Why would you choose one over the other?', ['3. Django Views and Templates'], 'views', 'section-default'],
  // Grab-bag sections only nudge: the text still decides.
  ['What is the purpose of the `settings.py` file?', ['1. Django Fundamentals'], 'settings', 'text'],
  ['Explain what makes it high-level.', ['1. Django Fundamentals'], 'fundamentals', 'section-soft'],
  ['Describe how to implement custom management commands to automate routine tasks.', ['9. Django Advanced Topics & Integrations'], 'tooling', 'text'],
  ['How would you keep it maintainable?', ['9. Django Advanced Topics & Integrations'], 'integrations', 'section-soft'],
]

describe('classifyTopic', () => {
  test.each(rows)('%s (section %j) → %s by %s', (prompt, section, topic, rule) => {
    expect(classifyTopic(draft(prompt, section === undefined ? {} : { section }), subject)).toEqual({ topic, rule })
  })

  test('the table covers every topic of the vocabulary', () => {
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(TOPIC_IDS))
  })

  test('a stated topic is kept: resolved by id or label against the taxonomy, else as written (validation reports it)', () => {
    const taxonomy = { id: 'django', topics: [{ id: 'orm', label: 'ORM & querying' }, { id: 'views', label: 'Views' }] }
    expect(classifyTopic(draft('What is a view?', { topic: 'orm' }), { ...subject, taxonomy })).toEqual({ topic: 'orm', rule: 'stated' })
    expect(classifyTopic(draft('What is a view?', { topic: 'ORM & Querying' }), { ...subject, taxonomy })).toEqual({ topic: 'orm', rule: 'stated' })
    expect(classifyTopic(draft('What is a view?', { topic: 'database' }), { ...subject, taxonomy })).toEqual({ topic: 'database', rule: 'stated' })
  })

  test('the answer decides when the prompt names nothing', () => {
    const d = draft('Why would you use it?', { answer: 'Celery runs background tasks outside the request cycle.\n\nMore text.' })
    expect(classifyTopic(d, subject)).toEqual({ topic: 'async', rule: 'answer' })
  })

  test('a weak prompt is settled by its answer, a strong one is not', () => {
    expect(classifyTopic(draft('What is a Django project?', { answer: 'It holds deployment configuration and more deployment settings.' }), subject).topic).toBe('fundamentals')
    expect(classifyTopic(draft('Tell me about it.', { answer: 'Signals let apps react to events.' }), subject).topic).toBe('signals')
  })

  test('matching is on word boundaries, not substrings', () => {
    // "formatted" contains "form", "reformed" too; neither is about forms.
    expect(classifyTopic(draft('How is the formatted output reformed?'), subject).topic).toBe('fundamentals')
  })

  test('never throws and always returns a taxonomy topic', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: undefined }), fc.option(fc.string(), { nil: undefined }), (prompt, section, answer) => {
        const result = classifyTopic(draft(prompt, { ...(section === undefined ? {} : { section }), ...(answer === undefined ? {} : { answer }) }), subject)
        expect(TOPIC_IDS).toContain(result.topic)
      }),
    )
  })
})
