import { fencedLines } from '../../shared/fencedLines.js'
import { repairScrapedLines, type LogicalLine } from './repairScrapedLines.js'

/**
 * Render rebuilt lines as markdown: each paragraph line is its own
 * paragraph (scraped pages put one block per line), consecutive items form
 * one list, consecutive code lines one fenced code block, and blocks are separated by blank lines so that no paragraph
 * is read as a lazy continuation of a list item.
 *
 * @example
 *   linesToMarkdown([
 *     { text: 'Intro:', marker: '', first: 0, last: 0 },
 *     { text: 'one', marker: '- ', first: 1, last: 1 },
 *     { text: 'two', marker: '- ', first: 2, last: 2 },
 *   ]) // 'Intro:\n\n- one\n- two'
 */
export function linesToMarkdown(lines: readonly LogicalLine[]): string {
  const blocks: string[] = []
  let list: string[] = []
  let code: string[] = []
  const flush = (): void => {
    if (list.length > 0) blocks.push(list.join('\n'))
    if (code.length > 0) {
      // Code that prints a ``` fence of its own is fenced with four.
      const fence = code.some((l) => l.includes('```')) ? '````' : '```'
      blocks.push([fence, ...dedent(code), fence].join('\n'))
    }
    list = []
    code = []
  }
  for (const line of lines) {
    if (line.code === true) {
      if (list.length > 0) flush()
      code.push(line.text)
    } else if (line.marker === '') {
      flush()
      blocks.push(line.text)
    } else {
      if (code.length > 0) flush()
      list.push(`${line.marker}${line.text}`)
    }
  }
  flush()
  return blocks.join('\n\n')
}

// Scraped code keeps whatever indentation the page had; the block is
// shifted left so that its least indented line starts the line.
function dedent(code: readonly string[]): string[] {
  const indents = code.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length)
  const shift = Math.min(...indents)
  return code.map((l) => l.slice(shift))
}

/**
 * The markdown of an answer's raw lines: scraped text is rebuilt
 * (`repairScrapedLines`) and rendered (`linesToMarkdown`), while fenced code
 * blocks the page already wrote as markdown are kept as printed.
 *
 * @example
 *   answerMarkdown(['Use a loop:', '```', 'for x in xs:', '    print(x)', '```']) // 'Use a loop:\n\n```\nfor x in xs:\n    print(x)\n```'
 */
export function answerMarkdown(raw: readonly string[]): string {
  const fenced = fencedLines(raw)
  if (fenced.size === 0) return linesToMarkdown(repairScrapedLines(raw))
  const parts: string[] = []
  let i = 0
  while (i < raw.length) {
    const inCode = fenced.has(i)
    let j = i
    while (j < raw.length && fenced.has(j) === inCode) j++
    const chunk = raw.slice(i, j)
    const text = inCode ? dedent(chunk).join('\n') : linesToMarkdown(repairScrapedLines(chunk))
    if (text.trim() !== '') parts.push(text)
    i = j
  }
  return parts.join('\n\n')
}