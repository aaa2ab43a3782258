import { prevNonBlank } from './textLines.js'
import type { SkippedRange, SkipReason } from '../types.js'

/**
 * Collects skipped lines in document order and merges neighbours with the
 * same reason (blank lines between them allowed) into one range, so each
 * skipped stretch becomes one diagnostic. Neighbours merge only when their
 * details agree too, unless `joinDetails` is set: then their details are
 * listed together (`counter, tag-cloud`).
 *
 * @example
 *   const skips = new SkipCollector(['a', '', 'b'])
 *   skips.add(0, 'preamble'); skips.add(2, 'preamble')
 *   skips.ranges // [{ first: 1, last: 3, reason: 'preamble' }]
 */
export class SkipCollector {
  readonly ranges: SkippedRange[] = []

  constructor(
    private readonly lines: readonly string[],
    private readonly joinDetails = false,
  ) {}

  /** Skip one line (0-based index) for a reason. */
  add(index: number, reason: SkipReason, detail?: string): void {
    const line = index + 1
    const last = this.ranges[this.ranges.length - 1]
    // Only blank lines may stand between the last range and this line.
    if (last !== undefined && last.reason === reason && (last.detail === detail || this.joinDetails) && last.last < line && prevNonBlank(this.lines, index - 1) < last.last) {
      const merged = { ...last, last: line }
      if (detail !== undefined && merged.detail !== undefined && merged.detail !== detail && !merged.detail.split(', ').includes(detail)) merged.detail += `, ${detail}`
      this.ranges[this.ranges.length - 1] = merged
      return
    }
    this.ranges.push(detail === undefined ? { first: line, last: line, reason } : { first: line, last: line, reason, detail })
  }

  /** Skip lines `from..to` (0-based, inclusive) as one range. */
  addRange(from: number, to: number, reason: SkipReason, detail?: string): void {
    if (to < from) return
    this.ranges.push(detail === undefined ? { first: from + 1, last: to + 1, reason } : { first: from + 1, last: to + 1, reason, detail })
  }
}
