import type { FormatParser } from '../types.js'
import { detectHeadless } from './headless/detectHeadless.js'
import { parseHeadless } from './headless/parseHeadless.js'
import { withDefusedMarkdown, withParagraphCuts } from './md/defuseMarkdown.js'
import { detectMarkdown } from './md/detectMarkdown.js'
import { detectQuizbank } from './md/detectQuizbank.js'
import { extractMarkdown } from './md/extractMarkdown.js'
import { extractQuizbank } from './md/extractQuizbank.js'
import { parseMarkdownChunks } from './md/parseMarkdownChunks.js'
import { detectArticle } from './plain/detectArticle.js'
import { detectNumberedList } from './plain/detectNumberedList.js'
import { detectQuestionAnswer } from './plain/detectQuestionAnswer.js'
import { parseArticle } from './plain/parseArticle.js'
import { parseNumberedList } from './plain/parseNumberedList.js'
import { parseQuestionAnswer } from './plain/parseQuestionAnswer.js'

/**
 * quizbank's own authoring format: YAML front matter with the set's
 * metadata, `##` topic headings, one `###` heading per question. The
 * specification is `packages/parsers/docs/quizbank-format.md`;
 * `serializeMarkdown` writes it.
 */
export const quizbankFormat: FormatParser = {
  name: 'quizbank',
  detect: detectQuizbank,
  parse: (doc) => withDefusedMarkdown(doc, (safe) => withParagraphCuts(safe, (onForcedCut) => extractQuizbank(parseMarkdownChunks(safe.text, { onForcedCut }), safe))),
}

/**
 * Markdown question documents: numbered or bulleted question lists under
 * `#`/`##`/`###` section headings, question headings with the answer
 * under them, `<details><summary>` questions, question tables and
 * task-list choices. See `md/extractMarkdown.ts` for the rules.
 */
export const markdownFormat: FormatParser = {
  name: 'markdown',
  detect: detectMarkdown,
  parse: (doc) => withDefusedMarkdown(doc, (safe) => withParagraphCuts(safe, (onForcedCut) => extractMarkdown(parseMarkdownChunks(safe.text, { onForcedCut }), safe))),
}

/**
 * Plain-text question-and-answer pages: question lines (`1. …?`, `Q3)`,
 * `Question 2:`, `Q:`, lone `?` lines) each followed by an answer, labelled
 * (`Answer:`, `Ans:`, `A:`) or not.
 */
export const questionAnswerFormat: FormatParser = { name: 'question-answer', detect: detectQuestionAnswer, parse: parseQuestionAnswer }

/**
 * Long-form articles whose questions are `Question K: Title` sections among
 * other sections (introduction, tips, conclusion), including range sections
 * (`Question 16 to 20: …`) of titled sub-topics, and "Top N" articles of
 * numbered topics.
 */
export const articleFormat: FormatParser = { name: 'article', detect: detectArticle, parse: parseArticle }

/**
 * Bare lists of questions without answers (numbered, or bulleted with
 * `?`). Also the fallback style: its parser accounts for every line of any
 * document and never throws.
 */
export const numberedListFormat: FormatParser = { name: 'numbered-list', detect: detectNumberedList, parse: parseNumberedList }

/**
 * Documents whose question headings were lost in scraping: page furniture,
 * then answer blocks back to back, each opening with a definitional
 * sentence. Every prompt is inferred from its block's opening
 * (`promptInferred: true`). See `headless/` for the rules. A parser that
 * throws is caught by `parseText`, a detector that throws by `detectFormat`.
 */
export const headlessAnswersFormat: FormatParser = { name: 'headless-answers', detect: detectHeadless, parse: parseHeadless }

/** Every format, most specific first (ties in detection go to the earlier one). */
export const FORMATS: readonly FormatParser[] = [
  quizbankFormat,
  markdownFormat,
  questionAnswerFormat,
  articleFormat,
  numberedListFormat,
  headlessAnswersFormat,
]
