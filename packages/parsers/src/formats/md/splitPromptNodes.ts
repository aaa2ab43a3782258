import type { Nodes, PhrasingContent } from 'mdast'
import { inlineToText } from './inlineToText.js'
import { endsWithQuestionMark } from '../../shared/questionCues.js'

/** What the inline content of a question's first paragraph (or heading) holds. */
export interface PromptParts {
  /** Plain text with inline code in backticks. */
  prompt: string
  /** Hints printed with the prompt: a trailing italic or parenthetical, italic lines under it. */
  hints: string[]
  /** Short bold or italic words after the prompt, e.g. `**done**`. */
  markers: string[]
  /** 1-based numbers of further lines that are answer text rather than prompt. */
  answerLines: number[]
}

export interface Line {
  line: number
  nodes: PhrasingContent[]
}

const MARKER = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,23}$/u
const TERMINAL = /[?？.!:]$/
// A check mark printed after a question to say it was covered: `✅`, `✔`, `☑`, `[x]`.
const CHECK = /[ \t](?:✅|✔️?|☑️?|\[[xX]\])$/u
// A printed hint label: `Hint:`, `Hint -`.
const HINT_LABEL = /^hint\s*[:\-–—]\s*/i

/**
 * Split the inline content of a question's first paragraph into prompt,
 * hints, markers and answer lines.
 *
 * - Line 1 is the prompt. Trailing pieces come off it from the end: a bold
 *   or italic single word after finished prompt text is a marker
 *   (`**done**`); a trailing italic, or a parenthetical after the final
 *   punctuation, is a hint (`*(Refer to section 6.)*`).
 * - Each further line (after a hard or soft break) that is wholly italic or
 *   wholly parenthetical is a hint. Other lines continue the prompt while it
 *   is unfinished (no final `?`); after that they are answer text.
 *
 * @example
 *   splitPromptNodes(paragraph.children) // { prompt: 'What is WSGI?', hints: ['Discuss its role.'], markers: ['done'], answerLines: [] }
 */
export function splitPromptNodes(nodes: readonly PhrasingContent[]): PromptParts {
  const lines = splitLines(nodes)
  const hints: string[] = []
  const markers: string[] = []
  let head = lines[0]!.nodes
  for (;;) {
    head = trimTrailingSpace(head)
    const last = head[head.length - 1]
    if (last === undefined || (head.length < 2 && last.type !== 'text')) break
    const before = head.slice(0, -1)
    const beforeText = inlineToText(before)
    if ((last.type === 'strong' || last.type === 'emphasis') && beforeText !== '') {
      const word = inlineToText([last])
      // A marker follows finished text ("…?") or another bold/italic run ("**Q** **done**").
      const previous = trimTrailingSpace(before).at(-1)?.type
      if (MARKER.test(word) && (TERMINAL.test(beforeText) || previous === 'strong' || previous === 'emphasis')) {
        markers.unshift(word)
        head = before
        continue
      }
      if (last.type === 'emphasis' && (word.startsWith('(') || TERMINAL.test(beforeText))) {
        hints.unshift(hintText(word))
        head = before
        continue
      }
      break
    }
    if (last.type === 'text') {
      const check = CHECK.exec(last.value.trimEnd())
      const headText = check === null ? '' : last.value.trimEnd().slice(0, check.index).trimEnd()
      if (check !== null && TERMINAL.test(headText !== '' ? headText : beforeText)) {
        markers.unshift('done')
        head = headText === '' ? before : [...before, { ...last, value: headText }]
        continue
      }
      const split = splitTrailingParenthetical(last.value)
      const priorText = split === null ? '' : split.head !== '' ? split.head : beforeText
      if (split !== null && TERMINAL.test(priorText)) {
        hints.unshift(hintText(`(${split.inner})`))
        head = split.head === '' ? before : [...before, { ...last, value: split.head }]
        continue
      }
    }
    break
  }
  let prompt = inlineToText(head)
  const answerLines: number[] = []
  for (const line of lines.slice(1)) {
    const hint = lineHint(line.nodes)
    if (hint !== null && answerLines.length === 0) hints.push(hint)
    else if (answerLines.length === 0 && hints.length === 0 && !endsWithQuestionMark(prompt)) prompt = `${prompt} ${inlineToText(line.nodes)}`.trim()
    else answerLines.push(line.line)
  }
  return { prompt, hints: hints.filter((h) => h !== ''), markers, answerLines }
}

/** Whether a line's inline nodes are a hint on their own: all italic, or one parenthetical. */
export function lineHint(nodes: readonly PhrasingContent[]): string | null {
  const content = trimTrailingSpace(trimLeadingSpace(nodes))
  const text = inlineToText(content)
  // A parenthetical is the whole line when nothing comes before its `(`.
  const italic = content.length === 1 && content[0]!.type === 'emphasis'
  return italic || splitTrailingParenthetical(text)?.head === '' || HINT_LABEL.test(text) ? hintText(text) : null
}

/** Break inline content into lines at hard breaks and at newlines inside text (the first line is always there). */
export function splitLines(nodes: readonly PhrasingContent[]): Line[] {
  const lines: Line[] = [{ line: nodes[0]?.position?.start.line ?? 0, nodes: [] }]
  // The line being filled is always the last one.
  const current = () => lines[lines.length - 1]!
  for (const node of nodes) {
    if (node.type === 'break') lines.push({ line: node.position?.end.line ?? current().line + 1, nodes: [] })
    else if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((piece, i) => {
        if (i > 0) lines.push({ line: current().line + 1, nodes: [] })
        if (piece !== '') current().nodes.push({ type: 'text', value: piece })
      })
    } else current().nodes.push(node)
  }
  return lines.filter((l, i) => l.nodes.length > 0 || i === 0)
}

function trimTrailingSpace(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes]
  for (let last = out.at(-1); last?.type === 'text' && last.value.trim() === ''; last = out.at(-1)) out.pop()
  const last = out.at(-1)
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() }
  return out
}

/** The nodes without the white space and line breaks that open them. */
export function trimLeadingSpace(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes]
  for (let head = out[0]; head?.type === 'break' || (head?.type === 'text' && head.value.trim() === ''); head = out[0]) out.shift()
  const head = out[0]
  if (head?.type === 'text') out[0] = { ...head, value: head.value.trimStart() }
  return out
}

/**
 * Split `text (inner)` at the parenthesis that closes the text. Returns null
 * when the text does not end with `)` or the parentheses do not balance.
 */
function splitTrailingParenthetical(text: string): { head: string; inner: string } | null {
  const t = text.trimEnd()
  if (!t.endsWith(')')) return null
  let depth = 0
  for (let i = t.length - 1; i >= 0; i--) {
    const ch = t.charAt(i)
    if (ch === ')') depth++
    else if (ch === '(') {
      depth--
      if (depth === 0) return { head: t.slice(0, i).trimEnd(), inner: t.slice(i + 1, -1) }
    }
  }
  return null
}

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
  return t.replace(HINT_LABEL, '').trim()
}

/**
 * The hint a block states, or null: a paragraph that is all italic or all
 * parenthetical or starts with `Hint:`, or a block quote starting with
 * `Hint:`.
 *
 * @example
 *   hintBlock(paragraph) // 'Think about the request cycle.' for `*Think about the request cycle.*`
 */
export function hintBlock(node: Nodes): string | null {
  if (node.type === 'paragraph') return lineHint(node.children)
  if (node.type === 'blockquote') {
    const text = inlineToText(node.children)
    return HINT_LABEL.test(text) ? hintText(text) : null
  }
  return null
}
