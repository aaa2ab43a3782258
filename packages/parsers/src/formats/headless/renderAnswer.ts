import { isCodeLine, isListItem, isTreeLine, listItemText } from './lineShapes.js'
import { repairListItems } from './repairListItems.js'
import { linesToMarkdown } from '../plain/linesToMarkdown.js'
import type { LogicalLine } from '../plain/repairScrapedLines.js'

/**
 * Turn the lines of an answer block into markdown: list items a scraper
 * split at inline code are rejoined (see `repairListItems`), each prose
 * line becomes a paragraph (scrapers keep one paragraph per line), list items become
 * `- ` items (numbered ones keep their number), runs of code or tree lines
 * become fenced blocks so `# comment` or `__init__.py` do not turn into
 * headings or bold; prose that would read as markdown syntax is escaped.
 * The blocks are written by `linesToMarkdown`, as the plain styles' answers are.
 *
 * @example
 *   renderAnswer(['Static files are files.', 'These include:', '- CSS files', '- Images'])
 *   // 'Static files are files.\n\nThese include:\n\n- CSS files\n- Images'
 */
export function renderAnswer(lines: readonly string[]): string {
  const out: LogicalLine[] = []
  // Brackets a code line left open: the lines up to their close are code
  // too, whatever they look like (`id INT PRIMARY KEY,` inside `CREATE TABLE (`).
  let open = 0
  for (const [k, line] of repairListItems(lines).lines.entries()) {
    if (open > 0 || isTreeLine(line) || (isCodeLine(line) && !isListItem(line))) {
      out.push({ text: line, marker: '', first: k, last: k, code: true })
      open = Math.max(0, open + bracketBalance(line))
      continue
    }
    open = 0
    const item = listItemText(line)
    if (item === null) {
      out.push({ text: escapeProse(line), marker: '', first: k, last: k })
      continue
    }
    // A numbered line in a scraped answer is a sub-heading ("1. get()")
    // over its own bullets: it stays a paragraph of its own.
    const number = /^(\d{1,3})[.)]/.exec(line)?.[1]
    out.push(number === undefined ? { text: item, marker: '- ', first: k, last: k } : { text: `${number}. ${item}`, marker: '', first: k, last: k })
  }
  return linesToMarkdown(out)
}

// Opening minus closing brackets in a line.
function bracketBalance(line: string): number {
  return (line.match(/[([{]/g)?.length ?? 0) - (line.match(/[)\]}]/g)?.length ?? 0)
}

// Characters that would start markdown syntax at the beginning of a paragraph.
function escapeProse(line: string): string {
  return /^(?:#|>|[+*=|]|-{3,}|_{3,})/.test(line) ? `\\${line}` : line
}
