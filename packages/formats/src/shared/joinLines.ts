/**
 * Text that must stay on one line: each line break, with the white space
 * around it, becomes one space. Text without a line break is returned as is.
 *
 * @example
 *   joinLines('Which one\n  of these?') // 'Which one of these?'
 */
export function joinLines(text: string): string {
  if (!/[\r\n]/.test(text)) return text
  const lines = text.split(/\r\n?|\n/)
  // Only the white space that touches a line break goes: the text's own ends are kept.
  return lines
    .map((l, i) => (i === 0 ? l.trimEnd() : i === lines.length - 1 ? l.trimStart() : l.trim()))
    .filter((l, i) => l !== '' || i === 0 || i === lines.length - 1)
    .join(' ')
}
