// Inputs on which remark-parse is super-linear are read as text instead of
// hanging (issue 11): deep list nesting on one line, and thousands of
// unmatched emphasis/code/link delimiters. Each case would take tens of
// seconds or never finish without the guard; the 10 s timeout fails it.
import { expect, test } from 'vitest'
import { parseText, type FormatName } from '@quizbank/parsers'
import { defuseMarkdown } from '../src/formats/md/defuseMarkdown.js'

const cases: [string, string, FormatName | undefined][] = [
  ['8,000 nested bullets before a question', `${'- '.repeat(8000)}What is a?`, undefined],
  ['8,000 nested numbers', `${'1. '.repeat(8000)}What is a?`, undefined],
  ['8,000 bullets, markdown forced', `${'* '.repeat(8000)}a`, 'markdown'],
  ['8,000 bullets, quizbank forced', `${'* '.repeat(8000)}a`, 'quizbank'],
  ['50,000 unclosed emphasis runs', `1. What ${'**_*'.repeat(50000)}`, undefined],
  ['50,000 unclosed backticks', `1. What ${'`'.repeat(50000)} x`, undefined],
  ['50,000 unclosed brackets', `1. What ${'['.repeat(50000)} x`, undefined],
]

test.each(cases)('%s: parsed as text, with a warning naming the line', { timeout: 10_000 }, (_name, text, format) => {
  const r = parseText(text, format === undefined ? {} : { format })
  const warning = r.diagnostics.find((d) => d.code === 'degraded-markdown')
  if (r.format === 'markdown' || r.format === 'quizbank') expect(warning?.lines).toEqual({ first: 1, last: 1 })
  expect(r.coverage.questionLines + r.coverage.skippedLines).toBe(r.coverage.nonBlankLines)
})

test('ordinary markdown is untouched: fenced code keeps its delimiters, shallow lists keep their structure', () => {
  const code = '`'.repeat(3)
  const text = `## Questions\n\n- What is a? \`x\`\n  - nested once\n\n${code}python\n${'_'.repeat(300)}\n${code}\n`
  const r = parseText(text, { format: 'markdown' })
  expect(r.diagnostics.filter((d) => d.code === 'degraded-markdown')).toEqual([])
})

// A fence closes only on a line holding the fence alone (CommonMark §4.5):
// "```js" inside an open block is code, so the lines after it are still code.
test('a fence line with an info string inside fenced code does not close it: the code after it is left as written', () => {
  const code = '`'.repeat(3)
  const deep = `${'- '.repeat(40)}item`
  const text = `1. What is a?\n\n${code}\n${code}js\n${deep}\n${code}\n`
  const lines = text.split('\n')
  const { doc, diagnostics } = defuseMarkdown({ name: 'input', text, lines })
  expect(diagnostics).toEqual([])
  expect(doc.lines).toEqual(lines)
})

// A degraded line's delimiters go to remark as placeholder characters, not
// backslash escapes: micromark makes a token of every escape, so the
// escaped 400 KB line of `'**_*'.repeat(100000)` took 7 s and 940 MiB
// (BENCHMARKS.md (k)); as plain characters it takes about 0.2 s.
test('a degraded line reaches remark without backslash escapes, and its delimiters come back in the output', () => {
  const line = `1. What ${'**_*'.repeat(100)} [is] \`it\`?`
  const doc = { name: 'input', text: `${line}\n2. Next?\n`, lines: [line, '2. Next?', ''] }
  const { doc: safe, restore } = defuseMarkdown(doc)
  expect(safe.lines[0]).not.toContain('\\')
  expect(safe.lines[0]).toHaveLength(line.length)
  expect(restore?.(safe.lines[0]!)).toBe(line)
  const r = parseText(doc.text, { format: 'markdown' })
  expect(r.questions.map((q) => q.prompt)).toEqual([line.slice(3), 'Next?'])
})

test('a document that already holds a placeholder character gets backslash escapes instead, and keeps its own character', () => {
  const line = `1. What \uE000 ${'**_*'.repeat(100)}?`
  const { doc: safe, restore } = defuseMarkdown({ name: 'input', text: line, lines: [line] })
  expect(restore).toBeUndefined()
  expect(safe.lines[0]).toContain('\\*')
  expect(parseText(line, { format: 'markdown' }).questions.map((q) => q.prompt)).toEqual([line.slice(3)])
})
