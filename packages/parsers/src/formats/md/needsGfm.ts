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
  return text.split('\n').some((line) => TASK_ITEM.test(line) || isDelimiterRow(line))
}

/** Whether a line is the delimiter row of a GFM table (`|---|:--:|`). */
export function isDelimiterRow(line: string): boolean {
  return line.includes('|') && line.includes('-') && DELIMITER_ROW.test(line)
}
