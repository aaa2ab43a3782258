import type { Question } from '@quizbank/core'
import { fractionText } from '../shared/fractionText.js'
import { LICENSE_LOST, lostParts, trimmedAway } from '../shared/lostParts.js'
import { questionsOf } from '../shared/questionsOf.js'
import type { ExportInput, ExportResult, Lost } from '../types.js'
import { escapeGift } from './escapeGift.js'

/** Options of {@link toGift}. */
export interface ToGiftOptions {
  /**
   * Category path above the topic: each question goes into the Moodle
   * category `<root>/<topic>`. Default: `$course$/top/<set id>` for a set,
   * `$course$/top/quizbank` for bare questions.
   */
  readonly categoryRoot?: string
}

/**
 * Write questions as Moodle GIFT (docs.moodle.org, "GIFT format"): one
 * `$CATEGORY` per run of questions of one topic, the id as the question
 * title and as a `// [id:…]` comment, tags as `[tag:…]` comments (both
 * read by Moodle's GIFT import), the prompt in `[markdown]`; multiple choice
 * as `{=right ~wrong}` (several correct choices as `~%50%` weights), the two
 * choices "True"/"False" as `{T}`/`{F}`, open questions as essays `{}`; the
 * answer as general feedback `####`. Hints and difficulty have no place in
 * GIFT and are reported in `lost`.
 *
 * @example
 *   const { text, lost } = toGift(set)
 */
export function toGift(input: ExportInput, options: ToGiftOptions = {}): ExportResult {
  const questions = questionsOf(input)
  const root = options.categoryRoot ?? `$course$/top/${Array.isArray(input) ? 'quizbank' : (input as { id: string }).id}`
  const blocks: string[] = []
  const lost: Lost[] = []
  let topic: string | undefined
  for (const q of questions) {
    if (q.topic !== topic) {
      topic = q.topic
      blocks.push(`$CATEGORY: ${root}/${q.topic}`)
    }
    blocks.push(giftQuestion(q))
    lost.push(
      ...lostParts(q, { hints: 'GIFT has no hints', difficulty: 'GIFT has no difficulty', license: LICENSE_LOST }),
      ...trimmedAway(q, 'prompt', q.prompt, 'GIFT'),
      ...trimmedAway(q, 'answer', q.answer, 'GIFT'),
      ...(q.choices ?? []).flatMap((c) => trimmedAway(q, 'choices', c.text, 'GIFT')),
    )
  }
  return { text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`, exported: questions.length, notExported: [], lost }
}

function giftQuestion(q: Question): string {
  const comment = `// [id:${q.id}]${q.tags.map((t) => ` [tag:${t}]`).join('')}`
  const head = `::${escapeGift(q.id)}::[markdown]${escapeGift(q.prompt.trim())}`
  const feedback = q.answer === undefined ? [] : [`####${braced(q.answer.trim())}`]
  const choices = q.choices ?? []
  if (choices.length === 2 && choices[0]?.text === 'True' && choices[1]?.text === 'False') {
    return [comment, `${head}{${choices[0].correct ? 'T' : 'F'}`, ...feedback, '}'].join('\n')
  }
  if (choices.length === 0) return [comment, `${head}{`, ...feedback, '}'].join('\n')
  const correct = choices.filter((c) => c.correct).length
  // Moodle's multiple-answer notation: correct choices share 100%, wrong ones cost it all.
  const weight = fractionText(correct, 5)
  const lines = choices.map((c) => {
    if (correct === 1) return `${c.correct ? '=' : '~'}${braced(c.text.trim())}`
    return `~%${c.correct ? weight : '-100'}%${braced(c.text.trim())}`
  })
  return [comment, `${head}{`, ...lines, ...feedback, '}'].join('\n')
}

/** Text inside the braces: escaped, and a leading `[` or `%` kept from reading as a format or a weight. */
function braced(text: string): string {
  const escaped = escapeGift(text, true)
  return /^[[%]/.test(escaped) ? `[markdown]${escaped}` : escaped
}
