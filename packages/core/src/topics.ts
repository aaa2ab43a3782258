import type { Topic } from './topicIds.js'

/**
 * The controlled taxonomy of Django topics every question is filed under.
 *
 * Kept as plain data (no zod); the ids alone are in topicIds.ts so the
 * query path does not bundle these descriptions. A test checks both lists
 * name the same topics in the same order.
 * Adding a topic is a minor release; renaming or removing one is a major
 * release, because saved filters and quiz specs name topics by id.
 */
export const TOPICS = [
  { id: 'fundamentals', label: 'Fundamentals', description: 'What Django is, its philosophy, MVT architecture, projects versus apps, the request/response cycle.' },
  { id: 'settings', label: 'Settings & configuration', description: 'settings.py, environment-specific configuration, INSTALLED_APPS, DEBUG, ALLOWED_HOSTS, BASE_DIR.' },
  { id: 'tooling', label: 'Tooling & management commands', description: 'manage.py, django-admin, custom management commands, the shell, virtual environments.' },
  { id: 'models', label: 'Models', description: 'Model classes, fields, Meta options, relationships, validators, abstract and proxy models.' },
  { id: 'orm', label: 'ORM & querying', description: 'QuerySets, lookups, F and Q objects, aggregation, select_related/prefetch_related, raw SQL, transactions.' },
  { id: 'migrations', label: 'Migrations', description: 'makemigrations, migrate, migration files, dependencies, conflicts, data migrations.' },
  { id: 'views', label: 'Views', description: 'Function-based and class-based views, generic views, responses, pagination, error pages.' },
  { id: 'templates', label: 'Templates', description: 'The Django template language, inheritance, tags, filters, context processors.' },
  { id: 'urls', label: 'URL routing', description: 'urls.py, path/re_path, include, converters, reverse and named URLs, namespaces.' },
  { id: 'forms', label: 'Forms', description: 'Form and ModelForm, validation, cleaned_data, widgets, file uploads through forms.' },
  { id: 'admin', label: 'Admin', description: 'The admin site, ModelAdmin options, admin actions, superusers.' },
  { id: 'auth', label: 'Authentication & authorization', description: 'Users, permissions, groups, login, authentication backends, password handling.' },
  { id: 'sessions', label: 'Sessions & cookies', description: 'The session framework, session backends, cookies.' },
  { id: 'middleware', label: 'Middleware', description: 'The middleware stack, its order, writing custom middleware.' },
  { id: 'security', label: 'Security', description: 'CSRF, XSS, SQL injection, clickjacking, HTTPS/HSTS settings, secrets management.' },
  { id: 'signals', label: 'Signals', description: 'Built-in and custom signals, receivers, when signals are (not) appropriate.' },
  { id: 'caching', label: 'Caching', description: 'The cache framework, per-site/per-view/fragment caching, cache backends, invalidation.' },
  { id: 'performance', label: 'Performance & scaling', description: 'Query optimisation, profiling, scaling for traffic, load balancing, database replicas.' },
  { id: 'async', label: 'Async & background work', description: 'Async views, ASGI, Channels and WebSockets, Celery and task queues.' },
  { id: 'drf', label: 'Django REST Framework', description: 'Serializers, API views, viewsets, routers, authentication, permissions, throttling, versioning.' },
  { id: 'testing', label: 'Testing & debugging', description: 'The test runner, TestCase, the test client, RequestFactory, fixtures, debugging tools, logging.' },
  { id: 'deployment', label: 'Deployment', description: 'WSGI/ASGI servers, Gunicorn, Nginx, containers, CI/CD, production checklists.' },
  { id: 'static-files', label: 'Static & media files', description: 'STATIC_URL, collectstatic, STATIC_ROOT, media uploads and storage backends.' },
  { id: 'i18n', label: 'Internationalization', description: 'Translation, localization, time zones.' },
  { id: 'integrations', label: 'Integrations & ecosystem', description: 'Third-party apps, external APIs, GraphQL, NoSQL, front-end frameworks, multi-tenancy, contenttypes.' },
  { id: 'career', label: 'Career & interview practice', description: 'Questions about the candidate: experience, tools used, the future of Django.' },
] as const satisfies readonly (TopicInfo & { readonly id: Topic })[]

/** One entry of the topic taxonomy. */
export interface TopicInfo {
  /** Stable kebab-case id, used in records, filters and quiz specs. */
  readonly id: string
  /** Human-readable name for menus and charts. */
  readonly label: string
  /** What the topic covers, so contributors file questions consistently. */
  readonly description: string
}
