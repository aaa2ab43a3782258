// Optional bold around a label: `**Answer:**`, `__Answer:__`, `**Q:**`; a
// short note may follow the word: `Answer (English):`.
// `Ans)` is how question files numbered `Q1)` label their answers.
const ANSWER_WORD = /^\s*(?:\*\*|__)?(?:answer|ans)(?:\s*\([^()]{0,30}\))?(?:\*\*|__)?(?:\s?[:.)\-–—](?:\*\*|__)?(.*)|\s*)$/i
const ANSWER_LETTER = /^\s*(?:\*\*|__)?A(?:\*\*|__)?(?:\s?:(?:\*\*|__)?|\s[-–—])(.*)$/
const QUESTION_WORD = /^\s*(?:\*\*)?(?:question|ques|q)(?:\*\*)?(?:\s?[:.](?:\*\*)?|\s[-–—])\s*(\S.*)$/i

/**
 * Parse an answer label at the start of a line (`Answer:`, `Ans.`, `Ans)`,
 * `Answer -`, `A:`, `A -`, a bare `Answer`); returns the text after it.
 * A bare `A.` is not a label: it is how multiple-choice options are lettered.
 *
 * @example
 *   parseAnswerLabel('Answer: Flask is a framework.') // { text: 'Flask is a framework.' }
 *   parseAnswerLabel('A-frame houses') // undefined
 */
export function parseAnswerLabel(line: string): { text: string } | undefined {
  const m = ANSWER_WORD.exec(line) ?? ANSWER_LETTER.exec(line)
  return m === null ? undefined : { text: (m[1] ?? '').trim() }
}

/**
 * Parse an unnumbered question label (`Q:`, `Q.`, `Question:`, `Q -`);
 * returns the question text after it.
 *
 * @example
 *   parseQuestionLabel('Q: What is ORM?') // { text: 'What is ORM?' }
 *   parseQuestionLabel('Quick note') // undefined
 */
export function parseQuestionLabel(line: string): { text: string } | undefined {
  const m = QUESTION_WORD.exec(line)
  return m?.[1] === undefined ? undefined : { text: m[1].trim() }
}
