import type { Question } from '@quizbank/core'
import { escapeXml, hasNonXmlChars } from '../shared/escapeXml.js'
import { LICENSE_LOST, lostParts } from '../shared/lostParts.js'
import { questionsOf } from '../shared/questionsOf.js'
import type { ExportInput, Lost, NotExported } from '../types.js'

/** One file of a QTI export. */
export interface QtiFile {
  /** Path inside the package, `/`-separated, e.g. `items/acme.what-is-orm.xml`. */
  readonly path: string
  readonly text: string
}

/** What {@link toQti} returns: the package's files and what did not make it. */
export interface QtiExport {
  /** `imsmanifest.xml` first, then one `items/<identifier>.xml` per question. */
  readonly files: QtiFile[]
  readonly exported: number
  readonly notExported: NotExported[]
  readonly lost: Lost[]
}

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1'
const SCHEMA_LOCATION = `${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`
const MATCH_CORRECT = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct'
// QTI's title is a String256.
const MAX_TITLE = 256

/**
 * Write questions as an IMS QTI 2.1 content package: one `assessmentItem`
 * per question (multiple choice as a `choiceInteraction` scored by the
 * `match_correct` template, with `cardinality="multiple"` when several
 * choices are right; open questions as an `extendedTextInteraction` with the
 * model answer in a scorer-only `rubricBlock`), and an IMS CP
 * `imsmanifest.xml` listing them. Items validate against the official QTI
 * 2.1 XSD. Hints, topic, tags and difficulty have no place in an item and
 * are reported in `lost`.
 *
 * @example
 *   const { files } = toQti(set)
 *   files[0]?.path // 'imsmanifest.xml'
 */
export function toQti(input: ExportInput): QtiExport {
  const questions = questionsOf(input)
  const setId = Array.isArray(input) ? 'quizbank' : (input as { id: string }).id
  const items: QtiFile[] = []
  const lost: Lost[] = []
  for (const q of questions) {
    const identifier = qtiIdentifier(q.id)
    items.push({ path: `items/${identifier}.xml`, text: assessmentItem(q, identifier) })
    lost.push(
      ...lostParts(q, { hints: 'a QTI item here has no hints', topic: 'a QTI item has no topic', tags: 'a QTI item has no tags', difficulty: 'a QTI item has no difficulty', license: LICENSE_LOST }),
    )
    const texts = [q.prompt, q.answer ?? '', ...(q.choices ?? []).map((c) => c.text)]
    if (texts.some(hasNonXmlChars)) lost.push({ id: q.id, field: 'text', reason: 'control characters XML cannot hold were replaced by U+FFFD' })
  }
  return { files: [{ path: 'imsmanifest.xml', text: manifest(qtiIdentifier(setId), items) }, ...items], exported: questions.length, notExported: [], lost }
}

/**
 * A question id as a QTI identifier (an XML NCName): `/` becomes `.`, and an
 * id that does not start with a letter gets a `Q-` prefix.
 *
 * @example
 *   qtiIdentifier('acme-django/what-orm') // 'acme-django.what-orm'
 */
export function qtiIdentifier(id: string): string {
  const name = id.replace(/[^A-Za-z0-9._-]/g, '.')
  return /^[A-Za-z_]/.test(name) ? name : `Q-${name}`
}

function assessmentItem(q: Question, identifier: string): string {
  const choices = q.choices ?? []
  const title = q.prompt.length > MAX_TITLE ? `${q.prompt.slice(0, MAX_TITLE - 1)}…` : q.prompt
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}"`,
    `    identifier="${escapeXml(identifier)}" title="${escapeXml(title)}" adaptive="false" timeDependent="false">`,
  ]
  if (choices.length > 0) {
    const correct = choices.flatMap((c, i) => (c.correct ? [`CHOICE_${i + 1}`] : []))
    const cardinality = correct.length === 1 ? 'single' : 'multiple'
    out.push(
      `  <responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="identifier">`,
      `    <correctResponse>${correct.map((c) => `<value>${c}</value>`).join('')}</correctResponse>`,
      '  </responseDeclaration>',
      score(),
      '  <itemBody>',
      `    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="${correct.length === 1 ? 1 : 0}">`,
      `      <prompt>${escapeXml(q.prompt)}</prompt>`,
      ...choices.map((c, i) => `      <simpleChoice identifier="CHOICE_${i + 1}">${escapeXml(c.text)}</simpleChoice>`),
      '    </choiceInteraction>',
      ...modelAnswer(q.answer),
      '  </itemBody>',
      `  <responseProcessing template="${MATCH_CORRECT}"/>`,
    )
  } else {
    out.push(
      '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>',
      score(),
      '  <itemBody>',
      '    <extendedTextInteraction responseIdentifier="RESPONSE" expectedLines="10">',
      `      <prompt>${escapeXml(q.prompt)}</prompt>`,
      '    </extendedTextInteraction>',
      ...modelAnswer(q.answer),
      '  </itemBody>',
    )
  }
  out.push('</assessmentItem>', '')
  return out.join('\n')
}

function score(): string {
  return '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>'
}

/** The model answer, for the scorer only: one paragraph per blank-line-separated block of the markdown. */
function modelAnswer(answer: string | undefined): string[] {
  if (answer === undefined) return []
  const paragraphs = answer.split(/\n\s*\n/).filter((p) => p.trim() !== '')
  return ['    <rubricBlock view="scorer">', ...paragraphs.map((p) => `      <p>${escapeXml(p)}</p>`), '    </rubricBlock>']
}

function manifest(identifier: string, items: readonly QtiFile[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="MANIFEST-${escapeXml(identifier)}">`,
    '  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    ...items.map((f) => {
      const id = f.path.replace(/^items\//, '').replace(/\.xml$/, '')
      return `    <resource identifier="RES-${escapeXml(id)}" type="imsqti_item_xmlv2p1" href="${escapeXml(f.path)}"><file href="${escapeXml(f.path)}"/></resource>`
    }),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n')
}
