import type { DocumentMeta } from '../../types.js'
import { declaredCount } from '../../shared/declaredCount.js'
import type { TitleInfo } from './findTitle.js'

/**
 * Metadata of a plain-text document: its title, and the question count it
 * declares in the title or, failing that, in the lines before `end`.
 *
 * @example
 *   documentMeta(lines, { index: 0, text: 'Top 20 Questions' }, 5) // { title: 'Top 20 Questions', declaredCount: 20 }
 */
export function documentMeta(lines: readonly string[], title: TitleInfo | undefined, end: number): DocumentMeta {
  const meta: DocumentMeta = {}
  if (title !== undefined) meta.title = title.text
  let count = title === undefined ? undefined : declaredCount(title.text)
  for (let i = 0; count === undefined && i < Math.min(end, lines.length); i++) count = declaredCount(lines[i] ?? '')
  if (count !== undefined) meta.declaredCount = count
  return meta
}
