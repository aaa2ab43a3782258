import type { Root, RootContent } from 'mdast'
import { promptKey } from '../../shared/promptKey.js'
import type { DraftQuestion, FormatOutput, SkippedRange, SkipReason, SourceDocument } from '../../types.js'
import { isAsideSection, isAskingSection } from '../../shared/asideSection.js'
import { answerSource, blockSource, skippedRange, stripAnswerLabel } from './blockSource.js'
import { isChromeBlock } from './chromeBlock.js'
import { dropContentsEntries, isContentsTable } from './contentsLinks.js'
import { opensDetails } from './detailsContent.js'
import { demoteDetailsHeadings, detailsContent } from './detailsContent.js'
import { htmlTitle, promoteHtmlHeadings } from './htmlHeadings.js'
import { inlineToText } from './inlineToText.js'
import { classifyList, itemNumber, itemQuestion, listChoices } from './listQuestions.js'
import { makeDraft } from './makeDraft.js'
import { askingParagraph, boldQuestion, questionParagraphs, type BoldQuestion } from './paragraphQuestions.js'
import { planHeadings, type HeadingPlan } from './planHeadings.js'
import { questionBody, subjectList } from './questionBody.js'
import { isBareQuestionLabel, stripQuestionLabel } from '../../shared/questionCues.js'
import { readFrontMatter } from './readFrontMatter.js'
import { hintBlock, splitPromptNodes } from './splitPromptNodes.js'
import { tableQuestions } from './tableQuestions.js'

/** What the extractor collects while it reads a document. */
interface Extraction {
  doc: SourceDocument
  questions: DraftQuestion[]
  skipped: SkippedRange[]
  prose: ProseBlock[]
  /** What the document's question lists ask, to recognise the same questions in a table. */
  askedElsewhere: ReadonlySet<string>
}

/** Prose found in a run of blocks between headings, classified once the whole document is read. */
interface ProseBlock {
  block: RootContent
  owner: HeadingPlan | null
  /** Questions of the same run found after this block. */
  questionsAfter: boolean
  /** Questions of the same run found before this block. */
  questionsBefore: boolean
}

/**
 * Turn a sectioned markdown document's tree into draft questions and
 * skipped ranges. Question sources: numbered list items and bullet items
 * that ask (`classifyList`), question headings (`planHeadings`), rows of a
 * table with a Question column, `<details>` elements. Every other
 * top-level block is skipped with a reason:
 *
 * - title heading → `title`; section headings → `heading`;
 * - thematic breaks → `separator`; YAML front matter → `front-matter`;
 * - prose at document level, or in a section before or between its
 *   questions, or introducing subsections that hold questions → `preamble`;
 * - prose after the last question of a run of blocks → `unrelated-prose`;
 * - prose of a section with no questions in its span, or of a closed
 *   section (see `HeadingPlan.closed`) → `non-question-section`.
 *
 * A question from a one-item list (the numbered-question-then-answer
 * layout) takes the prose blocks after it, up to the next question, heading
 * or thematic break, as its hints and answer.
 *
 * @example
 *   extractMarkdown(parseMarkdownChunks(doc.text), doc).questions.length // 256
 */
export function extractMarkdown(root: Root, doc: SourceDocument): FormatOutput {
  const blocks = demoteDetailsHeadings(promoteHtmlHeadings(root.children), doc)
  const plans = planHeadings(blocks)
  const askedElsewhere = new Set(
    blocks.flatMap((b) => (b.type === 'list' && classifyList(b) === 'questions' ? b.children.map((item) => promptKey(inlineToText(item.children.slice(0, 1)))) : [])),
  )
  const x: Extraction = { doc, questions: [], skipped: [], prose: [], askedElsewhere }
  const { questions, skipped } = x
  const output: FormatOutput = { questions, skipped }
  let owner: HeadingPlan | null = null
  let i = 0
  // A title printed as an HTML `<h1>` first thing (after front matter), when no heading is the title.
  const top = blocks[0]?.type === 'yaml' ? 1 : 0
  const printedTitle = blocks[top] === undefined || [...plans.values()].some((p) => p.kind === 'title') ? null : htmlTitle(blocks[top])
  const titleIndex = printedTitle === null ? -1 : top
  while (i < blocks.length) {
    const block = blocks[i]!
    const plan = block.type === 'heading' ? plans.get(i) : undefined
    const title = i === titleIndex ? printedTitle : plan?.kind === 'title' ? plan.text : null
    if (title !== null) {
      skipped.push(skippedRange(block, 'title'))
      output.meta = { ...output.meta, title }
      owner = null
      i++
      continue
    }
    if (plan !== undefined) {
      if (plan.kind === 'question' && block.type === 'heading') {
        const body = blocks.slice(i + 1, plan.bodyEnd)
        const asking = isBareQuestionLabel(plan.text) ? body[0] : undefined
        if (asking?.type === 'paragraph') {
          // "### Question 6" labels the paragraph under it, which asks.
          skipped.push({ ...skippedRange(block, 'heading'), detail: 'question label' })
          headingQuestion(x, asking, body.slice(1), plan, stripQuestionLabel(`${plan.text} ?`).number)
        } else headingQuestion(x, block, body, plan)
        i = plan.bodyEnd
        continue
      }
      skipped.push(skippedRange(block, 'heading'))
      owner = plan
      i++
      continue
    }
    let end = i
    while (end < blocks.length && blocks[end]!.type !== 'heading' && end !== titleIndex) end++
    const run = blocks.slice(i, end)
    if (i === 0 && run[0]?.type === 'yaml') {
      const fm = readFrontMatter(run[0].value)
      if (fm.data !== undefined) output.meta = { ...output.meta, frontMatter: fm.data }
    }
    extractRun(x, run, owner)
    i = end
  }
  for (const p of x.prose) skipped.push(skippedRange(p.block, proseReason(p, questions, blocks)))
  output.questions = dropContentsEntries(questions, skipped)
  return output
}

/**
 * One question from a question heading (or from the paragraph a bare label
 * heading such as "Question 6" stands over, whose `labelNumber` it takes)
 * and the blocks under it.
 */
function headingQuestion(x: Extraction, heading: RootContent & { type: 'heading' | 'paragraph' }, body: RootContent[], plan: HeadingPlan, labelNumber?: string): void {
  const { doc, questions, skipped } = x
  let parts = splitPromptNodes(heading.children)
  let { number, text } = stripQuestionLabel(parts.prompt)
  // A label printed apart from its question ("Q36." then an italic
  // question) is no prompt: the italic text is the question, not a hint.
  if (isBareQuestionLabel(parts.prompt)) {
    ;({ number, text } = stripQuestionLabel(inlineToText(heading.children)))
    parts = { ...parts, hints: [] }
  }
  // A body of nothing but one-line questions ("What is X?" under "What is
  // Y?" with nothing else) holds questions of their own, not an answer.
  const content0 = body.filter((b) => b.type !== 'thematicBreak')
  if (content0.length > 0 && content0.every((b) => askingParagraph(b) !== null)) {
    headingQuestion(x, heading, body.filter((b) => b.type === 'thematicBreak'), plan, labelNumber)
    for (const b of content0) if (b.type === 'paragraph') questions.push(paragraphQuestion(b, { parts: splitPromptNodes(b.children) }, doc, plan.path))
    return
  }
  const subject = subjectList(text, body[0])
  if (subject !== null) text = `${text} ${subject.join(' ')}`
  const content = questionBody(subject === null ? body : body.slice(1), doc)
  const lastBlock = content.content[content.content.length - 1] ?? (subject === null ? heading : body[0]!)
  const ownLines = stripAnswerLabel(parts.answerLines.map((n) => (doc.lines[n - 1] ?? '').trim()).join('\n'))
  questions.push(
    makeDraft({
      prompt: text,
      answer: [ownLines, content.answer].filter((a) => a !== '').join('\n\n'),
      hints: [...parts.hints, ...content.hints],
      choices: content.choices,
      section: plan.path,
      number: number ?? labelNumber,
      lines: { first: heading.position?.start.line ?? 0, last: lastBlock.position?.end.line ?? 0 },
      markers: parts.markers,
    }),
  )
  for (const b of content.trailingBreaks) skipped.push(skippedRange(b, b.type === 'thematicBreak' ? 'separator' : 'chrome'))
}

/** Extract the questions of a run of blocks between headings; collect its prose for later classification. */
function extractRun(x: Extraction, run: readonly RootContent[], owner: HeadingPlan | null): void {
  const { doc, questions, skipped } = x
  const section = owner?.path ?? []
  // Advice and the candidate's own questions are not questions to answer (see `isAsideSection`).
  const aside = section.some(isAsideSection)
  const tasksAsk = section.some(isAskingSection)
  const firstQuestion = questions.length
  const runProse: ProseBlock[] = []
  // The question the following blocks may still add to: choices right after
  // any question; hints and answer only after a question printed on its own
  // (a one-item list's item, a bold question line).
  let last: DraftQuestion | null = null
  let acceptsAnswer = false
  const push = (q: DraftQuestion, answers: boolean) => {
    questions.push(q)
    last = q
    acceptsAnswer = answers && q.answer === undefined
  }
  const asking = aside ? new Set<number>() : questionParagraphs(run)
  for (let k = 0; k < run.length; k++) {
    const block = run[k]!
    if (asking.has(k) && block.type === 'paragraph') {
      push(paragraphQuestion(block, { parts: splitPromptNodes(block.children) }, doc, section), true)
      continue
    }
    const listKind = block.type === 'list' ? classifyList(block, { tasksAsk }) : null
    if (listKind === 'contents' || (block.type === 'table' && isContentsTable(block))) {
      skipped.push({ ...skippedRange(block, 'related-links'), detail: 'table of contents' })
      continue
    }
    if (block.type === 'list') {
      const kind = aside && (listKind === 'questions' || listKind === 'bullet-questions') ? 'other' : listKind
      if (kind === 'choices' && last !== null && last.choices === undefined) {
        last.choices = listChoices(block)
        extend(last, block)
        continue
      }
      if (kind === 'questions' || kind === 'bullet-questions') {
        acceptsAnswer = false
        for (const item of block.children) {
          const number = block.ordered === true ? itemNumber(item, doc) : undefined
          const q = itemQuestion(item, doc, { section, number, asking: kind === 'bullet-questions' })
          if (q === null) {
            skipped.push(skippedRange(item, kind === 'bullet-questions' ? 'unrelated-prose' : 'separator'))
            continue
          }
          // Only a one-item list's question takes the blocks after it as its answer.
          push(q, block.children.length === 1)
          const itemEnd = item.position?.end.line ?? q.lines.last
          let from = q.lines.last + 1
          while (from < itemEnd && (doc.lines[from - 1] ?? '').trim() === '') from++
          if (q.lines.last < itemEnd) skipped.push({ first: from, last: itemEnd, reason: 'chrome' })
        }
        continue
      }
    } else if (block.type === 'table') {
      const found = tableQuestions(block, doc, section, x.askedElsewhere)
      if (found !== null) {
        questions.push(...found.questions)
        skipped.push(...found.skipped)
        last = found.questions[found.questions.length - 1] ?? last
        acceptsAnswer = false
        continue
      }
    } else if (opensDetails(block)) {
      const details = detailsContent(run, k, doc)
      const lastBlock = run[details.end - 1]!
      const lastLine = lastBlock.position?.end.line ?? 0
      const asks = details.role === 'question'
      // "Answer" details: the answer of the question printed just before.
      if (!asks && last !== null && last.answer === undefined) {
        if (details.answer !== '') last.answer = details.answer
        last.hints = [...(last.hints ?? []), ...details.hints]
        extend(last, lastBlock)
      } else if (asks && details.prompt !== '') push(makeDraft({ ...details, section, lines: { first: block.position?.start.line ?? 0, last: lastLine } }), false)
      else skipped.push({ ...skippedRange(block, 'unrelated-prose'), last: lastLine, ...(asks ? {} : { detail: 'answer with no question' }) })
      acceptsAnswer = false
      k = details.end - 1
      continue
    } else if (block.type === 'thematicBreak') {
      skipped.push(skippedRange(block, 'separator'))
      last = null
      acceptsAnswer = false
      continue
    } else if (block.type === 'yaml') {
      skipped.push(skippedRange(block, 'front-matter'))
      continue
    } else if (block.type === 'paragraph') {
      const bold = boldQuestion(block)
      if (bold !== null) {
        push(paragraphQuestion(block, bold, doc, section), true)
        continue
      }
    }
    if (isChromeBlock(block)) {
      skipped.push(skippedRange(block, 'chrome'))
      continue
    }
    if (acceptsAnswer && last !== null) {
      const q: DraftQuestion = last
      const hint = q.answer === undefined ? hintBlock(block) : null
      if (hint !== null) q.hints = [...(q.hints ?? []), hint]
      else q.answer = q.answer === undefined ? answerSource(block, doc) : `${q.answer}\n\n${blockSource(block, doc)}`
      if (q.answer === '') delete q.answer
      extend(q, block)
      continue
    }
    last = null
    runProse.push({ block, owner, questionsBefore: questions.length > firstQuestion, questionsAfter: false })
  }
  // Re-key the drafts this run touched so optional fields stay in canonical order.
  for (let q = firstQuestion; q < questions.length; q++) questions[q] = makeDraft(questions[q]!)
  const lastQuestionLine = questions[questions.length - 1]?.lines.first ?? 0
  for (const p of runProse) {
    p.questionsAfter = questions.length > firstQuestion && (p.block.position?.start.line ?? 0) < lastQuestionLine
    x.prose.push(p)
  }
}

/**
 * A question printed as a paragraph: a bold line (see `boldQuestion`), whose
 * further lines are its answer, or a plain one-line paragraph (see `questionParagraphs`).
 */
function paragraphQuestion(block: RootContent, found: BoldQuestion, doc: SourceDocument, section: readonly string[]): DraftQuestion {
  const { parts } = found
  const { number, text } = found.number === undefined ? stripQuestionLabel(parts.prompt) : { number: found.number, text: parts.prompt }
  const answer = parts.answerLines.map((n) => (doc.lines[n - 1] ?? '').trim()).join('\n')
  const first = block.position?.start.line ?? 0
  return makeDraft({
    prompt: text,
    answer: stripAnswerLabel(answer),
    hints: parts.hints,
    section,
    number,
    lines: { first, last: block.position?.end.line ?? first },
    markers: parts.markers,
  })
}

function proseReason(p: ProseBlock, questions: readonly DraftQuestion[], blocks: readonly RootContent[]): SkipReason {
  if (p.owner?.closed === true) return 'non-question-section'
  if (p.questionsBefore || p.questionsAfter) return p.questionsAfter ? 'preamble' : 'unrelated-prose'
  if (p.owner === null) return 'preamble'
  const from = blocks[p.owner.index]?.position?.start.line ?? 0
  const to = blocks[p.owner.spanEnd]?.position?.start.line ?? Number.POSITIVE_INFINITY
  return firstQuestionAfter(questions, from) < to ? 'preamble' : 'non-question-section'
}

/** First line of the first question that starts after `line` (questions are in document order). */
function firstQuestionAfter(questions: readonly DraftQuestion[], line: number): number {
  let lo = 0
  let hi = questions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (questions[mid]!.lines.first > line) hi = mid
    else lo = mid + 1
  }
  return questions[lo]?.lines.first ?? Number.POSITIVE_INFINITY
}

function extend(q: DraftQuestion, block: RootContent): void {
  q.lines = { first: q.lines.first, last: Math.max(q.lines.last, block.position?.end.line ?? 0) }
}
