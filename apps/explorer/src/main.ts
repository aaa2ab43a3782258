// Hash routing (`#/`, `#/q/<id>`, `#/quiz?…`, `#/stats`): every view has a
// URL, and the built folder needs no server rewrites on any static host.
import './style.css'
import { h } from './h.ts'
import { browseView } from './views/browseView.ts'
import { questionView } from './views/questionView.ts'
import { quizView } from './views/quizView.ts'
import { statsView } from './views/statsView.ts'

const main = document.getElementById('main') as HTMLElement
let firstRender = true

function route(): void {
  const hash = location.hash.replace(/^#/, '')
  const queryAt = hash.indexOf('?')
  const path = queryAt === -1 ? hash : hash.slice(0, queryAt)
  const params = new URLSearchParams(queryAt === -1 ? '' : hash.slice(queryAt + 1))
  let view: HTMLElement
  let title: string
  if (path === '' || path === '/') [view, title] = [browseView(params), 'Browse']
  else if (path.startsWith('/q/')) [view, title] = [questionView(decodeURIComponent(path.slice(3))), 'Question']
  else if (path === '/quiz') [view, title] = [quizView(params), 'Quiz']
  else if (path === '/stats') [view, title] = [statsView(), 'Stats']
  else [view, title] = [h('section', { class: 'view' }, h('h1', { tabindex: -1 }, 'Page not found'), h('p', {}, h('a', { href: '#/' }, 'Browse all questions'))), 'Not found']
  main.replaceChildren(view)
  document.title = `${view.querySelector('h1')?.textContent?.slice(0, 60) ?? title} · quizbank explorer`
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    const target = a.getAttribute('href')?.slice(1) ?? ''
    if (target === path || (target === '/' && path === '')) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
  if (firstRender) {
    // Read by the e2e test and scripts/measureExplorer.ts: time from navigation start to the first view on screen.
    performance.mark('quizbank:first-render')
    firstRender = false
  } else {
    // A new view: move focus to its heading so keyboard and screen-reader users start there.
    view.querySelector<HTMLElement>('h1')?.focus()
  }
}

// The skip link must not change the hash (that is the route): it moves focus instead.
document.querySelector('[data-skip]')?.addEventListener('click', (e) => {
  e.preventDefault()
  main.focus()
})
window.addEventListener('hashchange', route)
route()
