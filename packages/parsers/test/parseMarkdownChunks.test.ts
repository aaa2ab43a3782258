// Chunked parsing must be invisible: the same tree (positions included) and
// the same questions as parsing the whole text at once.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { extractMarkdown } from '../src/formats/md/extractMarkdown.js'
import { parseMarkdownChunks } from '../src/formats/md/parseMarkdownChunks.js'
import { MARKDOWN_CHUNK_LIMITS, splitMarkdownChunks } from '../src/formats/md/splitMarkdownChunks.js'
import { parseText } from '@quizbank/parsers'
import { markdownFormat } from '../src/formats/registry.js'
import type { SourceDocument } from '../src/types.js'

const seed = readFileSync(new URL('../../corpus/sources/consolidated-sectioned/source.txt', import.meta.url), 'utf8')
const docOf = (text: string): SourceDocument => ({ text, lines: text.split('\n'), name: 'test' })

describe('splitMarkdownChunks', () => {
  test('chunks are whole lines that add up to the input, each starting after a blank line at a heading, a list item or a paragraph', () => {
    const chunks = splitMarkdownChunks(seed, { chunkSize: 1000 })
    expect(chunks.length).toBeGreaterThan(10)
    expect(chunks.map((c) => c.text).join('')).toBe(seed)
    for (const c of chunks.slice(1)) {
      expect(seed.slice(0, c.charOffset).split('\n').length - 1).toBe(c.lineOffset)
      const lineBefore = seed.slice(0, c.charOffset - 1).split('\n').pop() ?? ''
      expect(lineBefore.trim()).toBe('')
      expect(c.text).toMatch(/^(?:#{1,6} |[-*+] |\d{1,9}[.)] |[^\s#>*+\-|<`~\d=_[!])/)
      expect(c.startsWithListItem).toBe(/^(?:[-*+]|\d{1,9}[.)]) /.test(c.text))
    }
  })

  test('a short document is one chunk', () => {
    expect(splitMarkdownChunks('# a\n\n1. b\n', { chunkSize: 100 })).toEqual([{ text: '# a\n\n1. b\n', lineOffset: 0, charOffset: 0, startsWithListItem: false }])
  })

  test.each([
    ['a fenced code block', '```python\n', '```\n'],
    ['a tilde fence closed by a longer fence', '~~~\n', '~~~~\n'],
    ['an HTML comment', '<!--\n', '-->\n'],
    ['a <pre> block', '<pre>\n', '</pre>\n'],
    ['YAML front matter', '', ''],
  ])('never cuts inside %s', (_name, open, close) => {
    // Blank lines followed by heading-like and list-like lines inside the block.
    const inside = Array.from({ length: 40 }, (_, i) => `\n# comment ${i}\n\n1. not an item ${i}\n`).join('')
    const text = open === '' ? `---\ntitle: x\n${inside}---\n\n# After\n\n1. What is it?\n` : `# Start\n\n${open}${inside}${close}\n# After\n\n1. What is it?\n`
    const chunks = splitMarkdownChunks(text, { chunkSize: 50 })
    const blockEnd = text.indexOf('\n# After') + 1
    for (const c of chunks.slice(1)) expect(c.charOffset).toBeGreaterThanOrEqual(blockEnd)
    expect(chunks.length).toBeGreaterThan(1)
  })

  test('an indented fence closing line does not close a top-level fence', () => {
    const text = `\`\`\`\n${'x\n'.repeat(60)}    \`\`\`\n\n# inside\n\n\`\`\`\n\n# outside\n`
    const cuts = splitMarkdownChunks(text, { chunkSize: 10 }).map((c) => c.text.split('\n')[0])
    expect(cuts).toEqual(['```', '# outside'])
  })
})

describe('parseMarkdownChunks', () => {
  const whole = (text: string) => parseMarkdownChunks(text, { chunkSize: Number.POSITIVE_INFINITY })

  // Slow (1–3 s alone, several times that under load): an explicit timeout.
  test('the seed parses to the same tree in chunks as whole', () => {
    for (const chunkSize of [200, 1000, 4096]) expect(parseMarkdownChunks(seed, { chunkSize })).toEqual(whole(seed))
  }, 30_000)

  test('the seed gives the same questions and skipped lines in chunks as whole', () => {
    const doc = docOf(seed)
    const reference = extractMarkdown(whole(seed), doc)
    expect(reference.questions).toHaveLength(256)
    for (const chunkSize of [200, 1000]) expect(extractMarkdown(parseMarkdownChunks(seed, { chunkSize }), doc)).toEqual(reference)
  })

  // Slow (1–3 s alone, several times that under load): an explicit timeout.
  test('a document larger than the default chunk size gives the same questions as the whole parse', () => {
    const text = Array.from({ length: 4 }, () => seed).join('\n\n')
    expect(text.length).toBeGreaterThan(8 * 8192)
    const doc = docOf(text)
    const parsed = markdownFormat.parse(doc)
    expect(parsed.questions).toHaveLength(4 * 256)
    expect(parsed).toEqual(extractMarkdown(whole(text), doc))
  }, 30_000)

  // Counterexamples the property tests found (chunk size 1): a definition in
  // one chunk makes `[ref]` in another a linkReference.
  test.each([
    ['[ref]: https://example.com\n\n# Title\n===\n[ref]: https://example.com\n# Title\n'],
    ['[ref]: https://example.com\n\n- [ ] wrong\n[ref]: https://example.com\n# Title\n'],
  ])('regression: %j parses the same in chunks of 1 as whole', (text) => {
    expect(parseMarkdownChunks(text, { chunkSize: 1 })).toEqual(whole(text))
  })

  test.each([
    ['a reference before its definition', '# A\n\nSee [Ref].\n\n# B\n\n[ref]: https://example.com\n'],
    ['a definition inside a block quote', '> [ref]: https://example.com\n\n# A\n\n[ref][]\n'],
    ['a definition inside a list item', '- item\n\n  [ref]: https://example.com\n\n# A\n\n[x][ref]\n'],
    ['a label matched by case folding', '# A\n\n[STRASSE]\n\n# B\n\n[Straße]: https://example.com\n'],
    ['a footnote (GFM)', '# A\n\nText[^1].\n\n# B\n\n[^1]: The note.\n\n| a |\n|---|\n'],
    ['front matter before a reference defined later', '---\ntitle: x\n---\n\n[ref]\n\n# B\n\n[ref]: https://example.com\n'],
  ])('a definition in one chunk is seen by the others: %s', (_name, text) => {
    const reference = whole(text)
    expect(JSON.stringify(reference)).toMatch(/"(?:linkReference|footnoteReference)"/)
    expect(parseMarkdownChunks(text, { chunkSize: 1 })).toEqual(reference)
  })

  // A ``` line inside an HTML block is HTML, not a fence; the splitter, which
  // took it for one, cut inside the real fence that opened after it.
  test('a fence-like line inside an HTML block: the same tree as whole', () => {
    const text = `\`\`\`\n${'code line\n'.repeat(5_000)}\`\`\`\n\n<details><summary>Q?</summary>\n\`\`\`\n\n\`\`\`\n\nWhat is a view?\n\nA view is a function.\n`
    expect(parseMarkdownChunks(text)).toEqual(whole(text))
    expect(parseMarkdownChunks('<div>\n```\n\n```\n\n# Head\n\nText.\n', { chunkSize: 1 })).toEqual(whole('<div>\n```\n\n```\n\n# Head\n\nText.\n'))
  })

  // Pieces chosen to put lists, fences, HTML and quotes across chunk boundaries.
  const piece = fc.constantFrom(
    '# Title',
    '## Section',
    '### Sub',
    '1. What is a view?',
    '2. **How do forms work?** **done**',
    '3) Explain middleware.',
    '- What is a bullet?',
    '* Why a star?',
    '- [x] right',
    '- [ ] wrong',
    '   continuation of an item',
    '    indented code',
    '```',
    '~~~',
    '<!--',
    '-->',
    '<details><summary>Q?</summary>',
    '</details>',
    '<div>',
    '<div align="center">',
    '> quoted',
    '| Question | Answer |',
    '|---|---|',
    '| What? | That. |',
    '| a | b | c |',
    '| one |',
    '|:-:|---|',
    '| - |',
    '| `a|b` | \\| |',
    ' | indented row |',
    '|',
    '---',
    'Setext',
    '===',
    'Plain prose paragraph.',
    '\t(tabbed note)',
    '[ref]: https://example.com',
    'See [ref] and [REF][].',
    '> [ref]: https://example.com',
    'Text[^1].',
    '[^1]: A note.',
    '',
    '',
    '',
  )
  const documents = fc.array(piece, { minLength: 1, maxLength: 120 }).map((ls) => `${ls.join('\n')}\n`)

  test('any document: same tree and same questions in chunks as whole', () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 300 }), (text, chunkSize) => {
        const reference = whole(text)
        const chunked = parseMarkdownChunks(text, { chunkSize })
        expect(chunked).toEqual(reference)
        const doc = docOf(text)
        expect(extractMarkdown(chunked, doc)).toEqual(extractMarkdown(reference, doc))
      }),
      { numRuns: 300 },
    )
  }, 120_000)

  // The same pieces in short documents cut into small chunks: cheap enough
  // for 10,000 runs, and every piece boundary is a possible chunk boundary.
  const shortDocuments = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ls) => `${ls.join('\n')}\n`)

  test('any short document: same tree in chunks as whole, 10,000 runs (fast-check seed printed by the test setup)', () => {
    fc.assert(
      fc.property(shortDocuments, fc.integer({ min: 1, max: 40 }), (text, chunkSize) => {
        expect(parseMarkdownChunks(text, { chunkSize })).toEqual(whole(text))
      }),
      { numRuns: 10_000 },
    )
  }, 300_000)

  // Issue 11: a long GFM table has no blank line to cut at, so it is cut
  // between rows with its head rows repeated; the tree must not change.
  const tableRow = fc.constantFrom('| What? | That. |', '| a | b | c |', '| one |', '| `a|b` | \\| |', '| [x] | *y* |', ' | indented row |', 'lazy text', '|---|---|', '> quote', '- item', '')
  const tableDocuments = fc
    .tuple(fc.constantFrom('| Q | A |\n|---|---|', '| Q | A |\n| :- | -: |', '| Q |\n|---|---|', 'Intro\n| Q | A |\n|---|---|', '|Q|A|\n|-|-|'), fc.array(tableRow, { minLength: 1, maxLength: 60 }), fc.array(piece, { maxLength: 10 }))
    .map(([head, rows, before]) => `${before.join('\n')}\n\n${head}\n${rows.join('\n')}\n`)

  test('any table: same tree cut between rows as whole', () => {
    fc.assert(
      fc.property(tableDocuments, fc.integer({ min: 1, max: 200 }), (text, chunkSize) => {
        expect(parseMarkdownChunks(text, { chunkSize })).toEqual(whole(text))
      }),
      { numRuns: 3_000 },
    )
  }, 300_000)

  test('a 2,000-row table is cut between rows, and parses to the same tree', () => {
    const text = `| Question | Answer |\n| --- | --- |\n${Array.from({ length: 2_000 }, (_, i) => `| What is ${i}? | It is ${i}. |`).join('\n')}\n`
    const chunks = splitMarkdownChunks(text)
    expect(chunks.length).toBeGreaterThan(5)
    expect(chunks.slice(1).every((c) => c.tableHead === '| Question | Answer |\n| --- | --- |\n' && c.tableHeadLine === 1)).toBe(true)
    expect(parseMarkdownChunks(text)).toEqual(whole(text))
  })
})

// Issue 11 (found while measuring): micromark resolves a paragraph's text in
// quadratic time, and a paragraph has no blank line to cut at. A run of
// plain lines longer than MARKDOWN_CHUNK_LIMITS.paragraphSize is cut, and
// the cut lines are reported.
describe('a very long paragraph', () => {
  const lines = Array.from({ length: 4_000 }, (_, i) => `What *is* thing number ${i}? It is ${i}.`)
  const text = `${lines.join('\n')}\n`

  test('is cut into paragraphs of at most paragraphSize characters, each cut reported', () => {
    const cuts: number[] = []
    const root = parseMarkdownChunks(text, { onForcedCut: (line) => cuts.push(line) })
    expect(cuts.length).toBeGreaterThan(3)
    expect(root.children.every((node) => node.type === 'paragraph')).toBe(true)
    expect(root.children).toHaveLength(cuts.length + 1)
    expect(root.children.slice(1).map((node) => node.position?.start.line)).toEqual(cuts)
    for (const node of root.children) expect((node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0)).toBeLessThanOrEqual(MARKDOWN_CHUNK_LIMITS.paragraphSize + 100)
  })

  test('parseText warns, naming the lines', () => {
    const r = parseText(text, { format: 'markdown' })
    const warning = r.diagnostics.find((d) => d.code === 'degraded-markdown')
    expect(warning?.message).toMatch(/^input: lines \d+, \d+, .* start a new paragraph: the text there runs on for more than 8192 characters/)
  })

  // Issue 11 follow-up: lines that cannot start a paragraph but continue one
  // (`**Q1.**`, `[a]: b`, `1\tWhat`) made lazy lines of a list item; micromark
  // took 10 s for 109 KB of them.
  test.each([
    ['emphasis-led lines', '**Q1.** What?\n'],
    ['definition-like lines', '[a]: b\n'],
    ['number-led lines', '1\tWhat is x?\n'],
  ])('a run of %s inside a list item is cut too', (_name, line) => {
    const cuts: number[] = []
    parseMarkdownChunks(`1. What is x?\n${line.repeat(Math.ceil((3 * MARKDOWN_CHUNK_LIMITS.paragraphSize) / line.length))}`, { onForcedCut: (l) => cuts.push(l) })
    expect(cuts.length).toBeGreaterThanOrEqual(2)
  })

  test('a plain run shorter than paragraphSize is not cut', () => {
    const cuts: number[] = []
    parseMarkdownChunks(`# A\n\n${lines.slice(0, 150).join('\n')}\n`, { chunkSize: 64, onForcedCut: (line) => cuts.push(line) })
    expect(cuts).toEqual([])
  })
})

// micromark's time per setext heading grows with the document (see
// MARKDOWN_CHUNK_LIMITS.setextUnderlines): chunks hold a bounded number.
describe('underlined (setext) headings', () => {
  const limit = MARKDOWN_CHUNK_LIMITS.setextUnderlines
  // Enough headings that the text is longer than a chunk (shorter texts are never cut).
  const many = 25 * limit
  const whole = (text: string) => parseMarkdownChunks(text, { chunkSize: Number.POSITIVE_INFINITY })

  test('separated by blank lines: cut at paragraph starts, the same tree as whole, no forced cut', () => {
    const text = 'Title\n=====\n\nSome text.\n\n'.repeat(many)
    const chunks = splitMarkdownChunks(text)
    expect(text.length).toBeGreaterThan(MARKDOWN_CHUNK_LIMITS.chunkSize)
    expect(chunks.length).toBeGreaterThanOrEqual(24)
    expect(chunks.every((c) => c.forcedCut === undefined)).toBe(true)
    expect(parseMarkdownChunks(text)).toEqual(whole(text))
  })

  test('without a blank line: cut after an underline, each cut reported, the same tree as whole', () => {
    const text = 'x\n===\n'.repeat(many)
    const cuts: number[] = []
    const root = parseMarkdownChunks(text, { onForcedCut: (l) => cuts.push(l) })
    expect(cuts).toEqual(Array.from({ length: 24 }, (_, k) => 2 * (k + 1) * limit + 1))
    expect(root).toEqual(whole(text))
  })

  test('as lazy lines of a list item: cut, reported, and parseText warns', () => {
    const text = `1. What is x?\n${'x\n===\n'.repeat(many)}`
    const r = parseText(text, { format: 'markdown' })
    expect(r.diagnostics.find((d) => d.code === 'degraded-markdown')?.message).toMatch(/^input: lines 130, 258, .* start a new paragraph: .*\(or 64 heading underlines\)/)
  })

  test('up to the limit in a run: no cut; one more heading: one cut', () => {
    const forced = (n: number) => splitMarkdownChunks('x\n===\n'.repeat(n), { chunkSize: 1 }).filter((c) => c.forcedCut === true).length
    expect(forced(limit)).toBe(0)
    expect(forced(limit + 1)).toBe(1)
  })
})
