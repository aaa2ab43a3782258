import type { Nodes } from 'mdast'

/**
 * Plain text of markdown nodes, the way prompts are stored: emphasis, links
 * and HTML tags dropped, inline code kept in backticks, white space outside
 * code collapsed to single spaces.
 *
 * @example
 *   inlineToText(paragraph.children) // 'What does `select_related()` do?'
 */
export function inlineToText(nodes: readonly Nodes[]): string {
  let out = ''
  for (const part of pieces(nodes)) {
    // Joined pieces must not double spaces; code spans start with a backtick, so they are never trimmed.
    out += out.endsWith(' ') && part.startsWith(' ') ? part.trimStart() : part
  }
  return out.trim()
}

/** Wrap code in a backtick fence longer than any backtick run inside it. */
export function codeSpan(value: string): string {
  const longest = (value.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0)
  const fence = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${value}${pad}${fence}`
}

function pieces(nodes: readonly Nodes[]): string[] {
  const parts: string[] = []
  // Explicit stack (reversed children) so deeply nested emphasis cannot overflow.
  const stack: Nodes[] = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    switch (node.type) {
      case 'text':
        parts.push(collapse(node.value))
        break
      case 'inlineCode':
      case 'code':
        parts.push(codeSpan(node.value))
        break
      case 'break':
        parts.push(' ')
        break
      case 'image':
      case 'imageReference':
        parts.push(collapse(node.alt ?? ''))
        break
      case 'html':
        // Inline tags such as <br> separate words; their text is not content.
        parts.push(isBreakTag(node.value) ? ' ' : '')
        break
      // Footnotes are not the text's; childless nodes (definitions, footnote references) give none below.
      case 'footnoteDefinition':
        break
      default:
        if ('children' in node) {
          // Block children (paragraphs of an item) are separated by a space.
          const children = node.children as Nodes[]
          const emphasis = node.type === 'strong' || node.type === 'emphasis'
          for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i]!
            stack.push(emphasis && child.type === 'text' ? { ...child, value: dropStrayAsterisks(child.value) } : child)
            if (i > 0 && isBlock(children[i]!)) stack.push({ type: 'text', value: ' ' })
          }
        }
    }
  }
  return parts
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ')
}

// Word processors export bold as bold around escaped asterisks
// (`***\*Q3. Explain X\****`), which markdown keeps as literal `*` glued to
// the words inside the emphasis. There, asterisks glued to the start or end
// of a word are never text (`2 * 3` and `a*b` keep theirs); outside
// emphasis an escaped `\*` is meant.
const STRAY_ASTERISKS = /(?<=^|\s)\*+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.?!:)])\*+(?=\s|$)/gu

function dropStrayAsterisks(s: string): string {
  return s.includes('*') ? s.replace(STRAY_ASTERISKS, '') : s
}

function isBreakTag(value: string): boolean {
  const v = value.toLowerCase().replace(/\s+/g, '')
  return v === '<br>' || v === '<br/>' || v.startsWith('<p') || v.startsWith('</p')
}

function isBlock(node: Nodes): boolean {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'list' || node.type === 'code' || node.type === 'blockquote' || node.type === 'table'
}
