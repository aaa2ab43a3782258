let loading: Promise<Readonly<Record<string, string>>> | undefined

/**
 * A question's answer as HTML rendered and sanitised at build time (see
 * build/renderAnswers.ts), loaded on first use as its own chunk so the list
 * does not wait for it.
 *
 * @example
 *   el.innerHTML = (await answerHtml('top-30-guide/django-model')) ?? ''
 */
export async function answerHtml(id: string): Promise<string | undefined> {
  loading ??= import('virtual:quizbank-answer-html').then((m) => m.default)
  return (await loading)[id]
}

/**
 * An element showing a question's rendered answer once loaded.
 *
 * @example
 *   main.append(answerElement(question.id))
 */
export function answerElement(id: string): HTMLElement {
  const el = document.createElement('div')
  el.className = 'answer'
  el.setAttribute('aria-busy', 'true')
  // An in-answer link such as a footnote's `#fn-1` would change the route (the
  // hash): scroll to its target instead, whose id the sanitiser prefixed.
  el.addEventListener('click', (event) => {
    const href = event.target instanceof Element ? event.target.closest('a')?.getAttribute('href') : null
    if (!href?.startsWith('#') || href.startsWith('#/')) return
    event.preventDefault()
    const target = document.getElementById(`user-content-${decodeURIComponent(href.slice(1))}`)
    target?.scrollIntoView()
    target?.focus()
  })
  void answerHtml(id).then((html) => {
    // Safe: produced by rehype-sanitize at build time, never from user input.
    el.innerHTML = html ?? '<p>No answer yet.</p>'
    el.removeAttribute('aria-busy')
  })
  return el
}
