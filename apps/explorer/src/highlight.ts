import type { MatchRange } from '@quizbank/core/search'
import { h } from './h.ts'

/**
 * `text` as nodes, with each matched range wrapped in `<mark>` (ranges may
 * come in any order; overlapping ones are merged into the first).
 *
 * @example
 *   highlight('Use select_related', [{ start: 4, end: 18, term: 'select_related' }])
 */
export function highlight(text: string, ranges: readonly MatchRange[]): (Node | string)[] {
  const out: (Node | string)[] = []
  let at = 0
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue
    if (r.start > at) out.push(text.slice(at, r.start))
    out.push(h('mark', {}, text.slice(r.start, r.end)))
    at = r.end
  }
  if (at < text.length) out.push(text.slice(at))
  return out
}
