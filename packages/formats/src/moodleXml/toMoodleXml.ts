import type { Question } from '@quizbank/core'
import { escapeXml, hasNonXmlChars } from '../shared/escapeXml.js'
import { fractionText } from '../shared/fractionText.js'
import { LICENSE_LOST, lostParts } from '../shared/lostParts.js'
import { questionsOf } from '../shared/questionsOf.js'
import type { ExportInput, ExportResult, Lost } from '../types.js'

/** Options of {@link toMoodleXml}. */
export interface ToMoodleXmlOptions {
  /** Category path above the topic, as in `toGift`. Default: `$course$/top/<set id>` (`$course$/top/quizbank` for bare questions). */
  readonly categoryRoot?: string
}

/**
 * Write questions as Moodle XML (docs.moodle.org, "Moodle XML format"): a
 * `<quiz>` with a category question whenever the topic changes, then
 * `multichoice` (`<single>` when one choice is right; several right choices
 * share 100%, wrong ones are -100%), `truefalse` (the choices "True" and
 * "False") or `essay` questions; the id as `<name>` and `<idnumber>`, texts
 * in `markdown` format, the answer as `<generalfeedback>`, hints as
 * `<hint>`, tags as `<tags>`. Difficulty has no place in it (reported in `lost`).
 *
 * @example
 *   toMoodleXml(set).text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>') // true
 */
export function toMoodleXml(input: ExportInput, options: ToMoodleXmlOptions = {}): ExportResult {
  const questions = questionsOf(input)
  const root = options.categoryRoot ?? `$course$/top/${Array.isArray(input) ? 'quizbank' : (input as { id: string }).id}`
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>']
  const lost: Lost[] = []
  let topic: string | undefined
  for (const q of questions) {
    if (q.topic !== topic) {
      topic = q.topic
      out.push('  <question type="category">', `    <category><text>${escapeXml(`${root}/${q.topic}`)}</text></category>`, '  </question>')
    }
    out.push(...moodleQuestion(q))
    lost.push(...lostParts(q, { difficulty: 'Moodle XML has no difficulty', license: LICENSE_LOST }))
    const texts = [q.prompt, q.answer ?? '', ...(q.hints ?? []), ...(q.choices ?? []).map((c) => c.text)]
    if (texts.some(hasNonXmlChars)) lost.push({ id: q.id, field: 'text', reason: 'control characters XML cannot hold were replaced by U+FFFD' })
  }
  out.push('</quiz>', '')
  return { text: out.join('\n'), exported: questions.length, notExported: [], lost }
}

function moodleQuestion(q: Question): string[] {
  const choices = q.choices ?? []
  const trueFalse = choices.length === 2 && choices[0]?.text === 'True' && choices[1]?.text === 'False'
  const type = choices.length === 0 ? 'essay' : trueFalse ? 'truefalse' : 'multichoice'
  const lines = [
    `  <question type="${type}">`,
    `    <name><text>${escapeXml(q.id)}</text></name>`,
    `    <questiontext format="markdown"><text>${escapeXml(q.prompt)}</text></questiontext>`,
    `    <generalfeedback format="markdown"><text>${escapeXml(q.answer ?? '')}</text></generalfeedback>`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(q.id)}</idnumber>`,
  ]
  if (type === 'essay') {
    lines.push('    <responseformat>editor</responseformat>', '    <responserequired>1</responserequired>', '    <responsefieldlines>10</responsefieldlines>', '    <attachments>0</attachments>')
  } else if (type === 'truefalse') {
    const isTrue = choices[0]?.correct === true
    lines.push(answer(isTrue ? '100' : '0', 'true', 'moodle_auto_format'), answer(isTrue ? '0' : '100', 'false', 'moodle_auto_format'))
  } else {
    const correct = choices.filter((c) => c.correct).length
    const share = fractionText(correct, 7)
    lines.push(`    <single>${correct === 1 ? 'true' : 'false'}</single>`, '    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>abc</answernumbering>')
    for (const c of choices) lines.push(answer(c.correct ? share : correct === 1 ? '0' : '-100', c.text, 'markdown'))
  }
  for (const h of q.hints ?? []) lines.push(`    <hint format="markdown"><text>${escapeXml(h)}</text></hint>`)
  if (q.tags.length > 0) lines.push(`    <tags>${q.tags.map((t) => `<tag><text>${escapeXml(t)}</text></tag>`).join('')}</tags>`)
  lines.push('  </question>')
  return lines
}

function answer(fraction: string, text: string, format: string): string {
  return `    <answer fraction="${fraction}" format="${format}"><text>${escapeXml(text)}</text><feedback format="markdown"><text></text></feedback></answer>`
}
