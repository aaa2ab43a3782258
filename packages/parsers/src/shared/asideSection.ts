// Sections that hold advice about interviewing, or the questions a candidate
// asks, rather than questions to answer. Generic English only.
const ASIDE = /\b(?:tips|advice|mistakes to avoid|how to (?:prepare|answer|ace|crack)|preparation|preparing for|questions (?:to ask|for) (?:the|your|an?) (?:interviewer|employer|hiring manager|recruiter)s?)\b/i
// Section titles that announce questions or tasks to answer.
const ASKING = /\b(?:questions?|exercises?|tasks?|challenges?|problems?|interview|quiz|practice)\b/i

/**
 * Whether a section heading announces advice or the candidate's own
 * questions ("Interview Tips", "Questions to Ask the Interviewer"): lists
 * under it are not questions to answer, even when they end with `?`.
 *
 * @example
 *   isAsideSection('Questions to ask the interviewer') // true
 *   isAsideSection('Technical questions') // false
 */
export function isAsideSection(text: string): boolean {
  return ASIDE.test(text)
}

/**
 * Whether a section heading announces questions or tasks ("Coding
 * Exercises", "Practice problems"), so a list of task items under it
 * ("Write a function …") is a list of questions.
 *
 * @example
 *   isAskingSection('Coding exercises') // true
 *   isAskingSection('Deploying') // false
 */
export function isAskingSection(text: string): boolean {
  return ASKING.test(text) && !ASIDE.test(text)
}
