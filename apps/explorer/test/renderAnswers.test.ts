import { describe, expect, test } from 'vitest'
import { renderAnswer, renderCorpusAnswers } from '../build/renderAnswers.ts'
import { questions } from '@quizbank/corpus'

describe('renderAnswer', () => {
  test('renders GitHub-flavoured markdown', () => {
    expect(renderAnswer('Use `select_related`:\n\n| a | b |\n| - | - |\n| 1 | 2 |')).toMatchInlineSnapshot(`
      "<p>Use <code>select_related</code>:</p>
      <table>
      <thead>
      <tr>
      <th>a</th>
      <th>b</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>1</td>
      <td>2</td>
      </tr>
      </tbody>
      </table>"
    `)
  })

  test('drops raw HTML, event handlers and javascript: links from third-party answers', () => {
    const html = renderAnswer('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) <b onclick="x()">bold</b>')
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i)
  })

  test('keeps code block languages, prefixes ids so an answer cannot clobber the page', () => {
    expect(renderAnswer('```python\nx = 1\n```')).toBe('<pre><code class="language-python">x = 1\n</code></pre>')
    const footnote = renderAnswer('Note[^1]\n\n[^1]: a footnote')
    expect(footnote).toContain('href="#fn-1" id="user-content-fnref-1"')
    expect(footnote).toContain('<li id="user-content-fn-1">')
  })
})

test('every corpus answer is rendered, keyed by question id', () => {
  const html = renderCorpusAnswers()
  const answered = questions.filter((q) => q.answer !== undefined)
  expect(Object.keys(html).sort()).toEqual(answered.map((q) => q.id).sort())
  for (const q of answered) expect(html[q.id], q.id).toMatch(/^<(?:p|ul|ol|pre|table|h\d|blockquote)[ >]/)
})
