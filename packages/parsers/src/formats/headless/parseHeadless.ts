import type { Diagnostic, DocumentMeta, DraftQuestion, FormatOutput, SkippedRange, SourceDocument } from '../../types.js'
import { chromeKind } from '../../shared/furniture.js'
import { classifyLeading } from './classifyChrome.js'
import { findBlockDamage } from '../findDamage.js'
import { inferPrompt } from './inferPrompt.js'
import { isSubheading } from './lineShapes.js'
import type { DocumentProfile } from './profileDocument.js'
import { rankCandidates } from './rankCandidates.js'
import { renderAnswer } from './renderAnswer.js'
import { buildBlocks, chooseStarts, type Block } from './segmentBlocks.js'
import { HEADLESS } from './settings.js'

/**
 * Parse a document whose question headings were lost: a stream of answer
 * blocks, each opening with a definitional sentence. Block starts are
 * scored (see `scoreBlockStart`); a count declared in the title
 * ("Top 25 …") picks that many of the best, otherwise a threshold does.
 * Every prompt is inferred from its block's opening sentence. Page
 * furniture before the first block and after the last is skipped with its
 * reason.
 *
 * @example
 *   parseHeadless(doc).questions[0]?.prompt // 'What is middleware in Flask?'
 */
export function parseHeadless(doc: SourceDocument): FormatOutput {
  const { strongScore } = HEADLESS
  const lines = doc.lines
  const { ranked, trailing, declared, profile } = rankCandidates(lines)
  const to = trailing.start
  const starts = chooseStarts(ranked, declared?.count)
  const blocks = buildBlocks(lines, starts, to)
  const diagnostics: Diagnostic[] = []
  const meta: DocumentMeta = {}
  if (declared !== null) {
    meta.declaredCount = declared.count
    const strong = ranked.filter((c) => c.score >= strongScore).length
    if (blocks.length < declared.count || Math.abs(strong - declared.count) > Math.max(2, Math.round(declared.count * 0.2))) {
      diagnostics.push({
        severity: 'warning',
        code: 'declared-count-mismatch',
        lines: { first: declared.line, last: declared.line },
        message: `${doc.name}:${declared.line}: the title declares ${declared.count} questions; ${strong} strong answer openings were found and ${blocks.length} kept, so some block boundaries are guesses.`,
      })
    }
  }
  const first = blocks[0]
  const leading = classifyLeading(lines, first === undefined ? 0 : first.first - 1, declared?.line)
  const title = declared?.title ?? leading.title
  if (title !== undefined) meta.title = title
  const skipped: SkippedRange[] = [...leading.skipped, ...trailing.skipped]
  if (first === undefined) skipped.push(...unplacedFurniture(lines, to, declared?.line))
  const questions = toQuestions(lines, blocks, profile)
  return { questions, skipped, diagnostics, meta }
}

function toQuestions(lines: readonly string[], blocks: readonly Block[], profile: DocumentProfile): DraftQuestion[] {
  const seen = new Set<string>()
  return blocks.map((block) => {
    let prompt = inferPrompt(block.opening, profile)
    if (seen.has(prompt)) prompt = extendRepeatedPrompt(prompt, block)
    seen.add(prompt)
    const question: DraftQuestion = { prompt, answer: renderAnswer(block.text), lines: { first: block.first, last: block.last }, promptInferred: true }
    // Read damage on the lines as printed: a line shared with a glued
    // neighbour is damaged for both blocks.
    const damaged = findBlockDamage(lines.slice(block.first - 1, block.last))
    if (damaged.length > 0) question.damaged = damaged
    return question
  })
}

// Two blocks opening on the same subject ("Flask is …" twice) ask different
// things; the second one's first sub-heading says what ("Key Advantages:").
function extendRepeatedPrompt(prompt: string, block: Block): string {
  const heading = block.text
    .slice(1)
    .map((l) => l.trim())
    .find((l) => l.endsWith(':') && isSubheading(l) && l.split(/\s+/).length <= 5)
  if (heading === undefined) return prompt
  const topic = heading.slice(0, -1).trim().toLowerCase()
  const be = /[^s]s$/.test(topic) ? 'are' : 'is'
  return `${prompt.slice(0, -1)}, and what ${be} ${block.opening.plural ? 'their' : 'its'} ${topic}?`
}

// With no block found, only what is certainly furniture is claimed; the rest
// stays unclassified so the gap is visible.
function unplacedFurniture(lines: readonly string[], to: number, titleLine: number | undefined): SkippedRange[] {
  const skipped: SkippedRange[] = []
  for (let i = 0; i < to; i++) {
    const kind = chromeKind(lines[i] ?? '')
    if (i + 1 === titleLine) skipped.push({ first: i + 1, last: i + 1, reason: 'title' })
    else if (kind !== null) skipped.push({ first: i + 1, last: i + 1, reason: 'chrome', detail: kind })
  }
  return skipped
}
