import { facets } from './explorerIndex.ts'
import { FILTER_PARAMS } from './filterParams.ts'
import { h } from './h.ts'

const LABELS: Record<(typeof FILTER_PARAMS)[number], string> = {
  subject: 'Subject',
  topic: 'Topic',
  tag: 'Tag',
  difficulty: 'Difficulty',
  set: 'Set',
  license: 'Licence',
}

const OPTIONS = {
  subject: facets.subjects,
  topic: facets.topics,
  difficulty: facets.difficulties,
  set: facets.sets,
  license: facets.licenses,
}

/**
 * The filter controls, one labelled control per filter, pre-set from
 * `params`. A facet holds one value in the form; a URL may repeat a
 * parameter for several (they are kept, and shown as a selected list).
 *
 * @example
 *   filterControls(new URLSearchParams('topic=orm'), 'browse')
 */
export function filterControls(params: URLSearchParams, idPrefix: string): HTMLElement {
  const controls = FILTER_PARAMS.map((param) => {
    const id = `${idPrefix}-${param}`
    const chosen = params.getAll(param)
    let control: HTMLElement
    if (param === 'tag') {
      control = h('input', { id, name: param, type: 'text', list: `${id}-list`, value: chosen.join(' '), autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-help` })
      return h(
        'div',
        { class: 'field' },
        h('label', { for: id }, LABELS[param]),
        control,
        h('datalist', { id: `${id}-list` }, facets.tags.map((t) => h('option', { value: t }))),
        h('small', { id: `${id}-help` }, 'every one of these, separated by spaces'),
      )
    }
    const options = OPTIONS[param]
    control = h(
      'select',
      { id, name: param, multiple: chosen.length > 1 },
      chosen.length > 1 ? null : h('option', { value: '' }, 'any'),
      options.map((o) => h('option', { value: o.value, selected: chosen.includes(o.value) }, o.label)),
      // A value the corpus does not know stays visible, so the error about it makes sense.
      chosen.filter((c) => !options.some((o) => o.value === c)).map((c) => h('option', { value: c, selected: true }, c)),
    )
    return h('div', { class: 'field' }, h('label', { for: id }, LABELS[param]), control)
  })
  const answerId = `${idPrefix}-answer`
  const answer = params.get('answer') ?? ''
  controls.push(
    h(
      'div',
      { class: 'field' },
      h('label', { for: answerId }, 'Has answer'),
      h(
        'select',
        { id: answerId, name: 'answer' },
        [['', 'any'], ['yes', 'with an answer'], ['no', 'without an answer']].map(([value, label]) => h('option', { value, selected: value === answer }, label)),
      ),
    ),
  )
  return h('div', { class: 'filters' }, controls)
}

/**
 * Read a form's filter controls back into URL parameters (tags split on spaces).
 *
 * @example
 *   formParams(form).toString() // 'topic=orm&answer=yes'
 */
export function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams()
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLSelectElement || el instanceof HTMLInputElement) || el.name === '') continue
    if (el instanceof HTMLSelectElement) {
      for (const o of Array.from(el.selectedOptions)) if (o.value !== '') params.append(el.name, o.value)
    } else if (el.type === 'checkbox') {
      if (el.checked) params.set(el.name, el.value)
    } else if (el.name === 'tag') {
      for (const tag of el.value.split(/\s+/)) if (tag !== '') params.append('tag', tag)
    } else if (el.value.trim() !== '') params.set(el.name, el.value.trim())
  }
  return params
}
