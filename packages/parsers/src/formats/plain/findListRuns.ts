import { fencedLines } from '../../shared/fencedLines.js'
import { asksOrDirects, endsWithQuestionMark } from '../../shared/questionCues.js'
import { findBareNumberedItems, parseListItem, type ListItem } from './numbering.js'
import { indentOf, isBlank, nextNonBlank } from '../../shared/textLines.js'

/** One item of a list run, with the lines that continue it. */
export interface RunItem extends ListItem {
  /** 0-based index of the item's line. */
  index: number
  /** 0-based index of its last continuation line (or of the item line). */
  last: number
  /** Indented lines right under the item, trimmed. */
  continuation: string[]
}

/** Consecutive items of one kind (blank lines between them allowed). */
export interface ListRun {
  kind: ListItem['kind']
  items: RunItem[]
}

/**
 * Find the runs of list items in a document (numbered, bulleted, or
 * numbered without punctuation in a counting row, see
 * `findBareNumberedItems`). A run continues across blank
 * lines while the next line is an item of the same kind; an indented line
 * directly under an item continues that item; any other line ends the run.
 *
 * @example
 *   findListRuns(['1. What?', '2. Why?', '', 'Text', '- a']).map((r) => r.items.length) // [2, 1]
 */
export function findListRuns(lines: readonly string[]): ListRun[] {
  const runs: ListRun[] = []
  const bare = findBareNumberedItems(lines)
  const code = fencedLines(lines)
  let run: ListRun | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    const item = code.has(i) ? undefined : (parseListItem(line) ?? bare.get(i))
    const prev = run?.items[run.items.length - 1]
    if (item === undefined) {
      // An indented line straight under an item belongs to it, and so does
      // a lower-case line that carries on an unfinished item (a hard wrap).
      if (prev !== undefined && prev.last === i - 1 && (indentOf(line) > prev.indent || wrapsItem(prev, line))) {
        prev.continuation.push(line.trim())
        prev.last = i
      } else run = undefined
      continue
    }
    const next: RunItem = { ...item, index: i, last: i, continuation: [] }
    // Numbers printed another way (`1 …` then `1. …`) start another list.
    const sameStyle = prev === undefined || bare.has(prev.index) === bare.has(i)
    if (run !== undefined && run.kind === item.kind && sameStyle && (prev === undefined || nextNonBlank(lines, prev.last + 1) === i)) run.items.push(next)
    else {
      run = { kind: item.kind, items: [next] }
      runs.push(run)
    }
  }
  return runs
}

function wrapsItem(item: RunItem, line: string): boolean {
  const last = item.continuation[item.continuation.length - 1] ?? item.text
  return /^\p{Ll}/u.test(line.trim()) && !/[.?!:]$/.test(last)
}

/**
 * Whether a run is a list of questions: most (60 %) of its items read as
 * questions (for bullets: hold a `?`), or it is a single numbered item
 * ending in `?`.
 *
 * @example
 *   isQuestionRun({ kind: 'number', items: [what, how, installStep] }) // true (2 of 3)
 */
export function isQuestionRun(run: ListRun): boolean {
  const questions = run.items.filter((it) => (run.kind === 'number' ? asksOrDirects(it.text) : it.text.includes('?'))).length
  if (run.items.length === 1) return run.kind === 'number' && endsWithQuestionMark(run.items[0]?.text ?? '')
  return questions / run.items.length >= 0.6
}
