import type { LogicalLine } from './repairScrapedLines.js'

/**
 * Render rebuilt lines as markdown: each paragraph line is its own
 * paragraph (scraped pages put one block per line), consecutive items form
 * one list, and blocks are separated by blank lines so that no paragraph
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
  for (const line of lines) {
    if (line.marker === '') {
      if (list.length > 0) blocks.push(list.join('\n'))
      list = []
      blocks.push(line.text)
    } else list.push(`${line.marker}${line.text}`)
  }
  if (list.length > 0) blocks.push(list.join('\n'))
  return blocks.join('\n\n')
}
