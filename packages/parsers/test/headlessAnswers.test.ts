// Unit tests of the headless-answers format: prompt inference from an
// answer's opening sentence, the sentence reading behind it, and the
// segmentation rules (what starts a block, what does not, what is skipped).
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseText, type SourceDocument } from '@quizbank/parsers'
import { analyzeOpening } from '../src/formats/headless/analyzeOpening.js'
import { findTrailingChrome } from '../src/formats/headless/classifyChrome.js'
import { chromeKind } from '../src/shared/furniture.js'
import { findDeclaredCount } from '../src/shared/declaredCount.js'
import { inferPrompt } from '../src/formats/headless/inferPrompt.js'
import { repairListItems } from '../src/formats/headless/repairListItems.js'
import { renderAnswer } from '../src/formats/headless/renderAnswer.js'
import { splitSentences } from '../src/formats/headless/splitSentences.js'
import { headlessAnswersFormat } from '../src/formats/registry.js'

const headless = (text: string) => parseText(text, { format: 'headless-answers', sourceName: 'doc.txt' })
const docOf = (text: string): SourceDocument => ({ text, lines: text.split('\n'), name: 'doc.txt' })

describe('inferPrompt', () => {
  const style = { properNouns: new Set(['Django', 'Python']), codeIdentifiers: new Set(['DEBUG']) }
  test.each([
    ['Middleware in Django is a framework of hooks that processes requests.', 'What is middleware in Django?'],
    ['Migrations in Django are version control mechanisms for your database schema.', 'What are migrations in Django?'],
    ['A Django Project is the top-level container that holds the configuration.', 'What is a Django Project?'],
    ['Both get() and filter() are QuerySet methods used to retrieve data.', 'What is the difference between `get()` and `filter()`?'],
    ['Deploying a Django application involves running it on a production server.', 'What does deploying a Django application involve?'],
    ['urls.py is responsible for routing incoming HTTP requests.', 'What is `urls.py` responsible for?'],
    ['A ForeignKey in Django creates a many-to-one relationship between two models.', 'What does a ForeignKey in Django create?'],
    ['DEBUG is a Django setting that controls whether error pages are shown.', 'What is `DEBUG`?'],
    ['ALLOWED_HOSTS is a list of host names the site may serve.', 'What is `ALLOWED_HOSTS`?'],
    ['ORM (Object-Relational Mapping) in Django is a powerful abstraction layer.', 'What is ORM in Django?'],
    ['Forms in Django are used to handle user input and validate data.', 'What are forms in Django used for?'],
    ['A Template in Django defines the presentation layer of the application.', 'What is a Template in Django?'],
    ['Django follows the Model-View-Template (MVT) architectural pattern, a variation of MVC.', 'What architectural pattern does Django follow?'],
    ['Django is a high-level Python web framework designed for rapid development.', 'What is Django?'],
    ['Static files are files that do not change dynamically.', 'What are static files?'],
    ['self refers to the instance on which a method is called.', 'What is `self`?'],
    ['new and delete are operators that manage dynamic memory.', 'What are `new` and `delete`?'],
    ['*args and **kwargs are used to pass a variable number of arguments.', 'What are `*args` and `**kwargs` used for?'],
    ['HashMap and Hashtable both store key-value pairs, but only one is synchronized.', 'What is the difference between HashMap and Hashtable?'],
    ['Lists and tuples both hold ordered items, but lists are mutable.', 'What is the difference between lists and tuples?'],
    ['The difference between DELETE and TRUNCATE is that one logs every row.', 'What is the difference between DELETE and TRUNCATE?'],
    ['JDK, JRE and JVM are the three core pieces of the Java platform.', 'What are JDK, JRE and JVM?'],
    ['Virtual functions enable runtime polymorphism in C++.', 'What do virtual functions enable?'],
    ["Hoisting is JavaScript's default behavior of moving declarations to the top.", 'What is hoisting?'],
    ['Persistence in Redis refers to saving the in-memory dataset to disk.', 'What is persistence in Redis?'],
    ['let, const and var are the three keywords used to declare variables.', 'What are `let`, `const` and `var`?'],
    ['async/await is syntactic sugar over promises.', 'What is `async/await`?'],
    ['null and undefined both represent missing values.', 'What is the difference between `null` and `undefined`?'],
  ])('%s', (sentence, prompt) => {
    const opening = analyzeOpening(sentence)
    expect(opening).not.toBeNull()
    if (opening !== null) expect(inferPrompt(opening, style)).toBe(prompt)
  })

  // Opening shapes met on real pages beyond the seed: a fronted scope, an
  // appositive, a kinds list, a procedure, an adverb before an unlisted verb,
  // and "X and Y both <verb>".
  test.each([
    ['In Java, a static method is a method that belongs to the class rather than to an instance.', 'What is a static method in Java?'],
    ['ACID, short for atomicity, consistency, isolation and durability, is a set of properties of database transactions.', 'What is ACID?'],
    ['There are three types of joins in SQL: inner, outer and cross joins.', 'What are the types of joins in SQL?'],
    ['To create a virtual environment, you run python -m venv followed by a folder name.', 'How do you create a virtual environment?'],
    ['The Horizontal Pod Autoscaler automatically scales the number of pods based on CPU usage.', 'What does the Horizontal Pod Autoscaler do?'],
    ['Containers and virtual machines both isolate workloads, but containers share the host kernel.', 'What is the difference between containers and virtual machines?'],
  ])('%s', (sentence, prompt) => {
    const opening = analyzeOpening(sentence)
    expect(opening).not.toBeNull()
    if (opening !== null) expect(inferPrompt(opening, { properNouns: new Set(['Java', 'Kubernetes']), codeIdentifiers: new Set() })).toBe(prompt)
  })

  test('without profile facts a sentence-initial Title-case word is lower-cased', () => {
    const opening = analyzeOpening('Caching is a technique that stores computed results for reuse.')
    expect(opening === null ? null : inferPrompt(opening)).toBe('What is caching?')
  })
})

describe('analyzeOpening', () => {
  test.each([
    ['a pronoun subject', 'It acts like a layer between the web server and the view.'],
    ['a quantifier subject', 'Each app handles one core feature such as authentication.'],
    ['a modal in the subject', 'A single Django project can contain multiple apps.'],
    ['a subordinate clause', 'When a user sends a request, the view runs.'],
    ['a question', 'What is a QuerySet?'],
    ['a capitalised heading noun that looks like a verb', 'Common Uses of Middleware:'],
    ['an adverb before the verb', 'Django automatically translates this Python code into SQL.'],
    ['a list item', '- A Project is the complete website configuration.'],
    ['two words glued by a scraper', 'migrateapplies those changes to the database.'],
  ])('rejects %s', (_why, sentence) => {
    expect(analyzeOpening(sentence)).toBeNull()
  })

  test('reads subject, verb class, scope and article', () => {
    expect(analyzeOpening('A QuerySet in Django is a collection of database queries.')).toMatchObject({
      kind: 'definition',
      subject: 'A QuerySet in Django',
      verb: 'is',
      verbClass: 'copula',
      scope: 'Django',
      article: 'a',
      plural: false,
      leadIn: false,
    })
  })

  test('marks commentary and lead-ins', () => {
    expect(analyzeOpening('The order of middleware in MIDDLEWARE is critical because requests pass top-down.')?.verbClass).toBe('weak')
    expect(analyzeOpening('Django provides a built-in Form API that simplifies:')?.leadIn).toBe(true)
  })
})

describe('splitSentences', () => {
  test('splits at a scraper glue but not inside file names or abbreviations', () => {
    const sentences = splitSentences('Use env vars, e.g. DEBUG in settings.py instead.How Django Uses settings.py Internally:')
    expect(sentences.map((s) => [s.text, s.glued])).toEqual([
      ['Use env vars, e.g. DEBUG in settings.py instead.', false],
      ['How Django Uses settings.py Internally:', true],
    ])
    expect(sentences[1]?.start).toBe(48)
  })
})

describe('segmentation', () => {
  test('sub-definitions after a list and a question line inside an answer do not start blocks', () => {
    const result = headless(
      [
        'Acme Framework Questions',
        'A Widget in Acme is a reusable piece of user interface that renders itself from a template and a context.',
        'It is registered once and used on many pages.',
        'Widget kinds:',
        '- Simple widgets',
        '- Composite widgets',
        'A Widget is a component.',
        'A Page is a container for widgets that maps to exactly one URL of the site.',
        'What is a Slot?',
        'A Slot is a named place in a page layout where widgets are rendered.',
        'A Router in Acme is the object that maps incoming URLs to pages and resolves their parameters before rendering.',
        'It is configured once at start-up.',
      ].join('\n'),
    )
    expect(result.questions.map((q) => [q.prompt, q.lines])).toEqual([
      ['What is a Widget in Acme?', { first: 2, last: 10 }],
      ['What is a Router in Acme?', { first: 11, last: 12 }],
    ])
    expect(result.meta.title).toBe('Acme Framework Questions')
    expect(result.questions.every((q) => q.promptInferred)).toBe(true)
  })

  test('a block glued mid-line ends the previous one there; both claim the line', () => {
    const result = headless(
      [
        'Top 2 Acme Questions',
        'A Widget in Acme is a reusable piece of user interface that renders itself from a template.',
        'Render it with the widget tag.Forms in Acme are used to collect and validate user input on a page.',
        'Each form has fields.',
      ].join('\n'),
    )
    expect(result.questions.map((q) => q.lines)).toEqual([
      { first: 2, last: 3 },
      { first: 3, last: 4 },
    ])
    expect(result.questions[0]?.answer).toBe(
      'A Widget in Acme is a reusable piece of user interface that renders itself from a template.\n\nRender it with the widget tag.',
    )
    expect(result.questions[1]?.answer).toBe('Forms in Acme are used to collect and validate user input on a page.\n\nEach form has fields.')
    expect(result.questions[1]?.damaged).toEqual(['glued-text'])
    expect(result.meta.declaredCount).toBe(2)
  })

  test('a declared count picks that many of the best starts', () => {
    const blocks = ['Widget', 'Router', 'Handler'].map(
      (name) => `A ${name} in Acme is a component that handles one part of the request cycle for the application.\nIt is configured in the settings file.`,
    )
    // Weaker openings in between: a short sub-definition and a commentary sentence.
    const body = [blocks[0], 'A Slot is a place.', blocks[1], 'The order of routers is critical because the first match wins.', blocks[2]].join('\n')
    const result = headless(`Top 3 Acme Interview Questions\n${body}`)
    expect(result.questions.map((q) => q.prompt)).toEqual(['What is a Widget in Acme?', 'What is a Router in Acme?', 'What is a Handler in Acme?'])
    expect(result.questions.map((q) => q.lines.first)).toEqual([2, 5, 8])
    expect(result.diagnostics.filter((d) => d.code === 'declared-count-mismatch')).toEqual([])
  })

  test('a declared count far from the strong openings is reported', () => {
    const result = headless(
      'Top 12 Acme Interview Questions\nA Widget in Acme is a reusable piece of user interface that renders itself from a template.\nA Router in Acme is the object that maps incoming URLs to pages before rendering them.\n',
    )
    expect(result.questions).toHaveLength(2)
    expect(result.diagnostics.find((d) => d.code === 'declared-count-mismatch')?.severity).toBe('warning')
  })

  test('page furniture before and after the blocks is skipped with its reason', () => {
    const result = headless(
      [
        '3 Views',
        'Acme Interview Questions Acme Tutorial Acme Widgets Acme Routing Web Development Guide',
        'Top 2 Acme Interview Questions',
        'A Widget in Acme is a reusable piece of user interface that renders itself from a template.',
        '- Simple widgets',
        'A Router in Acme is the object that maps incoming URLs to pages before rendering them.',
        'Recent Interview Questions',
        '- Top 25 Other Interview Questions (2026 Guide)',
        '© 2026 Example. All rights reserved.',
      ].join('\n'),
    )
    expect(result.questions.map((q) => q.lines)).toEqual([
      { first: 4, last: 5 },
      { first: 6, last: 6 },
    ])
    expect(result.diagnostics.filter((d) => d.code === 'skipped').map((d) => [d.reason, d.lines])).toEqual([
      ['chrome', { first: 1, last: 2 }],
      ['title', { first: 3, last: 3 }],
      ['related-links', { first: 7, last: 8 }],
      ['chrome', { first: 9, last: 9 }],
    ])
    expect(result.coverage.questionLines + result.coverage.skippedLines).toBe(result.coverage.nonBlankLines)
  })

  test('with no opening found nothing is invented and the lines stay visible as unclassified', () => {
    const result = headless('just some words\nand more words\n')
    expect(result.questions).toEqual([])
    expect(result.diagnostics.some((d) => d.reason === 'unclassified')).toBe(true)
  })

  test('never throws and accounts for every line', () => {
    const pieces = fc.constantFrom(
      'Middleware in Django is a framework of hooks.',
      'Top 3 Django Interview Questions',
      'x.Forms in Django are used to handle input.',
      '- item',
      'Lead-in:',
      '├── a.py',
      'def f():',
      'What is X?',
      '© 2026 Site',
      'Related Posts',
      '',
    )
    const docs = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 30 })), { maxLength: 30 }).map((l) => l.join('\n')))
    fc.assert(
      fc.property(docs, (text) => {
        const r = headless(text)
        expect(r.coverage.questionLines + r.coverage.skippedLines).toBe(r.coverage.nonBlankLines)
        expect(r.diagnostics.some((d) => d.code === 'parser-failure')).toBe(false)
      }),
      { numRuns: 200 },
    )
  })
})

describe('detect', () => {
  const headlessDoc = [
    'Top 3 Acme Interview Questions',
    'A Widget in Acme is a reusable piece of user interface that renders itself from a template and a context.',
    'It is registered once and used on many pages.',
    '- Simple widgets',
    '- Composite widgets',
    'A Router in Acme is the object that maps incoming URLs to pages and resolves their parameters.',
    'It is configured at start-up.',
    'Middleware in Acme is a chain of hooks that wraps every request and response of the application.',
    'It runs in the order it is listed.',
  ].join('\n')

  test('scores a stream of definitions high', () => {
    expect(headlessAnswersFormat.detect(docOf(headlessDoc))).toBeGreaterThan(0.7)
  })

  test.each([
    ['printed questions with answers', headlessDoc.replace(/^(A|Middleware)/gm, 'What is this?\nAnswer: $1')],
    ['a markdown document', `# Acme\n\n## Widgets\n\n${headlessDoc.replace(/^A /gm, '**Q:** A ')}`],
    ['numbered questions', headlessDoc.replace(/^(A|Middleware)/gm, (m) => `1. What is it?\n${m}`)],
  ])('stays low for %s', (_name, text) => {
    expect(headlessAnswersFormat.detect(docOf(text))).toBeLessThan(0.5)
  })
})

describe('line helpers', () => {
  test.each([
    ['3 Views', 'counter'],
    ['Django Interview Questions Django Tutorial Django ORM Django Forms Python Web Development', 'tag-cloud'],
    ['© 2026 Notes. All rights reserved.', 'copyright'],
    ['Home / Databases / PostgreSQL', 'breadcrumb'],
    ['Posted by Jane Doe', 'byline'],
    ['Share this article', 'footer'],
    ['Django is a high-level Python web framework.', null],
  ])('chromeKind(%j)', (line, kind) => {
    expect(chromeKind(line)).toBe(kind)
  })

  test('findTrailingChrome takes a related heading with its links, and the copyright', () => {
    expect(findTrailingChrome(['Answer text.', '- a point', 'Related Posts', '- Other article', 'Another article', '© 2026 Site'])).toEqual({
      start: 2,
      skipped: [
        { first: 3, last: 5, reason: 'related-links', detail: 'Related Posts' },
        { first: 6, last: 6, reason: 'chrome', detail: 'copyright' },
      ],
    })
  })

  test.each([
    ['Top 25 Django Interview Questions and Answers (Beginner to Intermediate)', 25],
    ['40 SQL Questions for Beginners', 40],
    ['5 Redis Interview Questions Every Backend Developer Should Know', 5],
    ['Django Interview Questions (2026 Edition)', null],
    ['3 Views', null],
  ])('findDeclaredCount(%j)', (title, count) => {
    expect(findDeclaredCount([title])?.count ?? null).toBe(count)
  })

  test('repairListItems rejoins items split at inline code', () => {
    expect(repairListItems(['- Set', 'DEBUG = False - Configure', 'ALLOWED_HOSTS - Use environment variables', '- Enable HTTPS'])).toEqual({
      lines: ['- Set DEBUG = False', '- Configure ALLOWED_HOSTS', '- Use environment variables', '- Enable HTTPS'],
      repaired: true,
    })
    expect(repairListItems(['- CSS files', 'They are used for design.']).repaired).toBe(false)
  })

  test('renderAnswer keeps lists, fences code and trees, escapes markdown-like prose', () => {
    expect(renderAnswer(['Static files are files.', 'These include:', '- CSS', '- Images', 'class Post(models.Model):', '# comment', '├── static/', '#1 rule: keep it simple.'])).toBe(
      'Static files are files.\n\nThese include:\n\n- CSS\n- Images\n\n```\nclass Post(models.Model):\n# comment\n├── static/\n```\n\n\\#1 rule: keep it simple.',
    )
  })
})
