import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast'
import { promptKey } from '../../shared/promptKey.js'
import type { DraftQuestion, SkippedRange, SourceDocument } from '../../types.js'
import { inlineToText } from './inlineToText.js'
import { makeDraft } from './makeDraft.js'
import { splitPromptNodes } from './splitPromptNodes.js'

const QUESTION_HEADER = /^(?:q|prompts?)$|\bquestions?\b/i
const ANSWER_HEADER = /^(?:a|solutions?|explanations?|responses?)$|\banswers?\b/i
const HINT_HEADER = /^hints?$/i
const NUMBER_HEADER = /^(?:#|no\.?|nr\.?|n°|num(?:ber)?)$/i

/**
 * Questions from a table with a Question column (header `Question`, `Q`,
 * `Prompt`, …) and optionally Answer, Hint and number (`#`, `No.`)
 * columns: one question per body row. Returns null when the table has no
 * question column. The header and delimiter rows are skipped as `heading`;
 * rows with an empty question cell as `unrelated-prose`.
 *
 * @example
 *   tableQuestions(table, doc, ['Basics'], new Set())?.questions[0]?.prompt // 'What is a view?'
 */
export function tableQuestions(table: Table, doc: SourceDocument, section: readonly string[], askedElsewhere: ReadonlySet<string>): { questions: DraftQuestion[]; skipped: SkippedRange[] } | null {
  const [header, ...rows] = table.children
  if (header === undefined) return null
  const names = header.children.map((cell) => inlineToText(cell.children))
  const column = (pattern: RegExp, except: number[] = []) => names.findIndex((n, i) => !except.includes(i) && pattern.test(n))
  const q = column(QUESTION_HEADER)
  if (q === -1) return askingColumns(header, rows, section, askedElsewhere)
  const a = column(ANSWER_HEADER, [q])
  const h = column(HINT_HEADER, [q, a])
  const n = column(NUMBER_HEADER, [q, a, h])
  const questions: DraftQuestion[] = []
  const skipped: SkippedRange[] = []
  const headerStart = header.position?.start.line ?? 0
  // The delimiter row is the line after the header row.
  skipped.push({ first: headerStart, last: headerStart + 1, reason: 'heading', detail: 'table header' })
  for (const row of rows) {
    const line = row.position?.start.line ?? 0
    const cell = (i: number): TableCell | undefined => (i === -1 ? undefined : row.children[i])
    const parts = splitPromptNodes(cell(q)?.children ?? [])
    if (parts.prompt === '') {
      skipped.push({ first: line, last: row.position?.end.line ?? line, reason: 'unrelated-prose', detail: 'table row without a question' })
      continue
    }
    const hint = cell(h) === undefined ? '' : inlineToText(cell(h)!.children)
    const number = cell(n) === undefined ? '' : inlineToText(cell(n)!.children)
    questions.push(
      makeDraft({
        prompt: parts.prompt,
        answer: cellSource(cell(a)?.children ?? [], doc),
        hints: hint === '' ? parts.hints : [...parts.hints, hint],
        section,
        number: number === '' ? undefined : number,
        lines: { first: line, last: row.position?.end.line ?? line },
        markers: parts.markers,
      }),
    )
  }
  return { questions, skipped }
}

/** Whether a table's header names a question column. */
export function hasQuestionColumn(table: Table): boolean {
  return table.children[0]?.children.some((cell) => QUESTION_HEADER.test(inlineToText(cell.children))) ?? false
}

/** A cell's markdown as written, with escaped pipes unescaped. */
function cellSource(children: readonly PhrasingContent[], doc: SourceDocument): string {
  const first = children[0]?.position?.start.offset
  const last = children[children.length - 1]?.position?.end.offset
  if (first === undefined || last === undefined) return ''
  // `\|` only escapes the cell delimiter; outside the table it is a plain pipe.
  return doc.text.slice(first, last).trim().split('\\|').join('|')
}

/** Fewest cells of a column that must be asked elsewhere in the document for the column to hold questions. */
const MIN_ASKED_CELLS = 2

/**
 * Questions from a table without a Question column whose columns hold
 * questions the document also asks elsewhere: a column with at least
 * `MIN_ASKED_CELLS` cells that repeat a question of the document's lists
 * (`askedElsewhere`, see `promptKey`) is a column of questions, often
 * terse stubs ("CI/CD workflow", "TCP vs UDP"); its header names their
 * section (an interview, a topic). Cells are read row by row, left to
 * right. Null when no column qualifies.
 */
function askingColumns(header: TableRow, rows: readonly TableRow[], section: readonly string[], askedElsewhere: ReadonlySet<string>): { questions: DraftQuestion[]; skipped: SkippedRange[] } | null {
  if (askedElsewhere.size === 0) return null
  const text = (cell: TableCell | undefined) => (cell === undefined ? '' : inlineToText(cell.children))
  const columns = header.children
    .map((_, c) => c)
    .filter((c) => rows.filter((r) => askedElsewhere.has(promptKey(text(r.children[c])))).length >= MIN_ASKED_CELLS)
  if (columns.length === 0) return null
  const headerStart = header.position?.start.line ?? 0
  const skipped: SkippedRange[] = [{ first: headerStart, last: headerStart + 1, reason: 'heading', detail: 'table header' }]
  const questions: DraftQuestion[] = []
  for (const row of rows) {
    const line = row.position?.start.line ?? 0
    let asked = false
    for (const c of columns) {
      const parts = splitPromptNodes(row.children[c]?.children ?? [])
      if (parts.prompt === '') continue
      const name = text(header.children[c])
      questions.push(makeDraft({ prompt: parts.prompt, hints: parts.hints, section: name === '' ? section : [...section, name], lines: { first: line, last: row.position?.end.line ?? line }, markers: parts.markers }))
      asked = true
    }
    if (!asked) skipped.push({ first: line, last: row.position?.end.line ?? line, reason: 'unrelated-prose', detail: 'table row without a question' })
  }
  return { questions, skipped }
}