const LABEL = /^hint\s*[:\-–—]\s*/i

/**
 * The text of a printed hint: without the parentheses around it, emphasis
 * markers or a leading `Hint:` label.
 *
 * @example
 *   hintText('(Discuss its role as an interface.)') // 'Discuss its role as an interface.'
 *   hintText('Hint: think of tables') // 'think of tables'
 */
export function hintText(text: string): string {
  let t = text.trim()
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim()
  return t.replace(LABEL, '').trim()
}
