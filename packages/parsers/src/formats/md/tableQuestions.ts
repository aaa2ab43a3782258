import type { PhrasingContent, Table, TableRow } from 'mdast'
import { promptKey } from '../../shared/promptKey.js'
import type { DraftQuestion, SkippedRange, SourceDocument } from '../../types.js'
import { nodeSource } from './blockSource.js'
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
 * columns: one question per body row. Without a question column, from the
 * columns that repeat questions asked elsewhere (see `askingColumns`).
 * Returns null when the table has neither. The header and delimiter rows
 * are skipped as `heading`; rows without a question as `unrelated-prose`.
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
  const asking = q === -1 ? askingColumns(names, rows, askedElsewhere) : [q]
  if (asking.length === 0) return null
  // Only a table with a Question column has Answer, Hint and number columns; a missing one is -1, which indexes no cell.
  const a = q === -1 ? -1 : column(ANSWER_HEADER, [q])
  const h = q === -1 ? -1 : column(HINT_HEADER, [q, a])
  const n = q === -1 ? -1 : column(NUMBER_HEADER, [q, a, h])
  const questions: DraftQuestion[] = []
  const headerStart = header.position?.start.line ?? 0
  // The delimiter row is the line after the header row.
  const skipped: SkippedRange[] = [{ first: headerStart, last: headerStart + 1, reason: 'heading', detail: 'table header' }]
  for (const row of rows) {
    const first = row.position?.start.line ?? 0
    const lines = { first, last: row.position?.end.line ?? first }
    const asked = questions.length
    for (const c of asking) {
      const parts = splitPromptNodes(row.children[c]?.children ?? [])
      if (parts.prompt === '') continue
      const hint = inlineToText(row.children[h]?.children ?? [])
      const number = inlineToText(row.children[n]?.children ?? [])
      // A column found by its repeated questions names their section (an interview, a topic).
      const name = q === -1 ? names[c]! : ''
      questions.push(
        makeDraft({
          prompt: parts.prompt,
          answer: cellSource(row.children[a]?.children ?? [], doc),
          hints: hint === '' ? parts.hints : [...parts.hints, hint],
          section: name === '' ? section : [...section, name],
          number: number === '' ? undefined : number,
          lines,
          markers: parts.markers,
        }),
      )
    }
    if (questions.length === asked) skipped.push({ ...lines, reason: 'unrelated-prose', detail: 'table row without a question' })
  }
  return { questions, skipped }
}

/** Whether a table's header names a question column. */
export function hasQuestionColumn(table: Table): boolean {
  return table.children[0]?.children.some((cell) => QUESTION_HEADER.test(inlineToText(cell.children))) ?? false
}

/** A cell's markdown as written, with escaped pipes unescaped. */
function cellSource(children: readonly PhrasingContent[], doc: SourceDocument): string {
  // `\|` only escapes the cell delimiter; outside the table it is a plain pipe.
  return nodeSource(children[0], doc, children.at(-1)).trim().split('\\|').join('|')
}

/** Fewest cells of a column that must be asked elsewhere in the document for the column to hold questions. */
const MIN_ASKED_CELLS = 2

/**
 * The columns of a table without a Question column that hold questions the
 * document also asks elsewhere: at least `MIN_ASKED_CELLS` cells that repeat
 * a question of the document's lists (`askedElsewhere`, see `promptKey`).
 * They are often terse stubs ("CI/CD workflow", "TCP vs UDP"); the header
 * names their section. Cells are read row by row, left to right.
 */
function askingColumns(names: readonly string[], rows: readonly TableRow[], askedElsewhere: ReadonlySet<string>): number[] {
  if (askedElsewhere.size === 0) return []
  const asked = (row: TableRow, c: number) => askedElsewhere.has(promptKey(inlineToText(row.children[c]?.children ?? [])))
  return names.map((_, c) => c).filter((c) => rows.filter((r) => asked(r, c)).length >= MIN_ASKED_CELLS)
}
