import type { Topic } from '@quizbank/core'

/**
 * A weighted phrase of {@link TOPIC_KEYWORDS}: `3` names the topic's own
 * subject (an identifier or a term used for nothing else), `2` is strongly
 * associated with it, `1` is a hint that only counts together with others.
 */
export type TopicKeyword = readonly [phrase: string, weight: 1 | 2 | 3]

/**
 * Phrases that point to each topic, matched on word boundaries after
 * tokenizing and light stemming (so `serializer` also matches "serializers",
 * and `class based view` matches "class-based views"). The longest phrase
 * wins at each position: "django rest framework" counts for `drf` once and
 * never as the word "rest". A phrase may appear under several topics
 * ("jwt" is both `auth` and `drf`).
 *
 * Keep phrases general Django vocabulary; never a seed document's wording.
 */
export const TOPIC_KEYWORDS: Readonly<Record<Topic, readonly TopicKeyword[]>> = {
  fundamentals: [
    ['mvt', 3], ['mtv', 3], ['mvc', 3], ['model view template', 3], ['model template view', 3], ['model view controller', 3],
    ['architecture', 2], ['architectural pattern', 3], ['batteries included', 3], ['web framework', 2], ['philosophy', 2],
    ['dry', 2], ["don't repeat yourself", 2], ['request response cycle', 2], ['project', 2], ['app', 2], ['framework', 1],
    ['beginner', 1], ['advantage', 1],
  ],
  settings: [
    ['settings.py', 3], ['setting', 2], ['settings module', 3], ['installed_apps', 3], ['base_dir', 3], ['allowed_hosts', 2],
    ['secret_key', 2], ['debug setting', 3], ['django_settings_module', 3], ['default_auto_field', 2], ['configuration', 1],
    ['environment variable', 2], ['different environment', 2], ['development testing production', 2], ['debug', 2],
  ],
  tooling: [
    ['manage.py', 3], ['django admin command', 3], ['management command', 3], ['startproject', 3], ['startapp', 3],
    ['runserver', 3], ['shell', 2], ['virtual environment', 3], ['virtualenv', 3], ['venv', 3], ['pip', 2],
    ['command line', 2], ['command', 1], ['create new project', 2], ['create new app', 2], ['create a new project', 2],
    ['create a new app', 2],
  ],
  models: [
    ['model', 2], ['model field', 3], ['field type', 3], ['field', 1], ['foreignkey', 3], ['foreign key', 3],
    ['onetoonefield', 3], ['manytomanyfield', 3], ['many to many', 2], ['one to one', 2], ['meta class', 3], ['meta', 2],
    ['abstract model', 3], ['proxy model', 3], ['save()', 2], ['save method', 2], ['get_absolute_url', 3],
    ['verbose_name', 3], ['help_text', 3], ['db_index', 3], ['unique_together', 3], ['soft delete', 3], ['validator', 2],
    ['model manager', 3], ['custom manager', 3], ['manager', 2], ['relationship', 2], ['filefield', 2], ['imagefield', 2],
    ['charfield', 3], ['integerfield', 3], ['datetimefield', 3], ['on_delete', 3], ['data modeling', 3], ['table', 1],
  ],
  orm: [
    ['orm', 3], ['object relational mapper', 3], ['object relational mapping', 3], ['queryset', 3], ['query', 2],
    ['select_related', 3], ['prefetch_related', 3], ['f object', 3], ['q object', 3], ['f expression', 3],
    ['annotate', 3], ['aggregate', 3], ['aggregation', 3], ['filter()', 2], ['exclude()', 3], ['get()', 2], ['filter', 1],
    ['values()', 3], ['values_list', 3], ['bulk_create', 3], ['bulk_update', 3], ['raw sql', 3], ['sql', 1],
    ['transaction', 3], ['atomic', 3], ['get_or_create', 3], ['update_or_create', 3], ['iterator', 2], ['defer', 2],
    ['only()', 2], ['exists()', 2], ['lookup', 2], ['database', 1], ['crud', 1], ['sharding', 2], ['partitioning', 2],
    ['connection pooling', 2], ['multiple databases', 2], ['database router', 3], ['lazy evaluation', 3], ['lazy', 2],
  ],
  migrations: [
    ['migration', 3], ['migrate', 3], ['makemigrations', 3], ['squashmigrations', 3], ['sqlmigrate', 3],
    ['showmigrations', 3], ['schema', 2], ['data migration', 3], ['database schema', 3],
  ],
  views: [
    ['view', 2], ['function based view', 3], ['class based view', 3], ['fbv', 3], ['cbv', 3], ['generic view', 3],
    ['listview', 3], ['detailview', 3], ['updateview', 3], ['deleteview', 3], ['createview', 3], ['templateview', 3],
    ['httpresponse', 2], ['jsonresponse', 2], ['templateresponse', 2], ['render()', 2], ['redirect()', 2],
    ['pagination', 1], ['404', 2], ['500', 1], ['error page', 2], ['dispatch()', 2], ['get_context_data', 2],
    ['mixin', 1], ['decorator', 1], ['request object', 2], ['jsonresponsemixin', 3],
  ],
  templates: [
    ['template', 3], ['template tag', 3], ['template filter', 3], ['dtl', 3], ['template language', 3],
    ['template system', 3], ['template engine', 3], ['context processor', 3], ['context_processors', 3], ['block', 2],
    ['extends', 2], ['template inheritance', 3], ['jinja2', 3], ['context', 1], ['escaping', 1], ['html', 1],
    ['dynamic content', 1], ['rendering', 1],
  ],
  urls: [
    ['url', 2], ['urls.py', 3], ['url routing', 3], ['routing', 2], ['url pattern', 3], ['urlpatterns', 3],
    ['urlconf', 3], ['path()', 2], ['re_path', 3], ['include()', 2], ['reverse', 2], ['reverse()', 3], ['url dispatcher', 3],
    ['namespace', 2], ['url converter', 3], ['converter', 2], ['trailing slash', 3], ['named url', 3], ['url parameter', 3],
  ],
  forms: [
    ['form', 3], ['modelform', 3], ['cleaned_data', 3], ['widget', 3], ['is_valid', 3], ['formset', 3],
    ['form validation', 3], ['form submission', 3],
  ],
  admin: [
    ['admin', 3], ['admin interface', 3], ['admin site', 3], ['admin panel', 3], ['modeladmin', 3],
    ['admin action', 3], ['superuser', 3], ['createsuperuser', 3], ['list_display', 3],
  ],
  auth: [
    ['authentication', 3], ['authorization', 2], ['auth', 3], ['login', 2], ['logout', 2], ['login_required', 3],
    ['user model', 3], ['custom user', 3], ['permission', 2], ['group', 1], ['password', 2], ['password hashing', 3],
    ['authentication backend', 3], ['abstractuser', 3], ['abstractbaseuser', 3], ['jwt', 2], ['json web token', 2],
    ['token', 1], ['user', 1],
  ],
  sessions: [['session', 3], ['session framework', 3], ['session backend', 3], ['cookie', 2]],
  middleware: [
    ['middleware', 3], ['process_request', 3], ['process_response', 3], ['process_view', 3], ['process_exception', 3],
    ['get_response', 2], ['middlewaremixin', 3], ['middleware mixin', 3], ['commonmiddleware', 3],
  ],
  security: [
    ['security', 2], ['secure', 2], ['csrf', 3], ['csrfviewmiddleware', 3], ['xss', 3], ['cross site scripting', 3],
    ['cross site request forgery', 3], ['sql injection', 3], ['clickjacking', 3], ['x frame options', 3], ['hsts', 3],
    ['http strict transport security', 3], ['https', 2], ['ssl', 2], ['secure_ssl_redirect', 3], ['secure_hsts_seconds', 3],
    ['session_cookie_secure', 3], ['csrf_cookie_secure', 3], ['secure_referrer_policy', 3], ['vulnerability', 2],
    ['attack', 2], ['brute force', 2], ['penetration test', 3], ['security audit', 3], ['sensitive information', 2],
    ['api key', 1], ['password validator', 2], ['host header', 2], ['csrf_token', 3], ['csrf_exempt', 3], ['secret', 1],
  ],
  signals: [
    ['signal', 3], ['receiver', 3], ['post_save', 3], ['pre_save', 3], ['post_delete', 3], ['pre_delete', 3],
    ['m2m_changed', 3], ['request_started', 3], ['request_finished', 3], ['class_prepared', 3], ['post_migrate', 3],
  ],
  caching: [
    ['cache', 3], ['caching', 3], ['memcached', 3], ['cache_page', 3], ['cache invalidation', 3], ['redis', 1],
  ],
  performance: [
    ['performance', 2], ['optimize', 2], ['optimization', 2], ['query optimization', 3], ['scale', 2], ['scaling', 2],
    ['scalability', 2], ['high traffic', 3], ['increased traffic', 3], ['traffic', 2], ['load balancing', 3],
    ['load balancer', 3], ['replica', 2], ['replication', 2], ['bottleneck', 3], ['profiling', 3], ['profile', 2],
    ['latency', 2], ['database indexing', 3], ['indexing', 2], ['n 1 query', 3],
  ],
  async: [
    ['async', 3], ['asynchronous', 3], ['async def', 3], ['asgi', 2], ['asgi.py', 2], ['celery', 3], ['channels', 3],
    ['websocket', 3], ['sync_to_async', 3], ['async_to_sync', 3], ['task queue', 3],
    ['background task', 3], ['background job', 3], ['real time', 2], ['concurrency', 2], ['await', 2], ['event loop', 3],
    ['daphne', 2], ['uvicorn', 2], ['rabbitmq', 2], ['long running', 2], ['non blocking', 2], ['synchronous', 1],
  ],
  drf: [
    ['drf', 3], ['rest framework', 3], ['django rest framework', 3], ['serializer', 3], ['modelserializer', 3],
    ['hyperlinkedmodelserializer', 3], ['listserializer', 3], ['serialization', 3], ['viewset', 3], ['modelviewset', 3],
    ['router', 3], ['apiview', 3], ['api_view', 3], ['api', 1], ['rest', 2], ['restful', 3], ['throttling', 3],
    ['throttle', 3], ['api versioning', 3], ['versioning', 2], ['browsableapirenderer', 3], ['hateoas', 3],
    ['schemagenerator', 3], ['isauthenticated', 3], ['isadminuser', 3], ['endpoint', 2], ['jwt', 2],
    ['token based authentication', 2], ['api development', 3],
  ],
  testing: [
    ['test', 3], ['testing', 3], ['unit test', 3], ['testcase', 3], ['test client', 3], ['requestfactory', 3],
    ['fixture', 3], ['assertcontains', 3], ['debug', 2], ['debug toolbar', 3], ['logging', 2],
    ['pytest', 3], ['test driven development', 3], ['tdd', 3], ['coverage', 2], ['mock', 2], ['error reporting', 2],
    ['exception handling', 1], ['monitor', 1], ['logging configuration', 3],
  ],
  deployment: [
    ['deploy', 3], ['deployment', 3], ['production', 2], ['gunicorn', 3], ['uwsgi', 3], ['mod_wsgi', 3], ['nginx', 3],
    ['apache', 2], ['wsgi', 2], ['wsgi.py', 2], ['asgi.py', 2], ['asgi', 1], ['docker', 3], ['kubernetes', 3],
    ['containerization', 3], ['containerize', 3], ['ci cd', 3], ['continuous integration', 3], ['pipeline', 1],
    ['reverse proxy', 3], ['heroku', 3], ['aws', 2], ['serverless', 2], ['hosting', 2], ['web server', 2], ['server', 1],
    ['version control', 2], ['git', 2], ['blue green', 3], ['high availability', 2],
  ],
  'static-files': [
    ['static file', 3], ['static', 2], ['media file', 3], ['media', 2], ['collectstatic', 3], ['static_url', 3],
    ['static_root', 3], ['staticfiles_dirs', 3], ['media_root', 3], ['media_url', 3], ['whitenoise', 3], ['cdn', 2],
    ['storage backend', 3], ['file upload', 2], ['upload', 1],
  ],
  i18n: [
    ['i18n', 3], ['l10n', 3], ['internationalization', 3], ['localization', 3], ['translation', 3], ['gettext', 3],
    ['time zone', 3], ['multiple languages', 3], ['language', 2], ['locale', 3],
  ],
  integrations: [
    ['third party', 2], ['3rd party', 2], ['external api', 3], ['external service', 3], ['graphql', 3], ['nosql', 3],
    ['mongodb', 3], ['react', 3], ['angular', 3], ['vue', 3], ['front end framework', 3], ['frontend', 2],
    ['multi tenancy', 3], ['multi tenant', 3], ['contenttype', 3], ['content type', 3], ['genericforeignkey', 3],
    ['generic relationship', 3], ['django.contrib.postgres', 3], ['postgresql', 2], ['microservice', 3],
    ['elasticsearch', 3], ['payment', 2], ['integrate', 2], ['integration', 2], ['package', 1], ['extension', 1],
  ],
  career: [
    ['you have used', 3], ['have you used', 3], ['your experience', 3], ['have you', 2], ['future of django', 3],
    ['trend', 2], ['prediction', 2], ['career', 3], ['real world example', 1], ['you used', 2],
  ],
}

/**
 * Tie-break order: when two topics score the same, the earlier one wins.
 * Narrow, named subjects come before the broad areas that mention them
 * (a CSRF middleware question is about `security` before `middleware`;
 * a serializer view is `drf` before `views`), and `fundamentals` is last
 * because it is also the fallback.
 */
export const TOPIC_PRIORITY: readonly Topic[] = [
  'career', 'drf', 'async', 'signals', 'security', 'middleware', 'caching', 'migrations', 'i18n', 'static-files', 'orm',
  'admin', 'forms', 'templates', 'urls', 'auth', 'sessions', 'settings', 'testing', 'deployment', 'performance',
  'tooling', 'integrations', 'models', 'views', 'fundamentals',
]
