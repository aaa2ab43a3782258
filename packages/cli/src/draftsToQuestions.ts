import type { Question } from '@quizbank/core'
import type { ParseResult } from '@quizbank/parsers'

/**
 * Turn parsed drafts into question records the way the corpus build does
 * (`draftToQuestion`: stated topic, tags and difficulty win, documented
 * rules fill the rest), keeping pinned ids and minting the others.
 * Loads the parsers and core on demand.
 *
 * @example
 *   const questions = await draftsToQuestions(parseText(text), 'acme-basics')
 */
export async function draftsToQuestions(result: ParseResult, setId: string): Promise<Question[]> {
  const [{ mintQuestionId }, { draftToQuestion }] = await Promise.all([import('@quizbank/core'), import('@quizbank/parsers')])
  const taken = new Set(result.questions.flatMap((d) => (d.id === undefined ? [] : [d.id])))
  return result.questions.map((draft) => {
    const id = draft.id ?? mintQuestionId(setId, draft.prompt, taken)
    taken.add(id)
    return draftToQuestion(draft, { set: setId, id, ...(result.meta.title === undefined ? {} : { documentTitle: result.meta.title }) })
  })
}
