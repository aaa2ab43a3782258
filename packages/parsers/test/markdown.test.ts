// The `markdown` format: sectioned question lists and their neighbours.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normalizeText, parseText, type DraftQuestion } from '@quizbank/parsers'
import { markdownFormat } from '../src/formats/registry.js'
import type { SourceDocument } from '../src/types.js'
import { runIsolated } from '../../../scripts/pathological/runIsolated.js'

const md = (text: string) => parseText(text, { format: 'markdown' })
const prompts = (qs: DraftQuestion[]) => qs.map((q) => q.prompt)
const unclassified = (text: string) => md(text).diagnostics.filter((d) => d.reason === 'unclassified')
const seedText = (set: string) => readFileSync(new URL(`../../corpus/sources/${set}/source.txt`, import.meta.url), 'utf8')
const docOf = (raw: string): SourceDocument => {
  const text = normalizeText(raw)
  return { text, lines: text.split('\n'), name: 'test' }
}

describe('detect', () => {
  test('scores the sectioned markdown seed high and the four plain-text seeds below 0.5', () => {
    expect(markdownFormat.detect(docOf(seedText('consolidated-sectioned')))).toBeGreaterThanOrEqual(0.8)
    for (const set of ['notes-lover-top-25', 'top-30-guide', 'slashdev-top-20', 'django-questions-list']) {
      expect(markdownFormat.detect(docOf(seedText(set))), set).toBeLessThan(0.5)
    }
  })

  test('a bare numbered list scores low; headings, bold and code raise the score', () => {
    const bare = markdownFormat.detect(docOf('Intro\n\n  1. What is a view?\n  2. What is a model?\n'))
    const marked = markdownFormat.detect(docOf('## Views\n\n1. **What is a `View`?**\n2. **What is a `Model`?**\n\n## Models\n\n1. What is a field?\n'))
    expect(bare).toBeLessThanOrEqual(0.1)
    expect(marked).toBeGreaterThanOrEqual(0.6)
  })

  test('markdown syntax without any question scores at most 0.2', () => {
    expect(markdownFormat.detect(docOf('# A\n\n## B\n\n**x** and **y**, `a` and `b`\n\n---\n\n---\n'))).toBeLessThanOrEqual(0.2)
  })
})

describe('the sectioned seed', () => {
  const text = seedText('consolidated-sectioned')
  const result = parseText(text)
  const lines = normalizeText(text).split('\n')

  test('is detected as markdown and yields 256 questions with nothing unclassified', () => {
    expect(result.format).toBe('markdown')
    expect(result.questions).toHaveLength(256)
    expect(result.diagnostics.filter((d) => d.reason === 'unclassified')).toEqual([])
  })

  test('line numbers are real: each question starts on the line that prints its number', () => {
    for (const q of result.questions) expect(lines[q.lines.first - 1]).toMatch(new RegExp(`^${q.number}\\. `))
  })

  test('numbering continues across subsections as printed', () => {
    const numbers = result.questions.filter((q) => q.section?.[1]?.startsWith('5B.')).map((q) => q.number)
    expect(numbers[0]).toBe('21')
    expect(numbers).toHaveLength(16)
  })

  test('a parent section that held no questions and closed with a thematic break is dropped from later paths', () => {
    const trailing = result.questions.slice(-19)
    expect(new Set(trailing.map((q) => q.section?.join(' > ')))).toEqual(new Set(['WSGI-Focused Questions', 'ASGI-Focused Questions', 'Comparative and Advanced Questions']))
    const conclusion = result.diagnostics.filter((d) => d.reason === 'non-question-section')
    expect(conclusion.map((d) => d.lines?.first)).toEqual([320, 322, 330, 334])
  })

  test('the document title, intro, separators and closing prose are skipped with their reasons', () => {
    const reasonOf = (line: number) => result.diagnostics.find((d) => d.lines !== undefined && d.lines.first <= line && line <= d.lines.last)?.reason
    expect([reasonOf(3), reasonOf(5), reasonOf(7), reasonOf(9), reasonOf(13), reasonOf(40), reasonOf(399)]).toEqual(['preamble', 'separator', 'title', 'preamble', 'heading', 'preamble', 'unrelated-prose'])
    expect(result.meta.title).toBe('Consolidated Django Interview Questions')
  })
})

describe('list questions', () => {
  test('bold prompts lose their markers; **done** is a marker; inline code keeps its backticks', () => {
    const [q] = md('## A\n\n1. **What does `settings.py` hold?** **done**\n').questions
    expect(q).toMatchObject({ prompt: 'What does `settings.py` hold?', markers: ['done'], number: '1', section: ['A'] })
  })

  test('a bold word inside an unfinished prompt is not a marker', () => {
    const [q] = md('1. What is the difference between null and **blank**\n2. What is a view?\n').questions
    expect(q?.prompt).toBe('What is the difference between null and blank')
    expect(q?.markers).toBeUndefined()
  })

  test('italic and parenthetical lines under a question, and a trailing italic parenthetical, are hints', () => {
    const { questions } = md(
      [
        '1. **Compare A and B.**  ',
        '   *Explain their roles.*',
        '2. What is C?',
        '   (Discuss its role.)',
        '3. What is D? *(Refer to section 6.)*',
        '4. Which settings exist (e.g., `DEBUG`, `ALLOWED_HOSTS`)?',
        '5. What is E? (Think of F.)',
      ].join('\n'),
    )
    expect(questions.map((q) => [q.prompt, q.hints])).toEqual([
      ['Compare A and B.', ['Explain their roles.']],
      ['What is C?', ['Discuss its role.']],
      ['What is D?', ['Refer to section 6.']],
      ['Which settings exist (e.g., `DEBUG`, `ALLOWED_HOSTS`)?', undefined],
      ['What is E?', ['Think of F.']],
    ])
  })

  test('nested content under an item is its answer; a nested task list its choices', () => {
    const [q] = md('1. Which keyword defines a function?\n   - [ ] func\n   - [x] def\n\n   Python uses `def`:\n\n   ```python\n   def f(): ...\n   ```\n').questions
    expect(q?.choices).toEqual([
      { text: 'func', correct: false },
      { text: 'def', correct: true },
    ])
    expect(q?.answer).toBe('Python uses `def`:\n\n```python\ndef f(): ...\n```')
    expect(q?.lines).toEqual({ first: 1, last: 9 })
  })

  test('a task list right after a question is its choices', () => {
    const [q] = md('## Quiz\n\n1. Which value is falsy?\n- [x] `0`\n- [ ] `"0"`\n').questions
    expect(q?.choices).toEqual([
      { text: '`0`', correct: true },
      { text: '`"0"`', correct: false },
    ])
    expect(q?.lines).toEqual({ first: 3, last: 5 })
  })

  test('a one-item numbered list followed by prose is a question with its answer', () => {
    const { questions } = md('1. What is a module?\n\nA file of definitions.\n\n2. What is a package?\n\nA directory.\n')
    expect(questions.map((q) => [q.number, q.prompt, q.answer])).toEqual([
      ['1', 'What is a module?', 'A file of definitions.'],
      ['2', 'What is a package?', 'A directory.'],
    ])
  })

  test('bullet lists ask when most items end with "?"; other bullet lists are prose', () => {
    const result = md('## Q\n\n- What is PEP 8?\n- Why use venv?\n- See the tutorial.\n\n## Notes\n\n- Use type hints\n- Prefer pathlib\n')
    expect(prompts(result.questions)).toEqual(['What is PEP 8?', 'Why use venv?'])
    expect(result.diagnostics.filter((d) => d.code === 'skipped').map((d) => [d.lines?.first, d.reason])).toEqual([
      [1, 'heading'],
      [5, 'unrelated-prose'],
      [7, 'heading'],
      [9, 'non-question-section'],
    ])
  })

  test('a numbered list of non-questions is prose', () => {
    const result = md('## Steps\n\n1. Install Python\n2. Create a project\n3. Run the server\n')
    expect(result.questions).toEqual([])
    expect(result.diagnostics.filter((d) => d.code === 'skipped').map((d) => d.reason)).toEqual(['heading', 'non-question-section'])
    expect(result.diagnostics.filter((d) => d.code === 'no-questions').map((d) => d.severity)).toEqual(['warning'])
  })
})

describe('neighbouring layouts', () => {
  test('question headings: the heading is the prompt, the content under it the answer', () => {
    const { questions } = md('# Notes\n\n## Routing\n\n#### What does `route` do?\n\nIt maps a URL.\n\n- one\n- two\n\n#### Q2. Why name URLs?\n\n*Think of reversing.*\n\nSo links survive changes.\n\n---\n')
    expect(questions).toEqual([
      { prompt: 'What does `route` do?', answer: 'It maps a URL.\n\n- one\n- two', section: ['Routing'], lines: { first: 5, last: 10 }, promptInferred: false },
      { prompt: 'Why name URLs?', answer: 'So links survive changes.', hints: ['Think of reversing.'], section: ['Routing'], number: '2', lines: { first: 12, last: 16 }, promptInferred: false },
    ])
  })

  test('a heading that reads as a question but holds a question list is a section', () => {
    const { questions } = md('## What should you know about views?\n\n1. What is a view?\n2. What is a mixin?\n')
    expect(questions.map((q) => q.section)).toEqual([['What should you know about views?'], ['What should you know about views?']])
  })

  test('<details><summary> questions, block and inline', () => {
    const { questions } = md('<details>\n<summary>What is a venv?</summary>\n\nAn isolated environment.\n\n</details>\n\n<details><summary><b>Why pin?</b></summary>Reproducibility.</details>\n')
    expect(questions.map((q) => [q.prompt, q.answer, q.lines])).toEqual([
      ['What is a venv?', 'An isolated environment.', { first: 1, last: 6 }],
      ['Why pin?', 'Reproducibility.', { first: 8, last: 8 }],
    ])
  })

  // unwrap once lower-cased all the remaining text per tag it stripped: 100,000 `<br>` took 170 s
  // (scripts/pathological/cases.ts, `parseText-details-br`, measures the growth).
  test(
    'a <details> answer after 100,000 <br> is read in linear time',
    () => {
      const run = runIsolated('parseText-details-br', 100_000, { limitMs: 15_000 })
      expect(run.status, run.outcome).toBe('ok')
      expect(run.outcome).toBe('1 question, ')
    },
    30_000,
  )

  test('a <details> answer after <br> wrapper tags keeps only its text', () => {
    const { questions } = md(`<details><summary>What is a venv?</summary>${'<br>'.repeat(50)}An isolated environment.</details>\n`)
    expect(questions.map((q) => [q.prompt, q.answer])).toEqual([['What is a venv?', 'An isolated environment.']])
  })

  test('table rows with a Question column (and Answer, number columns)', () => {
    const result = md('| No. | Question | Answer |\n|---|---|---|\n| 1 | What is **x**? | The *x*. |\n| 2 | Why y? | Because. |\n')
    expect(result.questions.map((q) => [q.number, q.prompt, q.answer, q.lines.first])).toEqual([
      ['1', 'What is x?', 'The *x*.', 3],
      ['2', 'Why y?', 'Because.', 4],
    ])
    expect(result.diagnostics.map((d) => [d.reason, d.lines])).toEqual([['heading', { first: 1, last: 2 }]])
  })

  test('a table without a Question column is prose', () => {
    expect(md('| Name | Value |\n|---|---|\n| a | b |\n').questions).toEqual([])
  })
})

describe('robustness', () => {
  const piece = fc.constantFrom('# T', '## 1. S', '### 1A. Sub', '#### What is X?', '1. What?', '2. **How?** **done**', '   *hint*', '   (note)', '- Why?', '- [x] a', '- [ ] b', '```', '<details><summary>Q?</summary>', '</details>', '| Question | Answer |', '|---|---|', '| q? | a |', '---', '> quote', 'Prose.', '    code', '<!-- c -->', '', '')
  const documents = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.oneof(piece, fc.string({ maxLength: 30 })), { maxLength: 60 }).map((ls) => ls.join('\n')))

  test('any text: no throw, every line accounted for, nothing unclassified, deterministic, ordered line ranges', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const a = md(text)
        expect(a.diagnostics.filter((d) => d.severity === 'error' || d.reason === 'unclassified')).toEqual([])
        expect(a.coverage.questionLines + a.coverage.skippedLines).toBe(a.coverage.nonBlankLines)
        expect(md(text)).toEqual(a)
        for (let i = 0; i < a.questions.length; i++) {
          const q = a.questions[i]!
          expect(q.prompt).not.toBe('')
          expect(q.lines.first).toBeGreaterThanOrEqual(1)
          expect(q.lines.last).toBeLessThanOrEqual(a.coverage.lines)
          if (i > 0) expect(q.lines.first).toBeGreaterThan(a.questions[i - 1]!.lines.last)
        }
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  test('deeply nested input does not overflow the stack', () => {
    expect(unclassified(`${'> '.repeat(3000)}What?\n`)).toEqual([])
    expect(unclassified(`1. ${'*a '.repeat(5000)}?\n`)).toEqual([])
  })
})
