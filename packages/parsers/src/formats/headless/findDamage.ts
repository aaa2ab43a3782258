import type { DamageKind } from '../../types.js'
import { isLeadIn, isListItem } from './lineShapes.js'
import { repairListItems } from './repairListItems.js'
import { splitSentences } from './splitSentences.js'

/**
 * Name what scraping visibly damaged in an answer block's lines (the text
 * is kept as printed):
 *
 * - `glued-text`: sentences run together without a space (`…paths.Forms in …`).
 * - `missing-code-block`: a lead-in (`Example Database Configuration:`) followed
 *   by another lead-in, a sub-question or nothing: what it introduced was dropped.
 * - `broken-list`: list items split where inline code was
 *   (`- Set` / `DEBUG = False - Configure`); see `repairListItems`.
 *
 * @example
 *   findDamage(['Instead of writing SQL like:', 'You write Python code:']) // ['missing-code-block']
 */
export function findDamage(lines: readonly string[]): DamageKind[] {
  const damage = new Set<DamageKind>()
  const content = lines.map((l) => l.trim()).filter((l) => l !== '')
  content.forEach((line, i) => {
    if (splitSentences(line).some((s) => s.glued)) damage.add('glued-text')
    if (isLeadIn(line)) {
      const next = content[i + 1]
      if (next === undefined || (/[:?]\s*$/.test(next) && !isListItem(next))) damage.add('missing-code-block')
    }
  })
  if (repairListItems(content).repaired) damage.add('broken-list')
  return [...damage].sort()
}
