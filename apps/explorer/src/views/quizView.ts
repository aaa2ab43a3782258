import { answerElement } from '../answerHtml.ts'
import { describeError } from '../describeError.ts'
import { topicLabel } from '../explorerIndex.ts'
import { filterControls, formParams } from '../filterForm.ts'
import { append, h } from '../h.ts'
import { openQuiz, QUIZ_LIMITS, type QuizSession } from '../quizSession.ts'

/**
 * Quiz mode: a form that writes the quiz link when the URL has no seed, the
 * quiz itself when it has one.
 *
 * @example
 *   quizView(new URLSearchParams('seed=friday&count=5'))
 */
export function quizView(params: URLSearchParams): HTMLElement {
  if ((params.get('seed') ?? '') === '') return quizForm(params)
  const view = h('section', { class: 'view quiz' }, h('h1', { tabindex: -1 }, 'Quiz'))
  let session: QuizSession
  try {
    session = openQuiz(params, localStorage)
  } catch (error) {
    view.append(h('p', { role: 'alert', class: 'status error' }, describeError(error)), h('p', {}, h('a', { href: '#/quiz' }, 'Start a new quiz')))
    return view
  }
  const body = h('div', { class: 'quiz-body' })
  const link = location.href
  append(view, [
    h('p', { class: 'meta' }, `Seed “${params.get('seed')}”, ${session.total} questions${describeFilter(params)}. `, h('a', { href: link, 'data-share': true }, 'Link to this quiz'), ' (the same questions in the same order, anywhere).'),
    session.notice ? h('p', { role: 'alert', class: 'status error' }, session.notice) : null,
    body,
  ])
  showStep(session, body, false)
  return view
}

/** The link's filters in words, e.g. ", topic orm or models, difficulty advanced". */
function describeFilter(params: URLSearchParams): string {
  const names = [...new Set(params.keys())].filter((k) => k !== 'seed' && k !== 'count')
  // Tags are AND-ed (every one), the other filters OR-ed (any one).
  return names.map((k) => `, ${k} ${params.getAll(k).join(k === 'tag' ? ' and ' : ' or ')}`).join('')
}

function showStep(session: QuizSession, body: HTMLElement, moveFocus: boolean): void {
  const q = session.current()
  const done = session.answered()
  if (!q) {
    const right = done.filter((d) => d.grade === 'right').length
    body.replaceChildren(
      h('h2', { tabindex: -1, id: 'quiz-step' }, `Done: ${right} of ${done.length} right`),
      h('ol', { class: 'summary' }, done.map((d) => h('li', { 'data-question-id': d.question.id }, h('a', { href: `#/q/${encodeURIComponent(d.question.id)}` }, d.question.prompt), ` — ${d.grade === 'right' ? 'knew it' : 'to review'}`))),
      h(
        'p',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => (session.reset(), location.reload()) }, 'Take this quiz again'),
        ' ',
        h('a', { href: '#/quiz' }, 'New quiz'),
      ),
    )
  } else {
    const answer = h('div', { id: 'quiz-answer', hidden: true }, h('h3', {}, 'Answer'), q.answer === undefined ? h('p', {}, 'No answer yet.') : answerElement(q.id), q.hints?.length ? [h('h3', {}, 'Hints'), h('ul', {}, q.hints.map((x) => h('li', {}, x)))] : null)
    const gradeButtons = h(
      'p',
      { class: 'actions', hidden: true },
      h('button', { type: 'button', 'data-grade': 'right', onclick: () => next('right') }, 'I knew it'),
      ' ',
      h('button', { type: 'button', 'data-grade': 'wrong', onclick: () => next('wrong') }, 'I did not'),
    )
    const reveal = h(
      'button',
      {
        type: 'button',
        'aria-expanded': 'false',
        'aria-controls': 'quiz-answer',
        onclick: () => {
          answer.hidden = false
          gradeButtons.hidden = false
          reveal.setAttribute('aria-expanded', 'true')
          reveal.hidden = true
          gradeButtons.querySelector('button')?.focus()
        },
      },
      'Reveal answer',
    )
    const next = (grade: 'right' | 'wrong'): void => {
      session.grade(grade)
      showStep(session, body, true)
    }
    body.replaceChildren(
      h('p', { class: 'progress-text' }, h('label', { for: 'quiz-progress' }, `Question ${done.length + 1} of ${session.total}`), ' ', h('progress', { id: 'quiz-progress', max: session.total, value: done.length })),
      h('h2', { tabindex: -1, id: 'quiz-step', 'data-question-id': q.id }, q.prompt),
      h('p', { class: 'meta' }, topicLabel(q.topic), ' · ', q.difficulty?.level ?? 'unrated'),
      h('p', { class: 'actions' }, reveal),
      answer,
      gradeButtons,
    )
  }
  if (moveFocus) body.querySelector<HTMLElement>('#quiz-step')?.focus()
}

function quizForm(params: URLSearchParams): HTMLElement {
  const seed = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('')
  const form = h(
    'form',
    {
      class: 'quiz-form',
      onsubmit: (e) => {
        e.preventDefault()
        location.hash = `#/quiz?${formParams(form).toString()}`
      },
    },
    filterControls(params, 'quiz'),
    h(
      'div',
      { class: 'filters' },
      h('div', { class: 'field' }, h('label', { for: 'quiz-count' }, 'Questions'), h('input', { id: 'quiz-count', name: 'count', type: 'number', min: 1, max: QUIZ_LIMITS.maxCount, value: params.get('count') ?? QUIZ_LIMITS.defaultCount, required: true })),
      h('div', { class: 'field' }, h('label', { for: 'quiz-seed' }, 'Seed'), h('input', { id: 'quiz-seed', name: 'seed', type: 'text', value: seed, required: true, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'quiz-seed-help' }), h('small', { id: 'quiz-seed-help' }, 'the same seed and filters give the same quiz')),
    ),
    h('p', { class: 'actions' }, h('button', { type: 'submit' }, 'Start quiz')),
  )
  return h('section', { class: 'view' }, h('h1', { tabindex: -1 }, 'Start a quiz'), h('p', {}, 'Questions are dealt in a seeded order, never two near-duplicates, and your progress stays in this browser.'), form)
}
