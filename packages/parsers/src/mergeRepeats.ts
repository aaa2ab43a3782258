import { promptKey } from './shared/promptKey.js'
import type { DraftQuestion, FormatOutput } from './types.js'

// Words that point at something printed with the question (code, a table,
// an image): two questions that say "What will the following code print?"
// ask different things, so they are never merged.
const POINTER = /\b(?:following|below|above|this|these|those|that|given|here|output|snippet)\b/i

/**
 * Merge questions asked again word for word in the same document (same
 * words, ignoring case, emphasis and final punctuation): the first keeps
 * its place, takes the repeat's answer when it had none, and the repeat's
 * lines are skipped as `repeated-question` with an info diagnostic naming
 * the first. Questions that point at something printed with them ("the
 * following code") are not merged: their prompts are alike, their
 * questions are not; nor are inferred prompts, which the document never
 * printed.
 *
 * @example
 *   mergeRepeats({ questions: [whatIsTls, tcpVsUdp, whatIsTls2], skipped: [] }).questions // [whatIsTls, tcpVsUdp]
 */
export function mergeRepeats(output: FormatOutput, name: string): FormatOutput {
  const first = new Map<string, DraftQuestion>()
  const questions: DraftQuestion[] = []
  const skipped = [...output.skipped]
  const diagnostics = [...(output.diagnostics ?? [])]
  for (const q of output.questions) {
    // An inferred prompt is the parser's wording, not the document's: two blocks may infer the same one.
    const key = q.promptInferred ? undefined : repeatKey(q.prompt)
    const earlier = key === undefined ? undefined : first.get(key)
    if (key === undefined || earlier === undefined) {
      if (key !== undefined) first.set(key, q)
      questions.push(q)
      continue
    }
    if (earlier.answer === undefined && q.answer !== undefined) earlier.answer = q.answer
    skipped.push({ first: q.lines.first, last: q.lines.last, reason: 'repeated-question', detail: `asked before at line ${earlier.lines.first}` })
  }
  if (questions.length === output.questions.length) return output
  const merged = output.questions.length - questions.length
  diagnostics.push({ severity: 'info', code: 'repeated-questions', message: `${name}: ${merged} question${merged === 1 ? ' was' : 's were'} asked again word for word and merged into the first asking` })
  return { ...output, questions, skipped, diagnostics }
}

/** What a prompt says, for comparing repeats; undefined for prompts that point at content printed with them. */
function repeatKey(prompt: string): string | undefined {
  if (POINTER.test(prompt)) return undefined
  const key = promptKey(prompt)
  return key === '' ? undefined : key
}
