import { describe, expect, test } from 'vitest'
import { parseText } from '@quizbank/parsers'
import { linesToMarkdown } from '../src/formats/plain/linesToMarkdown.js'
import { parseQuestionHeading } from '../src/formats/plain/parseQuestionHeading.js'
import { repairScrapedLines } from '../src/formats/plain/repairScrapedLines.js'

const md = (lines: string[]) => linesToMarkdown(repairScrapedLines(lines))

describe('repairScrapedLines', () => {
  test('a lone "-" line and the item after it become one bullet', () => {
    expect(md(['Benefits:', '-', 'Fast: it is quick.', '-', 'Safe: it is checked.', 'That is all.'])).toBe(
      'Benefits:\n\n- Fast: it is quick.\n- Safe: it is checked.\n\nThat is all.',
    )
  })

  test('a trailing " -" moves to the next line, which starts a bullet', () => {
    expect(md(['- One: first item. -', 'Two: second item.'])).toBe('- One: first item.\n- Two: second item.')
  })

  test('inline code split across lines is joined back and put in backticks', () => {
    expect(md(['Query with methods like', 'filter()', ',exclude()', ', andannotate()', '. They chain.'])).toBe(
      'Query with methods like `filter()`, `exclude()`, and `annotate()`. They chain.',
    )
  })

  test('a lone capitalised code name between fragments, and a bullet glued after a sentence', () => {
    expect(md(['- The', 'User', 'model stores accounts. - A', 'Group', 'model holds permissions.'])).toBe(
      '- The `User` model stores accounts.\n- A `Group` model holds permissions.',
    )
  })

  test('continuation lines of plain prose are joined without backticks', () => {
    expect(md(['This command creates a file in the migrations', 'folder of your app.'])).toBe('This command creates a file in the migrations folder of your app.')
  })

  test('a colon-ended line keeps the command under it apart, as a code block', () => {
    expect(md(['Run the command:', 'python manage.py migrate', 'It applies migrations.'])).toBe('Run the command:\n\n```\npython manage.py migrate\n```\n\nIt applies migrations.')
  })

  test('code lines are never joined to prose, and keep their indentation', () => {
    expect(md(['A minimal app:', 'from flask import Flask', 'app = Flask(__name__)', 'def hello():', '    return "hi"', 'Run it with flask run.'])).toBe(
      'A minimal app:\n\n```\nfrom flask import Flask\napp = Flask(__name__)\ndef hello():\n    return "hi"\n```\n\nRun it with flask run.',
    )
  })

  test('a lone code name split out of a sentence is still joined back', () => {
    expect(md(['Applying decorators like', '@login_required', 'to views.'])).toBe('Applying decorators like `@login_required` to views.')
  })

  test('sub-heading lines followed by capitalised paragraphs are not joined', () => {
    expect(md(['Creating Migrations', 'Whenever you change a model, make a migration.'])).toBe('Creating Migrations\n\nWhenever you change a model, make a migration.')
  })
})

describe('parseQuestionHeading', () => {
  test.each([
    ['5. Question 1: Explaining the Architecture', { sectionNumber: '5', from: 1, to: 1, title: 'Explaining the Architecture' }],
    ['Question 2: Hooks', { from: 2, to: 2, title: 'Hooks' }],
    ['20. Question 16 to 20: Additional Questions', { sectionNumber: '20', from: 16, to: 20, title: 'Additional Questions' }],
    ['Questions 3–5: More', { from: 3, to: 5, title: 'More' }],
    ['Q4 - Routing', { from: 4, to: 4, title: 'Routing' }],
  ])('%s', (line, expected) => {
    expect(parseQuestionHeading(line)).toEqual(expected)
  })

  test.each(['Questions about testing', '3. Preparing for the interview', 'Question 5 to 2: backwards'])('not a question heading: %s', (line) => {
    expect(parseQuestionHeading(line)).toBeUndefined()
  })
})

describe('article format', () => {
  const article = [
    'Home',
    'Blog',
    'Top 4 Rust Interview Questions',
    '1. Why Rust',
    'Rust is popular for systems work.',
    '2. Question 1: Ownership Explained',
    'Every value has one owner. When the owner goes out of scope the value is dropped.',
    '3. Question 2 to 4: Further Topics',
    'Borrowing Rules',
    'Many shared references or one mutable reference, never both.',
    'Lifetimes',
    'Lifetimes tell the compiler how long references are valid.',
    'Traits',
    'Traits describe shared behaviour.',
    'By mastering these topics you will be well prepared.',
    '4. Conclusion',
    'Practise every day.',
  ].join('\n')

  test('Question K sections are questions; other sections, the range heading and its sign-off are skipped', () => {
    const r = parseText(article)
    expect(r.format).toBe('article')
    expect(r.questions.map((q) => [q.number, q.prompt, q.answer, q.lines.first, q.lines.last, q.promptInferred])).toEqual([
      ['1', 'Ownership Explained', 'Every value has one owner. When the owner goes out of scope the value is dropped.', 6, 7, false],
      ['2', 'Borrowing Rules', 'Many shared references or one mutable reference, never both.', 9, 10, false],
      ['3', 'Lifetimes', 'Lifetimes tell the compiler how long references are valid.', 11, 12, false],
      ['4', 'Traits', 'Traits describe shared behaviour.', 13, 14, false],
    ])
    expect(r.questions[1]?.section).toEqual(['3. Question 2 to 4: Further Topics'])
    expect(r.diagnostics.map((d) => [d.reason, d.lines?.first, d.lines?.last])).toEqual([
      ['chrome', 1, 2],
      ['title', 3, 3],
      ['non-question-section', 4, 5],
      ['heading', 8, 8],
      ['unrelated-prose', 15, 15],
      ['non-question-section', 16, 17],
    ])
    expect(r.meta).toEqual({ title: 'Top 4 Rust Interview Questions', declaredCount: 4 })
  })

  test('a range whose sub-topic count differs from the announced range warns', () => {
    const text = 'Question 1: Basics\nText one.\nQuestion 2 to 4: More\nOnly Topic\nA single paragraph here.\n'
    const r = parseText(text, { format: 'article' })
    expect(r.questions.map((q) => q.number)).toEqual(['1', '2'])
    expect(r.diagnostics.find((d) => d.code === 'range-mismatch')).toBeDefined()
  })

  test('question-shaped Question K lines are left to the question-answer format', () => {
    const text = 'Question 1: What is a pod?\n\nA pod groups containers.\n\nQuestion 2: What is a service?\n\nA stable address for pods.\n\nQuestion 3: What is a node?\n\nA worker machine.'
    expect(parseText(text).format).toBe('question-answer')
  })
})
