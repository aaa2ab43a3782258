// The consumer program every flavour runs (ESM, TypeScript node16 and bundler,
// esbuild browser bundle); program.cjs is the same in CommonJS. It uses each
// package the way its README does: the corpus, a seeded quiz, parsing a
// document, enriching it with a taxonomy and vocabulary, and validation.
import { createIndex, sample, QuizbankError } from '@quizbank/core'
import { validateQuestionSet } from '@quizbank/core/schema'
import { djangoTaxonomy, questions, sets, type DjangoQuestion } from '@quizbank/corpus'
import { set as oneSet } from '@quizbank/corpus/sets/top-30-guide'
import { draftToQuestion } from '@quizbank/enrich'
import { django } from '@quizbank/enrich/vocabularies/django'
import { parseText } from '@quizbank/parsers'

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`consumer check failed: ${what}`)
}

const quiz: DjangoQuestion[] = sample(createIndex(questions), { count: 5, seed: 'consumer', topics: ['orm'] })
check(quiz.length === 5 && quiz.every((q) => q.topic === 'orm'), 'sample() dealt 5 orm questions')
check(sets.some((s) => s.id === oneSet.id), 'the set subpath export is one of the corpus sets')

const parsed = parseText('1. What is a Django middleware?\n2. How does the ORM build a query?\n')
check(parsed.questions.length === 2, 'parseText() found 2 questions')
const enriched = parsed.questions.map((draft, i) => draftToQuestion(draft, { set: 'consumer', id: `consumer/q-${i + 1}`, taxonomy: djangoTaxonomy, vocabulary: django }))
const result = validateQuestionSet(
  {
    id: 'consumer',
    title: 'A consumer set',
    subject: 'django',
    language: 'en',
    source: { title: 'A consumer set', publisher: 'quizbank tests', retrieved: '2026-01-01', license: 'CC0-1.0' },
    questions: enriched,
  },
  { taxonomy: djangoTaxonomy },
)
check(result.ok, `validateQuestionSet() accepted the enriched set${result.ok ? '' : `: ${result.issues.map((i) => i.message).join('; ')}`}`)

let typed = false
try {
  sample(createIndex(questions), { count: -1, seed: 'consumer' })
} catch (error) {
  typed = error instanceof QuizbankError
}
check(typed, 'a bad option throws QuizbankError')

console.log(`ok: ${questions.length} questions, quiz ${quiz.map((q) => q.id).join(' ')}, parsed topics ${enriched.map((q) => q.topic).join(' ')}`)
