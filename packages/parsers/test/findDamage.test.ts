import { describe, expect, test } from 'vitest'
import { findDamage } from '../src/formats/findDamage.js'

describe('findDamage flags text that lost inline code', () => {
  test.each([
    ['In what order does middlewares listed in are executed when request comes ?', 'preposition-before-verb', 'in are'],
    ['What is the use of file ?', 'bare-generic-noun', 'of file ?'],
    ['What is the purpose of method?', 'bare-generic-noun', 'of method ?'],
    ['Which settings from are required?', 'preposition-before-verb', 'from are'],
    ['Explain the , and  hooks.', 'article-before-gap', 'the ,'],
    ['What does the  flag do?', 'double-space', 'the  flag'],
    ['What does the ‘’ setting control?', 'empty-quotes', '‘’'],
  ])('%s', (text, rule, cue) => {
    expect(findDamage(text)).toContainEqual({ kind: 'missing-inline-code', rule, cue })
  })
})

describe('findDamage leaves intact questions alone', () => {
  test.each([
    'What is Django used for?',
    'What is it made of?',
    'What is the use of the settings.py file?',
    'What is the use of `__init__.py` file?',
    'What is a file?',
    'How do you write data to a file?',
    'What is the difference between is and == in Python?',
    'Explain the in operator.',
    'What are the types of inheritance in Django?',
    'How do you create new project in Django ?',
    'What is CSRF ? How can you prevent csrf attack ?',
    'What’s the difference between select_related and prefetch_related in Django ORM?',
    'What are model manager and how do you write custom manager ?',
    'Explain Django ORM(Object-relational mapper) ?',
    'Which of these is faster?',
    'It works.  Then it stops.',
    'What is the role of files in a project?',
  ])('%s', (text) => {
    expect(findDamage(text)).toEqual([])
  })
})
