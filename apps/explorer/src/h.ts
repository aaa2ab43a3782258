/** Attributes of {@link h}: strings set attributes, functions under `on*` add listeners, `false`/`undefined` are left out. */
export type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>
/** A child of {@link h}: nodes, text (never parsed as HTML), or nothing. */
export type Child = Node | string | number | false | null | undefined | readonly Child[]

/**
 * Create an element. Text children become text nodes, so question text can
 * never inject markup; the only HTML the app inserts is the build-time
 * sanitised answer HTML.
 *
 * @example
 *   h('a', { href: '#/stats', class: 'nav' }, 'Stats')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value)
    else if (value === true) el.setAttribute(name, '')
    else if (value !== false && value !== undefined) el.setAttribute(name, String(value))
  }
  append(el, children)
  return el
}

/** Append children as {@link h} does. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue
    if (Array.isArray(child)) append(parent, child)
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)))
  }
}
