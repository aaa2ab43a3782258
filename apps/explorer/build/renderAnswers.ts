// Markdown → sanitised HTML for every corpus answer, run in Node while Vite
// builds (or serves) the app, so the page ships HTML and no markdown library.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

interface DataIndex {
  readonly sets: readonly { readonly id: string; readonly file: string }[]
}
interface DataSet {
  readonly questions: readonly { readonly id: string; readonly answer?: string }[]
}

// rehype-sanitize's default schema is GitHub's: it drops raw HTML, scripts,
// event handlers and `javascript:` URLs, and prefixes ids (`user-content-`)
// so an answer cannot clobber the page's own ids. Answers are third-party
// text, so nothing is allowed beyond that default. remark-rehype's own prefix
// is turned off, or footnote ids would be prefixed twice and their links break
// (rehype-sanitize's README, "Example: headings (DOM clobbering)").
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { clobberPrefix: '' }).use(rehypeSanitize).use(rehypeStringify)

/**
 * Render one answer's markdown to sanitised HTML.
 *
 * @example
 *   renderAnswer('Use `select_related`.') // '<p>Use <code>select_related</code>.</p>'
 */
export function renderAnswer(markdown: string): string {
  return String(processor.processSync(markdown))
}

/**
 * Every answer of `@quizbank/corpus`, by question id, read from the package's
 * published raw JSON (`@quizbank/corpus/data/*.json`), so this works without a
 * prior build of the workspace packages.
 *
 * @example
 *   renderCorpusAnswers()['top-30-guide/middleware-django'] // '<p>Middleware is …</p>'
 */
export function renderCorpusAnswers(): Record<string, string> {
  const require = createRequire(import.meta.url)
  const indexFile = require.resolve('@quizbank/corpus/data/index.json')
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as DataIndex
  const html: Record<string, string> = {}
  for (const set of index.sets) {
    const data = JSON.parse(readFileSync(join(dirname(indexFile), set.file), 'utf8')) as DataSet
    for (const q of data.questions) if (q.answer !== undefined) html[q.id] = renderAnswer(q.answer)
  }
  return html
}
