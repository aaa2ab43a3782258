import { query } from '@quizbank/core'
import { search, type SearchMatches } from '@quizbank/core/search'
import { describeError } from '../describeError.ts'
import { index, topicLabel, type DjangoQuestion } from '../explorerIndex.ts'
import { filterControls, formParams } from '../filterForm.ts'
import { parseFilter } from '../filterParams.ts'
import { h } from '../h.ts'
import { highlight } from '../highlight.ts'

/**
 * The list: search box and filters over the results. Typing or choosing a
 * filter updates the results and the URL (replaceState, so Back leaves the
 * page rather than stepping through keystrokes).
 *
 * @example
 *   browseView(new URLSearchParams('q=middleware&topic=middleware'))
 */
export function browseView(params: URLSearchParams): HTMLElement {
  const status = h('p', { id: 'result-status', role: 'status', class: 'status' })
  const list = h('ol', { class: 'results', 'aria-labelledby': 'results-heading' })
  const form = h(
    'form',
    { class: 'browse', role: 'search', 'aria-label': 'Search and filter questions', onsubmit: (e) => e.preventDefault() },
    h(
      'div',
      { class: 'field search' },
      h('label', { for: 'browse-q' }, 'Search'),
      h('input', { id: 'browse-q', name: 'q', type: 'search', value: params.get('q') ?? '', placeholder: 'e.g. prefetch related', autocomplete: 'off' }),
    ),
    filterPanel(params),
  )
  const update = (): void => {
    const next = formParams(form)
    history.replaceState(null, '', `#/?${next.toString()}`)
    renderResults(next, status, list)
  }
  form.addEventListener('input', update)
  form.addEventListener('change', update)
  renderResults(params, status, list)
  return h('section', { class: 'view' }, h('h1', { tabindex: -1 }, 'Browse questions'), form, h('h2', { id: 'results-heading', class: 'visually-hidden' }, 'Results'), status, list)
}

/** The filters in a disclosure: open on a wide screen or when a filter is set, so a phone shows results first. */
function filterPanel(params: URLSearchParams): HTMLElement {
  const active = [...params.keys()].filter((k) => k !== 'q').length
  const open = active > 0 || window.matchMedia('(min-width: 40rem)').matches
  return h('details', { class: 'filter-panel', open }, h('summary', {}, active > 0 ? `Filters (${active} set)` : 'Filters'), filterControls(params, 'browse'))
}

function renderResults(params: URLSearchParams, status: HTMLElement, list: HTMLElement): void {
  const text = params.get('q')?.trim() ?? ''
  const filter = parseFilter(params)
  let rows: { question: DjangoQuestion; matches?: SearchMatches }[]
  try {
    rows = text === '' ? query(index, filter).questions.map((question) => ({ question })) : search(index, text, { ...filter, limit: index.size }).hits
  } catch (error) {
    status.textContent = describeError(error)
    status.classList.add('error')
    list.replaceChildren()
    return
  }
  status.classList.remove('error')
  status.textContent = `${rows.length} ${rows.length === 1 ? 'question' : 'questions'}${text === '' ? '' : ` matching “${text}”`}`
  list.replaceChildren(
    ...rows.map(({ question: q, matches }) =>
      h(
        'li',
        { 'data-question-id': q.id },
        h('a', { href: `#/q/${encodeURIComponent(q.id)}` }, matches ? highlight(q.prompt, matches.prompt) : q.prompt),
        h('p', { class: 'meta' }, topicLabel(q.topic), ' · ', q.difficulty?.level ?? 'unrated', ' · ', q.source.set, matches && matches.answer.length > 0 ? ` · ${matches.answer.length} in answer` : ''),
      ),
    ),
  )
}
