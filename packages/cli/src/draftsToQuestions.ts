import type { Question } from '@quizbank/core'
import type { DraftQuestion, ParseResult } from '@quizbank/parsers'
import type { Subject } from './resolveSubject.js'

/**
 * Turn parsed drafts into question records the way the corpus build does
 * (`draftToQuestion` of `@quizbank/enrich`: stated topic, tags and
 * difficulty win, documented rules fill the rest, topics from the subject's
 * taxonomy), keeping pinned ids and minting the others. Loads core and the
 * enrichment on demand. Takes a parse result, or drafts read from an
 * interchange format (`quizbank import`).
 *
 * @example
 *   const questions = await draftsToQuestions(parseText(text), 'acme-basics', await resolveSubject(undefined, undefined, cwd))
 */
export async function draftsToQuestions(result: Pick<ParseResult, 'meta'> & { readonly questions: readonly DraftQuestion[] }, setId: string, subject: Subject): Promise<Question[]> {
  const [{ mintQuestionId }, { draftToQuestion }] = await Promise.all([import('@quizbank/core'), import('@quizbank/enrich')])
  const taken = new Set(result.questions.flatMap((d) => (d.id === undefined ? [] : [d.id])))
  return result.questions.map((draft) => {
    const id = draft.id ?? mintQuestionId(setId, draft.prompt, taken)
    taken.add(id)
    return draftToQuestion(draft, {
      set: setId,
      id,
      taxonomy: subject.taxonomy,
      ...(subject.vocabulary === undefined ? {} : { vocabulary: subject.vocabulary }),
      ...(result.meta.title === undefined ? {} : { documentTitle: result.meta.title }),
    })
  })
}
