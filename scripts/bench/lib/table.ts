/** A markdown table: header row, separator, rows (numbers right-aligned by the `|---:|` marker). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string {
  const marker = header.map((_, i) => ((align[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'))
  return [header, marker, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}
