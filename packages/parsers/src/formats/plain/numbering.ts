/** A line that starts with a question number, e.g. `12. What is …`, `Q3)`, `Question 4 -`. */
export interface NumberedLine {
  /** The number as printed, without its punctuation. */
  number: string
  /** The text after the number, trimmed. */
  text: string
  /** `'question'` when the number carries a `Q`/`Question` prefix. */
  style: 'plain' | 'question'
}

// Question numbers have up to 6 digits. WHY: with 4, a bank of more than
// 9,999 questions silently lost the rest into the answer of question 9,999
// (issue 11, pathological suite); a 5 MiB input holds at most about 100,000
// numbered questions. Bare numbers without punctuation keep 4 digits: a
// longer one is more likely a figure than a question number.
// `Q1)`, `Q1.`, `Q 1:`, `Question 1 -`, `Question No. 1:`, `Q#1`
const QUESTION_NUMBERED = /^\s*(?:question|ques|q)\.?\s?(?:no\.\s?)?#?(\d{1,6})(?:\s?[.):\-–—])?\s+(\S.*)$/i
// `1.`, `1)`, `(1)`, and the `#1` of listicle pages (`#1 What is …`, `#1. …`).
// Typed notes often drop the space after the number (`1.What is …`,
// `34)what …`): a letter right after `N.` or `N)` still starts the text
// (a digit does not: `3.5 million`).
const PLAIN_NUMBERED = /^\s*(?:\(?(\d{1,6})[.)]|#(\d{1,6})[.):]?)(?:\s+|(?=\p{L}))(\S.*)$/u

/**
 * Parse a line that starts with a question number.
 *
 * @example
 *   parseNumberedLine('Q3) What is ORM?') // { number: '3', text: 'What is ORM?', style: 'question' }
 *   parseNumberedLine('  12. Explain views.') // { number: '12', text: 'Explain views.', style: 'plain' }
 *   parseNumberedLine('#4 What is a closure?') // { number: '4', text: 'What is a closure?', style: 'plain' }
 *   parseNumberedLine('7.Explain views.') // { number: '7', text: 'Explain views.', style: 'plain' }
 *   parseNumberedLine('3.5 million users') // undefined
 */
export function parseNumberedLine(line: string): NumberedLine | undefined {
  const q = QUESTION_NUMBERED.exec(line)
  if (q?.[1] !== undefined && q[2] !== undefined) return { number: q[1], text: q[2].trim(), style: 'question' }
  const p = PLAIN_NUMBERED.exec(line)
  const number = p?.[1] ?? p?.[2]
  if (number !== undefined && p?.[3] !== undefined) return { number, text: p[3].trim(), style: 'plain' }
  return undefined
}

/** An item of a plain-text list. */
export interface ListItem {
  kind: 'number' | 'bullet'
  /** The printed number of a numbered item. */
  number?: string
  text: string
  /** Leading white space, in characters, to tell nested and continuation lines apart. */
  indent: number
}

const BULLET = /^(\s*)[-•*–·▪◦●]\s+(\S.*)$/
// `1.`, `1)`, `(1)`; bare question lists also number items `Q1.`, `Q1)`, `#1`.
// As in PLAIN_NUMBERED, a letter may follow `N.` / `N)` without a space.
const NUMBER_ITEM = /^(\s*)(?:\(?(\d{1,6})[.)]|[Qq](\d{1,6})[.):]?|#(\d{1,6})[.):]?)(?:\s+|(?<=[.)])(?=\p{L}))(\S.*)$/u

/**
 * Parse a numbered (`1.`, `1)`, `(1)`, `Q1.`, `#1`) or bulleted (`-`, `•`, `*`, `–`) list item.
 *
 * @example
 *   parseListItem('  • mkdir app') // { kind: 'bullet', text: 'mkdir app', indent: 2 }
 *   parseListItem('3) What is a view?') // { kind: 'number', number: '3', text: 'What is a view?', indent: 0 }
 */
export function parseListItem(line: string): ListItem | undefined {
  const n = NUMBER_ITEM.exec(line)
  const number = n?.[2] ?? n?.[3] ?? n?.[4]
  if (number !== undefined && n?.[5] !== undefined) return { kind: 'number', number, text: n[5].trim(), indent: (n[1] ?? '').length }
  const b = BULLET.exec(line)
  if (b?.[2] !== undefined) return { kind: 'bullet', text: b[2].trim(), indent: (b[1] ?? '').length }
  return undefined
}

// `12 What is …`: a number and a space, no punctuation.
const BARE_NUMBER = /^(\d{1,4}) +(\p{L}.*)$/u

/** Fewest lines in a row that make bare numbers (`1 What …`, `2 How …`) a list. */
const MIN_BARE_RUN = 3

/**
 * Lines numbered without punctuation (`1 Explain X.`, `2 What is Y?`) that
 * are a list: three or more lines in a row (blank lines allowed between)
 * whose numbers count up by one. A lone `2025 Rust Questions` or `3
 * things to know` is no list item. Keyed by 0-based line index.
 *
 * @example
 *   findBareNumberedItems(['1 What is X?', '2 What is Y?', '3 Explain Z.']).get(1) // { kind: 'number', number: '2', text: 'What is Y?', indent: 0 }
 */
export function findBareNumberedItems(lines: readonly string[]): Map<number, ListItem> {
  const found = new Map<number, ListItem>()
  let row: { index: number; number: number; text: string }[] = []
  const flush = () => {
    if (row.length >= MIN_BARE_RUN) for (const r of row) found.set(r.index, { kind: 'number', number: String(r.number), text: r.text.trim(), indent: 0 })
    row = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line.trim() === '') continue
    const m = BARE_NUMBER.exec(line)
    const n = m === null ? Number.NaN : Number(m[1])
    const last = row[row.length - 1]
    if (m === null || (last !== undefined && n !== last.number + 1)) flush()
    if (m !== null) row.push({ index: i, number: n, text: m[2] ?? '' })
  }
  flush()
  return found
}
