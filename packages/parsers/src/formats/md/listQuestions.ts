import type { List, ListItem, RootContent } from 'mdast'
import type { DraftQuestion, SourceDocument } from '../../types.js'
import { isContentsList } from './contentsLinks.js'
import { nodeSource, stripAnswerLabel } from './blockSource.js'
import { inlineToText } from './inlineToText.js'
import { makeDraft } from './makeDraft.js'
import { questionBody } from './questionBody.js'
import { endsWithQuestionMark, hasQuestionLabel, isQuestionLike, isTaskLike, stripQuestionLabel } from '../../shared/questionCues.js'
import { splitPromptNodes, type PromptParts } from './splitPromptNodes.js'

/**
 * What a list is to the extractor:
 * - `questions`: an ordered list whose items read as questions (at least
 *   40% of them; numbered lists of interview questions mix questions and
 *   tasks such as "Share an example"), every item is one question. Items
 *   that read as questions only through a task verb ("Create …", "Use …")
 *   count only when another item asks, or when `tasksAsk` says the section
 *   is one of questions: a list of nothing but them is tutorial steps,
 *   tips or release notes;
 * - `bullet-questions`: a bullet list where at least half the items end
 *   with `?`; the items that read as questions are questions;
 * - `choices`: every item is a task-list item (`- [x]`, `- [ ]`);
 * - `contents`: a table of contents, every item one in-page link (see `isContentsList`);
 * - `other`: prose.
 */
export type ListKind = 'questions' | 'bullet-questions' | 'choices' | 'contents' | 'other'

/** Options of {@link classifyList}. */
export interface ClassifyListOptions {
  /** The list's section says it holds questions or tasks ("Coding Exercises"), so task-verb items alone make it a question list. Default `false`. */
  tasksAsk?: boolean
}

/**
 * Decide what a list is (see {@link ListKind}).
 *
 * @example
 *   classifyList(list) // 'questions'
 */
export function classifyList(list: List, options: ClassifyListOptions = {}): ListKind {
  const items = list.children
  if (items.length === 0) return 'other'
  if (items.every((i) => i.checked === true || i.checked === false)) return 'choices'
  if (isContentsList(list)) return 'contents'
  const prompts = items.map((i) => itemParts(i)?.prompt ?? '')
  if (list.ordered === true) {
    const asking = prompts.filter((p) => p !== '' && isQuestionLike(p))
    if (options.tasksAsk !== true && asking.every(isTaskLike)) return 'other'
    return asking.length > 0 && asking.length * 5 >= items.length * 2 ? 'questions' : 'other'
  }
  const asked = prompts.filter((p) => endsWithQuestionMark(p)).length
  return asked > 0 && asked * 2 >= items.length ? 'bullet-questions' : 'other'
}

/**
 * The multiple-choice options of a task list: checked items are correct.
 *
 * @example
 *   listChoices(list) // [{ text: 'A model', correct: true }, { text: 'A view', correct: false }]
 */
export function listChoices(list: List): { text: string; correct: boolean }[] {
  return list.children.map((i) => ({ text: inlineToText(i.children), correct: i.checked === true })).filter((c) => c.text !== '')
}

/**
 * One question from a list item: the first paragraph gives prompt, markers
 * and hints; further hint paragraphs add hints; a nested task list gives
 * the choices; everything else is the answer (markdown, dedented).
 * Returns null for an item with no text, or, with `asking`, for an item
 * that does not read as a question (a bullet-question list's prose items).
 *
 * @example
 *   itemQuestion(item, doc, { section: ['1. Basics'], number: '3' })
 */
export function itemQuestion(item: ListItem, doc: SourceDocument, context: { section: readonly string[]; number?: string | undefined; asking?: boolean }): DraftQuestion | null {
  const parts = itemParts(item)
  if (parts === null || parts.prompt === '' || (context.asking === true && !isQuestionLike(parts.prompt))) return null
  const answer = stripAnswerLabel(parts.answerLines.map((n) => (doc.lines[n - 1] ?? '').trim()).join('\n'))
  // A `Q:` / `Q3.` label printed in the item ("- **Q:** What is …?") is not part of the prompt.
  const label = hasQuestionLabel(parts.prompt) ? stripQuestionLabel(parts.prompt) : { text: parts.prompt }
  const body = questionBody(item.children.slice(1) as RootContent[], doc, { answerStarted: answer !== '' })
  const start = item.position?.start.line ?? 0
  // Trailing back-to-top links and breaks inside the item are not part of the question.
  const lastBlock = body.trailingBreaks.length === 0 ? item : (body.content[body.content.length - 1] ?? item.children[0] ?? item)
  return makeDraft({
    prompt: label.text,
    answer: [answer, body.answer].filter((a) => a.trim() !== '').join('\n\n'),
    hints: [...parts.hints, ...body.hints],
    choices: body.choices,
    section: context.section,
    number: context.number ?? label.number,
    lines: { first: start, last: lastBlock.position?.end.line ?? start },
    markers: parts.markers,
  })
}

/** The printed number of an ordered list item (`12` for `12. …`), read from the input. */
export function itemNumber(item: ListItem, doc: SourceDocument): string | undefined {
  return /^\d{1,9}/.exec(nodeSource(item, doc))?.[0]
}

function itemParts(item: ListItem): PromptParts | null {
  const first = item.children[0]
  if (first === undefined) return null
  if (first.type === 'paragraph' || first.type === 'heading') return splitPromptNodes(first.children)
  return { prompt: inlineToText([first]), hints: [], markers: [], answerLines: [] }
}
