/** An opening or closing code fence: three or more backticks or tildes. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/

/**
 * The 0-based indices of the lines of fenced code blocks, the fences
 * included (an unclosed fence runs to the end). No rule may read a
 * question, a heading or a label in them: a prompt that is just
 * ```` ``` ```` or a `# comment` taken for a heading is a parser bug.
 *
 * @example
 *   fencedLines(['Q?', '```', '# not a heading', '```', 'Answer: x']) // Set { 1, 2, 3 }
 */
export function fencedLines(lines: readonly string[]): Set<number> {
  const fenced = new Set<number>()
  let open: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i] ?? '')
    if (open === undefined && m === null) continue
    fenced.add(i)
    if (open === undefined) open = m![1]!
    else if (closesFence(lines[i] ?? '', open)) open = undefined
  }
  return fenced
}

/**
 * Whether a line closes a top-level fence opened by `marker` (```` ``` ````,
 * `~~~~`): at most 3 spaces, the opening's character at least as many
 * times, and nothing after it.
 *
 * @example
 *   closesFence('````', '```') // true
 *   closesFence('``` js', '```') // false
 */
export function closesFence(line: string, marker: string): boolean {
  const m = FENCE.exec(line)
  return m !== null && m[1]!.charAt(0) === marker.charAt(0) && m[1]!.length >= marker.length && line.slice(m[0].length).trim() === ''
}
