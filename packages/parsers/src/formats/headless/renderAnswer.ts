import { isCodeLine, isListItem, isTreeLine } from './lineShapes.js'
import { parseListItem } from '../plain/numbering.js'
import { repairListItems } from './repairListItems.js'

/**
 * Turn the lines of an answer block into markdown: list items a scraper
 * split at inline code are rejoined (see `repairListItems`), each prose
 * line becomes a paragraph (scrapers keep one paragraph per line), list items become
 * `- ` items (numbered ones keep their number), runs of code or tree lines
 * become fenced blocks so `# comment` or `__init__.py` do not turn into
 * headings or bold. Paragraphs, lists and fences are separated by blank
 * lines; prose that would read as markdown syntax is escaped.
 *
 * @example
 *   renderAnswer(['Static files are files.', 'These include:', '- CSS files', '- Images'])
 *   // 'Static files are files.\n\nThese include:\n\n- CSS files\n- Images'
 */
export function renderAnswer(lines: readonly string[]): string {
  const blocks: string[] = []
  let list: string[] = []
  let code: string[] = []
  const flush = () => {
    if (list.length > 0) blocks.push(list.join('\n'))
    if (code.length > 0) {
      const fence = code.some((l) => l.includes('```')) ? '````' : '```'
      blocks.push(`${fence}\n${code.join('\n')}\n${fence}`)
    }
    list = []
    code = []
  }
  // Brackets a code line left open: the lines up to their close are code
  // too, whatever they look like (`id INT PRIMARY KEY,` inside `CREATE TABLE (`).
  let open = 0
  for (const line of repairListItems(lines).lines) {
    if (open > 0 || isTreeLine(line) || (isCodeLine(line) && !isListItem(line))) {
      if (list.length > 0) flush()
      code.push(line)
      open = Math.max(0, open + bracketBalance(line))
      continue
    }
    open = 0
    if (code.length > 0) flush()
    const item = parseListItem(line)?.text
    if (item !== undefined) {
      const number = /^(\d{1,3})[.)]/.exec(line)?.[1]
      if (number === undefined) list.push(`- ${item}`)
      else {
        // A numbered line in a scraped answer is a sub-heading ("1. get()")
        // over its own bullets: keep it apart from them.
        flush()
        blocks.push(`${number}. ${item}`)
      }
      continue
    }
    flush()
    blocks.push(escapeProse(line))
  }
  flush()
  return blocks.join('\n\n')
}

// Opening minus closing brackets in a line.
function bracketBalance(line: string): number {
  let n = 0
  for (const c of line) {
    if (c === '(' || c === '[' || c === '{') n++
    else if (c === ')' || c === ']' || c === '}') n--
  }
  return n
}

// Characters that would start markdown syntax at the beginning of a paragraph.
function escapeProse(line: string): string {
  if (/^(?:#|>|[+*=|]|-{3,}|_{3,})/.test(line)) return `\\${line}`
  return line
}
