import { writeRecord } from '../shared/delimited.js'
import { LICENSE_LOST, lostParts } from '../shared/lostParts.js'
import { joinLines } from '../shared/joinLines.js'
import { questionsOf } from '../shared/questionsOf.js'
import type { ExportInput, ExportResult, Lost } from '../types.js'

/**
 * The columns of quizbank CSV, in order. `tags`: space-separated;
 * `hints` and `choices`: one per line; `correct`: the 1-based numbers of the
 * right choices, space-separated; `difficulty`: beginner, intermediate,
 * advanced or empty.
 */
export const CSV_COLUMNS = ['id', 'topic', 'tags', 'difficulty', 'prompt', 'answer', 'hints', 'choices', 'correct'] as const

/**
 * Write questions as RFC 4180 CSV (comma-separated, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break) with a header row of
 * {@link CSV_COLUMNS}. A hint or choice that itself spans lines cannot be
 * one line of its cell: its line breaks become spaces, reported in `lost`.
 *
 * @example
 *   toCsv(set).text.split('\r\n')[0] // 'id,topic,tags,difficulty,prompt,answer,hints,choices,correct'
 */
export function toCsv(input: ExportInput): ExportResult {
  const questions = questionsOf(input)
  const lost: Lost[] = []
  const rows = [writeRecord(CSV_COLUMNS, ',')]
  for (const q of questions) {
    lost.push(...lostParts(q, { license: LICENSE_LOST }))
    const multiline = (items: readonly string[] | undefined, field: string) => {
      if ((items ?? []).some((t) => /[\r\n]/.test(t))) lost.push({ id: q.id, field, reason: 'one per line in CSV: line breaks inside one became spaces' })
      return (items ?? []).map(joinLines).join('\n')
    }
    const choices = q.choices ?? []
    rows.push(
      writeRecord(
        [
          q.id,
          q.topic,
          q.tags.join(' '),
          q.difficulty?.level ?? '',
          q.prompt,
          q.answer ?? '',
          multiline(q.hints, 'hints'),
          multiline(choices.map((c) => c.text), 'choices'),
          choices.flatMap((c, i) => (c.correct ? [String(i + 1)] : [])).join(' '),
        ],
        ',',
      ),
    )
  }
  return { text: `${rows.join('\r\n')}\r\n`, exported: questions.length, notExported: [], lost }
}
