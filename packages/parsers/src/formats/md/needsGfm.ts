/** A task-list item: `- [ ] …`, `1. [x] …`. */
export const TASK_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/
const DELIMITER_ROW = /^[ \t|:-]+$/

/**
 * Whether a document uses the GFM blocks the question extractors read:
 * tables and task-list items.
 *
 * WHY: the GFM extensions make remark about twice as slow (autolink
 * literals scan every character), and the other GFM constructs
 * (strikethrough, autolinks, footnotes) do not change which lines are
 * questions. The check is a line scan at the speed of `split`.
 *
 * @example
 *   needsGfm('| Question | Answer |\n|---|---|\n| What? | That. |') // true
 *   needsGfm('1. What is a view?') // false
 */
export function needsGfm(text: string): boolean {
  let pos = 0
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos)
    const end = nl === -1 ? text.length : nl
    const line = text.slice(pos, end)
    if (TASK_ITEM.test(line) || isDelimiterRow(line)) return true
    pos = end + 1
  }
  return false
}

/** Whether a line is the delimiter row of a GFM table (`|---|:--:|`). */
export function isDelimiterRow(line: string): boolean {
  return line.includes('|') && line.includes('-') && DELIMITER_ROW.test(line)
}
