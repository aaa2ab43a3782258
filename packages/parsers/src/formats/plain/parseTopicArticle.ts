import type { Diagnostic, DraftQuestion, FormatOutput, SourceDocument } from '../../types.js'
import { classifyLeading } from './classifyRegions.js'
import { isClosingRemark } from '../../shared/furniture.js'
import { isClosingHeading } from './cues.js'
import { documentMeta, type TitleInfo } from './findTitle.js'
import { numberedHeading, type TopicHeading, type TopicRun } from './findTopicRun.js'
import { makeDraft } from '../md/makeDraft.js'
import { answerMarkdown } from './linesToMarkdown.js'
import { SkipCollector } from '../../shared/skipCollector.js'
import { stripInlineMarks } from './stripInlineMarks.js'
import { isBlank, nextNonBlank, prevNonBlank } from '../../shared/textLines.js'

/**
 * Parse a "Top N" article whose questions are the numbered topic headings
 * of `run` (see findTopicRun): prompt = the printed title, number = its
 * number, answer = the section body as markdown. Text before the run is
 * title, preamble, or (under a numbered heading outside the run, such as
 * `0. Introduction`) a `non-question-section`; after the last topic a
 * closing heading or a heading numbered past the run starts a
 * `non-question-section`. A run found without a declared count gets a
 * `titles-as-questions` warning: the page never said these are questions.
 *
 * @example
 *   parseTopicArticle(doc, findTopicRun(doc.lines)!, findTitle(doc.lines, 4)).questions[0]
 *   // { prompt: 'Generics and Constraints', number: '1', answer: 'Generics let …', … }
 */
export function parseTopicArticle(doc: SourceDocument, run: TopicRun, title: TitleInfo | undefined): FormatOutput {
  const lines = doc.lines
  const skips = new SkipCollector(lines)
  const heads = run.headings
  const first = heads[0]?.index ?? lines.length
  const style = heads[0]?.style ?? ''
  const lastHead = heads[heads.length - 1]
  const intro = findIntroHeading(lines, first, style)
  classifyLeading(lines, 0, intro ?? first, title, skips)
  if (intro !== undefined) skips.addRange(intro, prevNonBlank(lines, first - 1), 'non-question-section', lines[intro]?.trim())
  const trailing = lastHead === undefined ? [] : findTrailingHeadings(lines, lastHead, style, heads.length)
  const questions: DraftQuestion[] = []
  for (const [k, h] of heads.entries()) {
    const end = heads[k + 1]?.index ?? trailing[0] ?? lines.length
    let last = prevNonBlank(lines, end - 1)
    // Without a closing section, a last paragraph that signs off the page
    // is not part of the last topic.
    if (k === heads.length - 1 && trailing.length === 0 && last > nextNonBlank(lines, h.index + 1) && isClosingRemark(lines[last] ?? '')) {
      skips.add(last, 'unrelated-prose', 'closing remark')
      last = prevNonBlank(lines, last - 1)
    }
    questions.push(sectionDraft(lines, (lines[h.index] ?? '').trim(), h.title, String(h.number), h.index, last))
  }
  for (const [k, t] of trailing.entries()) {
    skips.addRange(t, prevNonBlank(lines, (trailing[k + 1] ?? lines.length) - 1), 'non-question-section', lines[t]?.trim())
  }
  const diagnostics: Diagnostic[] = []
  if (!run.declared && lastHead !== undefined) {
    diagnostics.push({
      severity: 'warning',
      code: 'titles-as-questions',
      message: `${doc.name}:${first + 1}: ${heads.length} numbered topic headings read as questions although the page declares no count; prompts are the printed titles`,
      lines: { first: first + 1, last: lastHead.index + 1 },
    })
  }
  return { questions, skipped: skips.ranges, diagnostics, meta: documentMeta(lines, title, first) }
}

/**
 * The question of an article section: the printed `prompt`, the body from
 * the line after `first` to `last` (0-based) as markdown, the section
 * heading's text as its section.
 *
 * @example
 *   sectionDraft(lines, '5. Question 1: Routing', 'Routing', '1', 4, 9).answer // the body of lines 6-10
 */
export function sectionDraft(lines: readonly string[], heading: string, prompt: string, number: string, first: number, last: number): DraftQuestion {
  const answer = last > first ? answerMarkdown(lines.slice(first + 1, last + 1)) : ''
  return makeDraft({ prompt: stripInlineMarks(prompt), answer, section: [heading], number, lines: { first: first + 1, last: Math.max(first, last) + 1 } })
}

// An introduction numbered before the run (`0. Introduction`): the first
// heading in the run's style above the first topic.
function findIntroHeading(lines: readonly string[], first: number, style: string): number | undefined {
  for (let i = 0; i < first; i++) if (numberedHeading(lines[i] ?? '')?.style === style) return i
  return undefined
}

// Headings after the last topic that start sections of their own: a
// closing heading, or a heading numbered past the run (`5) Wrapping Up`
// after four topics). A list numbered from 1 inside the last answer stays
// in it.
function findTrailingHeadings(lines: readonly string[], lastHead: TopicHeading, style: string, count: number): number[] {
  const found: number[] = []
  for (let i = lastHead.index + 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    const n = numberedHeading(line)
    if ((n?.style === style && n.number > count) || isClosingHeading(line, { next: lines[nextNonBlank(lines, i + 1)] })) found.push(i)
  }
  return found
}
