import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { inferDifficulty, type DifficultyDecision } from '../src/index.js'
import { django } from '../src/vocabularies/django.js'
import { draft } from './draft.js'

const rows: [string, string[] | undefined, DifficultyDecision | undefined][] = [
  // Stated by a heading of the section path (innermost first).
  ['What is a viewset?', ['Beginner Questions'], { level: 'beginner', origin: 'source', rule: 'section-heading' }],
  ['What is a viewset?', ['Basic Concepts'], { level: 'beginner', origin: 'source', rule: 'section-heading' }],
  ['What is a viewset?', ['Intermediate'], { level: 'intermediate', origin: 'source', rule: 'section-heading' }],
  ['How do mixins work?', ['5. Django REST Framework', '5B. Advanced DRF Topics'], { level: 'advanced', origin: 'source', rule: 'section-heading' }],
  ['What is a viewset?', ['Expert Level', 'Part 2'], { level: 'advanced', origin: 'source', rule: 'section-heading' }],
  ['What is a viewset?', ['Senior Developer Questions'], { level: 'advanced', origin: 'source', rule: 'section-heading' }],
  ['What is a viewset?', ['Advanced', 'Beginner Warm-up'], { level: 'beginner', origin: 'source', rule: 'section-heading' }],
  // A range states no single level.
  ['What is a viewset?', ['Beginner to Intermediate'], undefined],
  // Rules, only where confident.
  ['What strategies can you use to optimize ORM queries?', undefined, { level: 'advanced', origin: 'rule', rule: 'advanced-cue' }],
  ['What approaches can be taken to implement database sharding?', undefined, { level: 'advanced', origin: 'rule', rule: 'advanced-cue' }],
  ['What considerations apply to race conditions in async views?', undefined, { level: 'advanced', origin: 'rule', rule: 'advanced-cue' }],
  ['How do you implement a custom authentication backend?', undefined, { level: 'advanced', origin: 'rule', rule: 'advanced-cue' }],
  ['How do you run Django at scale?', undefined, { level: 'advanced', origin: 'rule', rule: 'advanced-cue' }],
  ['What is Django?', undefined, { level: 'beginner', origin: 'rule', rule: 'core-definition' }],
  ['What is a Django model?', undefined, { level: 'beginner', origin: 'rule', rule: 'core-definition' }],
  ['What is urls.py?', undefined, { level: 'beginner', origin: 'rule', rule: 'core-definition' }],
  ['Define a view.', undefined, { level: 'beginner', origin: 'rule', rule: 'core-definition' }],
  ['Explain Django migrations.', undefined, { level: 'beginner', origin: 'rule', rule: 'core-definition' }],
  ['What is the purpose of Django’s ‘context_processors’?', undefined, { level: 'beginner', origin: 'rule', rule: 'core-definition' }],
  // Not confident: left out.
  ['What is middleware in Django?', undefined, undefined],
  ['What are signals ? How do you create custom signals in Django ?', undefined, undefined],
  ['What is a Django model, and how is it used to represent data?', undefined, undefined],
  ['How do you pass dynamic data from views to templates?', undefined, undefined],
  ['What is the difference between select_related and prefetch_related?', undefined, undefined],
  ['Is Django good for beginners?', undefined, undefined],
]

describe('inferDifficulty', () => {
  test.each(rows)('%s (section %j) → %j', (prompt, section, expected) => {
    expect(inferDifficulty(draft(prompt, section === undefined ? {} : { section }), { vocabulary: django })).toEqual(expected)
  })

  test('a stated difficulty wins', () => {
    expect(inferDifficulty(draft('How do you optimize queries?', { difficulty: 'beginner' }), { vocabulary: django })).toEqual({ level: 'beginner', origin: 'source', rule: 'stated' })
  })

  test('a document title stating one level applies; a range does not', () => {
    expect(inferDifficulty(draft('How do mixins work?'), { vocabulary: django, documentTitle: 'Advanced Django Interview Questions' })).toEqual({ level: 'advanced', origin: 'source', rule: 'document-title' })
    expect(inferDifficulty(draft('How do mixins work?'), { vocabulary: django, documentTitle: 'Top 25 Questions (Beginner to Intermediate)' })).toBeUndefined()
  })

  test('the beginner rule follows the topic, which the caller may pass', () => {
    expect(inferDifficulty(draft('What is a viewset?'), { vocabulary: django })).toBeUndefined()
    // Without a vocabulary no topic is core: the definition rule needs subject knowledge.
    expect(inferDifficulty(draft('What is a viewset?'), { topic: 'views' })).toBeUndefined()
    expect(inferDifficulty(draft('What is a viewset?'), { vocabulary: django, topic: 'views' })).toEqual({ level: 'beginner', origin: 'rule', rule: 'core-definition' })
  })

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.option(fc.string(), { nil: undefined }), (prompt, section, title) => {
        const result = inferDifficulty(draft(prompt, { section }), title === undefined ? { vocabulary: django } : { vocabulary: django, documentTitle: title })
        if (result !== undefined) expect(['beginner', 'intermediate', 'advanced']).toContain(result.level)
      }),
    )
  })
})
