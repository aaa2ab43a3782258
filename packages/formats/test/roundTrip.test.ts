// Export → import keeps what each format can carry: prompts, answers,
// choices, topics, tags (and more where the format has room). Random
// questions with every special character; the fast-check seed is fixed and
// printed by the test setup (QUIZBANK_FC_SEED replays another).
import type { Question } from '@quizbank/core'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fromAiken, fromAnki, fromCsv, fromGift, fromJson, fromMoodleXml, toAiken, toAnki, toCsv, toGift, toJson, toMoodleXml, type ImportedQuestion } from '@quizbank/formats'
import { questions, setOf, type QuestionShape } from './helpers/arbitraries.js'

type Field = 'id' | 'prompt' | 'answer' | 'hints' | 'choices' | 'topic' | 'tags' | 'difficulty'

/** The fields a format carries, as the imported draft would hold them. */
function carried(q: Question, fields: readonly Field[], oneLine: readonly Field[] = []): Partial<ImportedQuestion> {
  // The same rule as toCsv's, written differently: every run of white space holding a line break is one space.
  const flat = (s: string, f: Field) => (oneLine.includes(f) ? s.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '').join(' ') : s)
  const all: Partial<ImportedQuestion> = {
    id: q.id,
    prompt: flat(q.prompt, 'prompt'),
    ...(q.answer === undefined ? {} : { answer: q.answer }),
    ...(q.hints === undefined ? {} : { hints: q.hints.map((h) => flat(h, 'hints')) }),
    ...(q.choices === undefined ? {} : { choices: q.choices.map((c) => ({ text: flat(c.text, 'choices'), correct: c.correct })) }),
    topic: q.topic,
    ...(q.tags.length === 0 ? {} : { tags: q.tags }),
    ...(q.difficulty === undefined ? {} : { difficulty: q.difficulty.level }),
  }
  return Object.fromEntries(Object.entries(all).filter(([k]) => fields.includes(k as Field)))
}

function project(q: ImportedQuestion, fields: readonly Field[]): Partial<ImportedQuestion> {
  return Object.fromEntries(Object.entries(q).filter(([k]) => fields.includes(k as Field)))
}

const CASES: { name: string; shape: QuestionShape; fields: Field[]; oneLine?: Field[]; run: (qs: Question[]) => ImportedQuestion[] }[] = [
  { name: 'GIFT', shape: {}, fields: ['id', 'prompt', 'answer', 'choices', 'topic', 'tags'], run: (qs) => fromGift(toGift(setOf(qs)).text).questions },
  { name: 'Moodle XML', shape: {}, fields: ['id', 'prompt', 'answer', 'hints', 'choices', 'topic', 'tags'], run: (qs) => fromMoodleXml(toMoodleXml(setOf(qs)).text).questions },
  { name: 'Anki text', shape: {}, fields: ['id', 'prompt', 'answer', 'choices', 'topic', 'tags'], run: (qs) => fromAnki(toAnki(setOf(qs)).text).questions },
  { name: 'Aiken', shape: { kind: 'single', lines: false }, fields: ['prompt', 'choices'], run: (qs) => fromAiken(toAiken(setOf(qs)).text).questions },
  { name: 'CSV', shape: {}, fields: ['id', 'prompt', 'answer', 'hints', 'choices', 'topic', 'tags', 'difficulty'], oneLine: ['hints', 'choices'], run: (qs) => fromCsv(toCsv(setOf(qs)).text).questions },
  { name: 'JSON', shape: {}, fields: ['id', 'prompt', 'answer', 'hints', 'choices', 'topic', 'tags', 'difficulty'], run: (qs) => fromJson(toJson(setOf(qs)).text).questions },
]

describe('export → import round trip', () => {
  for (const c of CASES) {
    test(`${c.name} keeps ${c.fields.join(', ')}`, () => {
      fc.assert(
        fc.property(questions(c.shape), (qs) => {
          const back = c.run(qs)
          expect(back.map((q) => project(q, c.fields))).toEqual(qs.map((q) => carried(q, c.fields, c.oneLine)))
        }),
        { numRuns: 150 },
      )
    })
  }
})
