// Random questions for round-trip tests. Texts draw on every character the
// formats treat specially (GIFT's ~ = # { } : \, XML's & < > " ', CSV's
// , " and line breaks, Anki's tab, Aiken's "A." and "ANSWER:") plus
// non-ASCII, so an escaping slip shows up as a failed round trip.
import type { Question, QuestionSet } from '@quizbank/core'
import fc from 'fast-check'

const SPECIAL = ['~', '=', '#', '{', '}', ':', '\\', '&', '<', '>', '"', "'", ',', ';', '\t', '%', '[', ']', '->', '//', '\\n', '&amp;', '<br>', 'é', '→', '😀', 'ANSWER: A', 'A. ', '$CATEGORY:', '::', '####', 'T', '`x`']
const piece = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'grapheme-ascii', maxLength: 8 }), fc.constantFrom(' ', 'word', 'the'))

/** A non-blank text without surrounding white space; `lines` allows line breaks inside. */
export function text(options: { lines?: boolean; maxPieces?: number } = {}): fc.Arbitrary<string> {
  const parts = options.lines === true ? fc.oneof(piece, fc.constantFrom('\n', '\n\n')) : piece
  return fc
    .array(parts, { minLength: 1, maxLength: options.maxPieces ?? 12 })
    .map((p) => p.join('').trim())
    .filter((s) => s !== '' && (options.lines === true || !/[\r\n]/.test(s)))
}

const kebab = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,5}){0,2}$/)

export interface QuestionShape {
  /** Line breaks inside prompts, answers, choices and hints. Default true. */
  lines?: boolean
  /** `open`, `choice` (at least one right), `single` (exactly one right), or `any`. Default `any`. */
  kind?: 'open' | 'choice' | 'single' | 'any'
}

/** A valid question of set `set-a` (ids made unique by the caller). */
export function question(shape: QuestionShape = {}): fc.Arbitrary<Question> {
  const lines = shape.lines ?? true
  const kind = shape.kind ?? 'any'
  const choiceTexts = fc.uniqueArray(text({ lines }), { minLength: 2, maxLength: 5 })
  const choices: fc.Arbitrary<Question['choices']> =
    kind === 'open'
      ? fc.constant(undefined)
      : fc.oneof(
          ...(kind === 'any' ? [fc.constant(undefined)] : []),
          choiceTexts.chain((texts) =>
            (kind === 'single' ? fc.nat(texts.length - 1).map((r) => texts.map((_, i) => i === r)) : fc.array(fc.boolean(), { minLength: texts.length, maxLength: texts.length }).filter((b) => b.some(Boolean))).map((correct) =>
              texts.map((t, i) => ({ text: t, correct: correct[i] === true })),
            ),
          ),
        )
  return fc
    .record({
      slug: kebab,
      prompt: text({ lines }),
      answer: fc.option(text({ lines, maxPieces: 20 }), { nil: undefined }),
      hints: fc.option(fc.array(text({ lines }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      choices,
      topic: kebab,
      tags: fc.uniqueArray(kebab, { maxLength: 3 }),
      level: fc.option(fc.constantFrom('beginner', 'intermediate', 'advanced') as fc.Arbitrary<'beginner' | 'intermediate' | 'advanced'>, { nil: undefined }),
    })
    .map((r) => ({
      id: `set-a/${r.slug}`,
      prompt: r.prompt,
      ...(r.answer === undefined ? {} : { answer: r.answer }),
      ...(r.hints === undefined ? {} : { hints: r.hints }),
      ...(r.choices === undefined ? {} : { choices: r.choices }),
      topic: r.topic,
      tags: r.tags,
      ...(r.level === undefined ? {} : { difficulty: { level: r.level, origin: 'source' as const } }),
      source: { set: 'set-a', lines: [1, 1] as [number, number], promptInferred: false },
    }))
}

/** Questions with distinct ids. */
export function questions(shape: QuestionShape = {}, maxLength = 6): fc.Arbitrary<Question[]> {
  return fc.uniqueArray(question(shape), { minLength: 1, maxLength, selector: (q) => q.id })
}

/** A set around some questions. */
export function setOf(qs: readonly Question[]): QuestionSet {
  return { id: 'set-a', title: 'Set A', subject: 'any', language: 'en', source: { title: 'Set A', publisher: 'quizbank tests', retrieved: '2025-12-01', license: 'CC0-1.0' }, questions: [...qs] }
}
