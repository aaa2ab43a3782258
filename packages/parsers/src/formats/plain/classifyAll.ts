import { isBlank } from '../../shared/isBlank.js'
import { isChromeLine } from '../../shared/furniture.js'
import type { TitleInfo } from './findTitle.js'
import type { SkipCollector } from './skipCollector.js'

/**
 * Skip every line of a document in which no question was found: the title
 * as `title`, furniture as `chrome`, the rest as `unrelated-prose`. Nothing
 * is left unaccounted for.
 *
 * @example
 *   classifyAll(['Notes', 'Fixed a bug.'], { index: 0, text: 'Notes' }, skips)
 *   // skips.ranges: title 1, unrelated-prose 2
 */
export function classifyAll(lines: readonly string[], title: TitleInfo | undefined, skips: SkipCollector): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    if (i === title?.index) skips.add(i, 'title')
    else skips.add(i, isChromeLine(line) ? 'chrome' : 'unrelated-prose')
  }
}
