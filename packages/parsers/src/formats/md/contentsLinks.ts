import type { List, ListItem, Table } from 'mdast'
import { promptKey } from '../../shared/promptKey.js'
import type { DraftQuestion, SkippedRange } from '../../types.js'
import { inPageLink } from './chromeBlock.js'

/**
 * Whether a list is a table of contents: every item's text is one link to
 * an anchor in the same document (`- [What is JSX?](#what-is-jsx)`),
 * optionally followed by a nested list of the same kind.
 *
 * WHY: README question collections open with such a list, and when it
 * lists the questions themselves every item ends with `?`; the questions
 * are the headings the links point to, not the links.
 *
 * @example
 *   isContentsList(listOf('- [Basics](#basics)\n- [What is JSX?](#what-is-jsx)')) // true
 */
export function isContentsList(list: List): boolean {
  return list.children.length > 0 && list.children.every(isContentsItem)
}

/**
 * Whether a table is a table of contents: some column holds, in every body
 * row, nothing but one in-page link (`| 1 | [What is React?](#what-is-react) |`).
 *
 * @example
 *   isContentsTable(tableOf('| No. | Questions |\n|---|---|\n| 1 | [What is React?](#what-is-react) |')) // true
 */
export function isContentsTable(table: Table): boolean {
  const [header, ...rows] = table.children
  return rows.length > 0 && header!.children.some((_, c) => rows.every((r) => inPageLink(r.children[c]?.children ?? []) !== undefined))
}

function isContentsItem(item: ListItem): boolean {
  const [first, ...rest] = item.children
  if (first?.type !== 'paragraph' || inPageLink(first.children) === undefined) return false
  return rest.every((b) => b.type === 'list' && isContentsList(b))
}

/**
 * Take out the questions that are entries of a table of contents: an
 * unanswered question whose prompt is asked again, with an answer, further
 * down, next to another such question (a contents list has several entries
 * together). Their lines are skipped as `related-links`.
 *
 * WHY: a post that lists its questions first ("In this post: 1. What is
 * JSX? 2. …") and then asks them would otherwise give every question twice,
 * the first time without its answer.
 *
 * @example
 *   dropContentsEntries([tocA, tocB, a, b], skipped) // [a, b]; skipped gains tocA and tocB
 */
export function dropContentsEntries(questions: readonly DraftQuestion[], skipped: SkippedRange[]): DraftQuestion[] {
  const key = (q: DraftQuestion) => promptKey(q.prompt)
  // Each answered prompt's last index (later entries overwrite earlier ones).
  const answeredLater = new Map(questions.flatMap((q, i) => (q.answer === undefined ? [] : [[key(q), i] as const])))
  const entry = questions.map((q, i) => q.answer === undefined && (answeredLater.get(key(q)) ?? -1) > i)
  const drop = entry.map((e, i) => e && (entry[i - 1] === true || entry[i + 1] === true))
  if (!drop.includes(true)) return [...questions]
  let open = -1
  questions.forEach((q, i) => {
    const last = skipped[open]
    if (drop[i] !== true) open = -1
    else if (last !== undefined) skipped[open] = { ...last, last: q.lines.last }
    else open = skipped.push({ first: q.lines.first, last: q.lines.last, reason: 'related-links', detail: 'table of contents' }) - 1
  })
  return questions.filter((_, i) => drop[i] !== true)
}
