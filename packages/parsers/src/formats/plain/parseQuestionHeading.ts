import { stripInlineMarks } from './stripInlineMarks.js'

/** An article heading that announces one question or a range of them. */
export interface QuestionHeading {
  /** The section number printed before `Question`, e.g. `5` in `5. Question 1: …`. */
  sectionNumber?: string
  /** First question number. */
  from: number
  /** Last question number: equal to `from` unless the heading names a range. */
  to: number
  /** The heading's title after the number, as printed. */
  title: string
}

// `[5. ]Question 1: Title`, `Q1 - Title`, `Question #2: Title`, `Question 16 to 20: Title`,
// `Questions 16–20: Title`.
const HEADING = /^\s*(?:(\d{1,3})[.)]\s+)?(?:\*\*)?(?:questions?|q)\s?#?(\d{1,3})(?:\s?(?:to|through|-|–|—|&|and)\s?(\d{1,3}))?\s?[:.)\-–—](?:\*\*)?\s*(\S.*)$/i

/**
 * Parse an article heading of the form `Question K: Title` (optionally
 * under a section number, `5. Question 1: …`) or a range heading
 * `Question 16 to 20: Title`.
 *
 * @example
 *   parseQuestionHeading('5. Question 1: Explaining the Architecture')
 *   // { sectionNumber: '5', from: 1, to: 1, title: 'Explaining the Architecture' }
 *   parseQuestionHeading('Question 16 to 20: Advanced Questions') // { from: 16, to: 20, … }
 */
export function parseQuestionHeading(line: string): QuestionHeading | undefined {
  const m = HEADING.exec(line)
  if (m?.[2] === undefined || m[4] === undefined) return undefined
  const from = Number(m[2])
  const to = m[3] === undefined ? from : Number(m[3])
  if (to < from || to - from > 50) return undefined
  const heading: QuestionHeading = { from, to, title: stripInlineMarks(m[4]) }
  if (m[1] !== undefined) heading.sectionNumber = m[1]
  return heading
}
