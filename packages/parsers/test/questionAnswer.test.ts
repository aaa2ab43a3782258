import { describe, expect, test } from 'vitest'
import { parseText } from '@quizbank/parsers'
import { parseAnswerLabel, parseQuestionLabel } from '../src/shared/labels.js'
import { parseNumberedLine } from '../src/formats/plain/numbering.js'

describe('labels and numbering', () => {
  test.each([
    ['Answer: It is.', 'It is.'],
    ['Ans. It is.', 'It is.'],
    ['Answer - It is.', 'It is.'],
    ['**Answer:** It is.', 'It is.'],
    ['A: It is.', 'It is.'],
    ['A – It is.', 'It is.'],
    ['Answer', ''],
  ])('answer label %s', (line, text) => {
    expect(parseAnswerLabel(line)).toEqual({ text })
  })

  test.each(['A. Option one', 'A-frame houses', 'Answering is hard.', 'Ansible is a tool.', 'An answer: no'])('not an answer label: %s', (line) => {
    expect(parseAnswerLabel(line)).toBeUndefined()
  })

  test.each([
    ['Q1) What?', '1', 'What?', 'question'],
    ['Q1. What?', '1', 'What?', 'question'],
    ['Question 12: What?', '12', 'What?', 'question'],
    ['Question 3 - What?', '3', 'What?', 'question'],
    ['  7. What?', '7', 'What?', 'plain'],
    ['7) What?', '7', 'What?', 'plain'],
    ['(7) What?', '7', 'What?', 'plain'],
  ])('numbered %s', (line, number, text, style) => {
    expect(parseNumberedLine(line)).toEqual({ number, text, style })
  })

  test.each(['3.5 million users', 'Quick question: why?', '2025 was a year'])('not numbered: %s', (line) => {
    expect(parseNumberedLine(line)).toBeUndefined()
  })

  test('question label', () => {
    expect(parseQuestionLabel('Q: What is ORM?')).toEqual({ text: 'What is ORM?' })
    expect(parseQuestionLabel('Question: What is ORM?')).toEqual({ text: 'What is ORM?' })
    expect(parseQuestionLabel('Quick note')).toBeUndefined()
  })
})

describe('question-answer format', () => {
  test('numbered questions with labelled answers, an intro pair, a section heading and trailing links', () => {
    const text = [
      'Top Go interview questions',
      '',
      'A guide for your next interview. It covers what gets asked most?',
      '',
      'Is Go hard to learn?',
      '',
      'No, the language is small and the tooling is simple.',
      '',
      'Core questions',
      '',
      '1. What is a goroutine?',
      '',
      'Answer: A function running concurrently with others.',
      '',
      '2. Explain channels.',
      '',
      'Answer: Typed conduits that goroutines use to communicate.',
      '',
      'Further reading',
      '',
      'Effective Go',
      '',
      'By working through these questions you will be ready for the interview.',
    ].join('\n')
    const r = parseText(text)
    expect(r.format).toBe('question-answer')
    expect(r.questions.map((q) => [q.number, q.prompt, q.answer, q.section])).toEqual([
      [undefined, 'Is Go hard to learn?', 'No, the language is small and the tooling is simple.', undefined],
      ['1', 'What is a goroutine?', 'A function running concurrently with others.', ['Core questions']],
      ['2', 'Explain channels.', 'Typed conduits that goroutines use to communicate.', ['Core questions']],
    ])
    expect(r.diagnostics.map((d) => [d.reason, d.lines?.first, d.lines?.last])).toEqual([
      ['title', 1, 1],
      ['preamble', 3, 3],
      ['heading', 9, 9],
      ['related-links', 19, 21],
      ['unrelated-prose', 23, 23],
    ])
    expect(r.meta.title).toBe('Top Go interview questions')
  })

  test('Q:/A: pairs without blank lines, multi-line answers', () => {
    const r = parseText('Q: What is REST?\nA: A style.\nQ: What is idempotent?\nA: Same effect once or many times.\nPUT is idempotent.\n')
    expect(r.format).toBe('question-answer')
    expect(r.questions.map((q) => [q.prompt, q.answer, q.lines])).toEqual([
      ['What is REST?', 'A style.', { first: 1, last: 2 }],
      ['What is idempotent?', 'Same effect once or many times.\n\nPUT is idempotent.', { first: 3, last: 5 }],
    ])
  })

  test('unlabelled multi-paragraph answers run until the next question; a numbered list inside an answer stays in it', () => {
    const text = [
      'Question 1: What is a join?',
      '',
      'A join combines rows from two tables:',
      '',
      '1. Inner join',
      '2. Left join',
      '',
      'Question 2: What is an index?',
      '',
      'A structure that speeds up lookups.',
      '',
      'Writes get slower.',
      '',
      'Question 3: What is a view?',
      '',
      'A stored query.',
    ].join('\n')
    const r = parseText(text)
    expect(r.format).toBe('question-answer')
    expect(r.questions.map((q) => [q.number, q.answer])).toEqual([
      ['1', 'A join combines rows from two tables:\n\n1. Inner join\n2. Left join'],
      ['2', 'A structure that speeds up lookups.\n\nWrites get slower.'],
      ['3', 'A stored query.'],
    ])
  })

  test('Q1) numbering with Ans: and Answer - labels', () => {
    const r = parseText('Q1) What is a tuple?\nAns: An immutable sequence.\n\nQ2) What is a set?\nAnswer - An unordered collection.\n')
    expect(r.questions.map((q) => [q.number, q.prompt, q.answer])).toEqual([
      ['1', 'What is a tuple?', 'An immutable sequence.'],
      ['2', 'What is a set?', 'An unordered collection.'],
    ])
  })

  test('prose questions inside answers of a numbered page are not questions', () => {
    const text = '1. What is caching?\n\nAnswer: Keeping results for reuse.\n\nWhy does it matter for performance?\n\nIt saves repeated work on every request.\n\n2. What is a CDN?\n\nAnswer: A network of edge servers.'
    const r = parseText(text)
    expect(r.questions.map((q) => q.prompt)).toEqual(['What is caching?', 'What is a CDN?'])
    expect(r.questions[0]?.answer).toContain('Why does it matter for performance?')
  })

  test('unnumbered FAQ: lone ? lines with answers; a title that names the questions is the title even with a ?', () => {
    const text = 'What are the most common Kafka interview questions?\n\nThis page lists them.\n\nWhat is a topic?\n\nA named stream of records.\n\nWhat is a partition?\n\nAn ordered slice of a topic.\n\nWhat is a consumer group?\n\nConsumers that share the reading.\n'
    const r = parseText(text)
    expect(r.format).toBe('question-answer')
    expect(r.meta.title).toBe('What are the most common Kafka interview questions?')
    expect(r.questions.map((q) => [q.prompt, q.answer])).toEqual([
      ['What is a topic?', 'A named stream of records.'],
      ['What is a partition?', 'An ordered slice of a topic.'],
      ['What is a consumer group?', 'Consumers that share the reading.'],
    ])
  })

  test('forced on a document without questions: everything accounted, no throw', () => {
    const r = parseText('Just a note.\n\nNothing to see.', { format: 'question-answer' })
    expect(r.questions).toEqual([])
    expect(r.coverage.skippedLines).toBe(2)
    expect(r.diagnostics.some((d) => d.reason === 'unclassified')).toBe(false)
  })
})

// Issue 11 (pathological suite): numbers had at most 4 digits, so a bank
// of more than 9,999 questions lost the rest, silently, into the answer of
// question 9,999.
test('question numbers past 9,999 still start questions', () => {
  let text = ''
  for (let i = 9996; i <= 10003; i++) text += `${i}. What is feature ${i} of the module?\nIt is the part ${i} that handles it.\n`
  const r = parseText(text)
  expect(r.format).toBe('question-answer')
  expect(r.questions.map((q) => q.prompt)).toEqual(Array.from({ length: 8 }, (_, i) => `What is feature ${9996 + i} of the module?`))
  expect(parseNumberedLine('123456. What is x?')?.number).toBe('123456')
})
