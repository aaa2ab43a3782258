import { writeRecord } from '../shared/delimited.js'
import { LICENSE_LOST, lostParts } from '../shared/lostParts.js'
import { questionsOf, titleOf } from '../shared/questionsOf.js'
import type { ExportInput, ExportResult } from '../types.js'
import { ankiBack, ankiFront, unletterable } from './ankiCard.js'

/** Options of {@link toAnki}. */
export interface ToAnkiOptions {
  /** The parent deck; each question goes into `<deck>::<topic>`. Default: the set's title (`quizbank` for bare questions). */
  readonly deck?: string
  /** Anki note type with (at least) the fields Front and Back. Default `Basic`. */
  readonly notetype?: string
}

/**
 * Write questions as an Anki text import file (docs.ankiweb.net, "Importing
 * text files", file headers): tab-separated, `#html:true`, the question id
 * in the first column as the note's GUID (so a second import updates the
 * notes instead of duplicating them), a deck column `<deck>::<topic>`, Front
 * (the prompt; choices as a lettered list), Back (the right letters, then
 * the answer) and a tags column. Hints and difficulty have no field on a
 * Basic note and are reported in `lost`.
 *
 * @example
 *   toAnki(set).text.split('\n')[0] // '#separator:tab'
 */
export function toAnki(input: ExportInput, options: ToAnkiOptions = {}): ExportResult {
  const questions = questionsOf(input)
  const deck = (options.deck ?? titleOf(input, 'quizbank')).replace(/[\t\r\n]/g, ' ')
  const header = [
    '#separator:tab',
    '#html:true',
    `#notetype:${options.notetype ?? 'Basic'}`,
    '#columns:GUID\tDeck\tFront\tBack\tTags',
    '#guid column:1',
    '#deck column:2',
    '#tags column:5',
  ]
  const rows = questions.map((q) => writeRecord([q.id, `${deck}::${q.topic}`, ankiFront(q), ankiBack(q), q.tags.join(' ')], '\t'))
  const lost = questions.flatMap((q) => lostParts(q, { hints: 'a Basic note has no hints field', difficulty: 'a Basic note has no difficulty field', license: LICENSE_LOST }))
  const notExported = questions.flatMap((q) => unletterable(q) ?? [])
  const skip = new Set(notExported.map((n) => n.id))
  const kept = rows.filter((_, i) => !skip.has(questions[i]?.id ?? ''))
  return { text: `${[...header, ...kept].join('\n')}\n`, exported: kept.length, notExported, lost: lost.filter((l) => !skip.has(l.id)) }
}
