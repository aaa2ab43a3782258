import { query } from '@quizbank/core'
import { answerElement } from '../answerHtml.ts'
import { index, setOf, topicLabel } from '../explorerIndex.ts'
import { h, type Child } from '../h.ts'

const ORIGIN_TEXT = {
  source: 'printed in the source',
  'source-repaired': 'printed in the source, repaired after scraping damage (reviewed)',
  cluster: 'taken from the same question in another source',
  authored: 'written for quizbank, checked against the documentation',
} as const

/**
 * One question: prompt, answer, hints, provenance and its near-duplicates.
 *
 * @example
 *   questionView('top-30-guide/django-model')
 */
export function questionView(id: string): HTMLElement {
  const q = index.get(id)
  if (!q) {
    return h('section', { class: 'view' }, h('h1', { tabindex: -1 }, 'No such question'), h('p', { role: 'alert' }, `No question has the id “${id.slice(0, 120)}”.`), h('p', {}, h('a', { href: '#/' }, 'Browse all questions')))
  }
  const set = setOf(q.source.set)
  const others = q.cluster === undefined ? [] : query(index, { clusters: [q.cluster] }).questions.filter((o) => o.id !== q.id)
  const origin = q.answerOrigin
  const row = (term: string, ...value: Child[]): HTMLElement[] => [h('dt', {}, term), h('dd', {}, ...value)]
  return h(
    'article',
    { class: 'view question', 'data-question-id': q.id },
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Browse'), ' / ', h('a', { href: `#/?topic=${q.topic}` }, topicLabel(q.topic))),
    h('h1', { tabindex: -1 }, q.prompt),
    h(
      'p',
      { class: 'meta' },
      q.difficulty ? `${q.difficulty.level} (${q.difficulty.origin === 'rule' ? `rule: ${q.difficulty.rule ?? '?'}` : q.difficulty.origin})` : 'unrated',
      q.tags.length > 0 ? ' · tags: ' : '',
      q.tags.flatMap((t, i) => [i > 0 ? ', ' : '', h('a', { href: `#/?tag=${encodeURIComponent(t)}` }, t)]),
    ),
    h('h2', {}, 'Answer'),
    q.answer === undefined ? h('p', {}, 'No answer yet.') : answerElement(q.id),
    q.hints && q.hints.length > 0 ? [h('h2', {}, 'Hints'), h('ul', {}, q.hints.map((hint) => h('li', {}, hint)))] : null,
    h('h2', {}, 'Provenance'),
    h(
      'dl',
      { class: 'provenance' },
      row('Set', set?.source.url ? h('a', { href: set.source.url, rel: 'noopener noreferrer' }, set.title) : (set?.title ?? q.source.set), ` (${q.source.set})`),
      q.source.section && q.source.section.length > 0 ? row('Section', q.source.section.join(' › ')) : [],
      row('Lines', q.source.lines[0] === q.source.lines[1] ? `${q.source.lines[0]}` : `${q.source.lines[0]}–${q.source.lines[1]}`, q.source.number ? ` (printed as no. ${q.source.number})` : '', q.source.promptInferred ? '; prompt inferred by a rule' : ''),
      row('Licence', `prompt: ${q.license?.prompt ?? 'unknown'}`, q.answer === undefined ? '' : `; answer: ${q.license?.answer ?? 'unknown'}`),
      origin
        ? row(
            'Answer origin',
            ORIGIN_TEXT[origin.kind],
            origin.from ? [' (', h('a', { href: `#/q/${encodeURIComponent(origin.from)}` }, origin.from), ')'] : '',
            origin.references ? h('ul', { class: 'refs', 'aria-label': 'Documentation' }, origin.references.map((r) => h('li', {}, h('a', { href: r, rel: 'noopener noreferrer' }, r)))) : '',
          )
        : [],
    ),
    h('h2', {}, 'Same question elsewhere'),
    others.length === 0
      ? h('p', {}, 'No near-duplicate in another source.')
      : h('ul', { class: 'cluster' }, others.map((o) => h('li', {}, h('a', { href: `#/q/${encodeURIComponent(o.id)}` }, o.prompt), h('span', { class: 'meta' }, ` — ${o.source.set}`)))),
  )
}
