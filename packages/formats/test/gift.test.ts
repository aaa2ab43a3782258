import type { Question } from '@quizbank/core'
import { questions as corpus } from '@quizbank/corpus'
import fc from 'fast-check'
import { parse, type GIFTQuestion } from 'gift-pegjs'
import { describe, expect, test } from 'vitest'
import { escapeGift, fromGift, toGift } from '@quizbank/formats'
import { questions, setOf } from './helpers/arbitraries.js'

/** What gift-pegjs (an independent GIFT parser) reads for each question, in our terms. */
function readByGiftPegjs(text: string) {
  return (parse(text) as GIFTQuestion[])
    .filter((q) => q.type !== 'Category')
    .map((q) => {
      const g = q as Extract<GIFTQuestion, { type: 'MC' | 'Essay' | 'TF' }>
      // `-\>` is how toGift keeps Moodle from reading "->" in an answer as a matching question; markdown shows it as "->".
      const plain = (s: string) => s.replace(/-\\>/g, '->')
      return {
        type: g.type,
        title: g.title,
        id: g.id,
        tags: g.tags ?? [],
        stem: g.stem.text,
        answer: g.globalFeedback === null ? undefined : plain(g.globalFeedback.text),
        choices: g.type === 'MC' ? g.choices.map((c) => ({ text: plain(c.text.text), correct: c.isCorrect || (c.weight ?? 0) > 0 })) : g.type === 'TF' ? g.isTrue : undefined,
      }
    })
}

function expected(q: Question) {
  const choices = q.choices
  const trueFalse = choices?.length === 2 && choices[0]?.text === 'True' && choices[1]?.text === 'False'
  return {
    type: choices === undefined ? 'Essay' : trueFalse ? 'TF' : 'MC',
    title: q.id,
    id: q.id,
    tags: q.tags,
    stem: q.prompt,
    answer: q.answer,
    choices: trueFalse ? choices[0]?.correct : choices,
  }
}

describe('toGift is read by gift-pegjs', () => {
  test('every corpus question, with the right type, title, stem and answer', () => {
    const { text } = toGift(corpus)
    expect(readByGiftPegjs(text)).toEqual(corpus.map(expected))
  })

  test('random questions with every special character: type, title, stem, choices, answer, tags', () => {
    fc.assert(
      fc.property(questions(), (qs) => {
        expect(readByGiftPegjs(toGift(setOf(qs)).text)).toEqual(qs.map(expected))
      }),
      { numRuns: 200 },
    )
  })

  test('escapeGift: random text with {}=~#:\\ comes back from gift-pegjs unchanged', () => {
    const special = fc.constantFrom('{', '}', '=', '~', '#', ':', '\\', '\n', 'a', ' ', 'n', '%', '-', '>')
    const text = fc.array(special, { minLength: 1, maxLength: 40 }).map((a) => `x${a.join('')}x`)
    fc.assert(
      fc.property(text, (t) => {
        const [q] = parse(`::t::[markdown]${escapeGift(t)}{}\n`) as GIFTQuestion[]
        expect(q?.type === 'Essay' ? q.stem.text : undefined).toBe(t)
      }),
      { numRuns: 500 },
    )
  })
})

describe('toGift', () => {
  const base = { topic: 'orm', tags: [], source: { set: 'acme', lines: [1, 1] as [number, number], promptInferred: false } }
  test('categories, multiple answers, true/false, and what GIFT cannot hold', () => {
    const result = toGift({
      id: 'acme',
      title: 'Acme',
      subject: 'django',
      language: 'en',
      source: { title: 'Acme', publisher: 'Acme', retrieved: '2025-01-01', license: 'CC0-1.0' },
      questions: [
        { ...base, id: 'acme/multi', prompt: 'Pick two: a: b?', choices: [{ text: 'x', correct: true }, { text: 'y', correct: true }, { text: 'z', correct: false }], hints: ['think'] },
        { ...base, id: 'acme/tf', prompt: 'Django is Python.', choices: [{ text: 'True', correct: true }, { text: 'False', correct: false }], topic: 'fundamentals', difficulty: { level: 'beginner', origin: 'rule' } },
      ],
    })
    expect(result.text).toBe(
      [
        '$CATEGORY: $course$/top/acme/orm',
        '',
        '// [id:acme/multi]',
        '::acme/multi::[markdown]Pick two\\: a\\: b?{',
        '~%50%x',
        '~%50%y',
        '~%-100%z',
        '}',
        '',
        '$CATEGORY: $course$/top/acme/fundamentals',
        '',
        '// [id:acme/tf]',
        '::acme/tf::[markdown]Django is Python.{T',
        '}',
        '',
      ].join('\n'),
    )
    expect(result.lost).toEqual([
      { id: 'acme/multi', field: 'hints', reason: 'GIFT has no hints' },
      { id: 'acme/tf', field: 'difficulty', reason: 'GIFT has no difficulty' },
    ])
  })
})

describe('fromGift', () => {
  test('Moodle documentation shapes: short answer, missing word, feedback; unsupported types are errors', () => {
    const text = [
      "// [tag:geo]\n::Q1:: Who's buried in Grant's tomb?{=no one =nobody}",
      "Grant is {~buried =entombed ~living} in Grant's tomb.",
      'What is 2+2?{=4#right ~5#wrong}',
      '::Q4:: When was Ulysses S. Grant born?{#1822:5}',
      '::Q5:: Which animal eats which food?{=cat -> cat food =dog -> dog food}',
      'Describe an essay.{\n####A model answer\\nwith two lines.\n}',
    ].join('\n\n')
    const { questions: qs, diagnostics } = fromGift(text)
    expect(qs.map((q) => [q.prompt, q.answer, q.choices, q.tags])).toEqual([
      ["Who's buried in Grant's tomb?", 'no one', undefined, ['geo']],
      ["Grant is _____ in Grant's tomb.", undefined, [{ text: 'buried', correct: false }, { text: 'entombed', correct: true }, { text: 'living', correct: false }], undefined],
      ['What is 2+2?', undefined, [{ text: '4', correct: true }, { text: '5', correct: false }], undefined],
      ['Describe an essay.', 'A model answer\nwith two lines.', undefined, undefined],
    ])
    expect(diagnostics.map((d) => `${d.severity} ${d.message}`)).toEqual([
      'warning a short-answer question accepts 2 answers; the first ("no one") is kept as its answer.',
      'warning a "missing word" question: the blank is written as "_____" in the prompt.',
      'warning choice feedback ("#…") is not kept (quizbank questions have no per-choice feedback).',
      'error line 8: a numerical question ("{#…}") cannot be held by quizbank; skipped.',
      'error line 10: a matching question ("=a -> b") cannot be held by quizbank; skipped.',
    ])
  })

  test('an unclosed answer block is an error with its line', () => {
    expect(fromGift('\n\nWhat?{=a ~b\n').diagnostics).toEqual([{ severity: 'error', line: 3, message: 'line 3: an answer block "{" is never closed (expected "}").' }])
  })
})
