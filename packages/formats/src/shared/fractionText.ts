/**
 * An equal share of 100% among `count` right answers, as Moodle writes
 * fractions: at most `digits` decimals, trailing zeros dropped.
 *
 * @example
 *   fractionText(3, 5) // '33.33333'
 *   fractionText(2, 5) // '50'
 */
export function fractionText(count: number, digits: number): string {
  let text = (100 / count).toFixed(digits)
  while (text.includes('.') && text.endsWith('0')) text = text.slice(0, -1)
  return text.endsWith('.') ? text.slice(0, -1) : text
}
