import { h } from './h.ts'

const SVG = 'http://www.w3.org/2000/svg'

/** Layout of {@link barChart}, in SVG user units (the chart scales to its container). */
const CHART_LAYOUT = {
  /** Width of the whole chart. */
  width: 640,
  /** Height of one bar's row. */
  rowHeight: 22,
  /** Space kept left of the bars for the labels. */
  labelWidth: 280,
  /** Space kept right of the longest bar for its count. */
  countWidth: 44,
} as const

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
  if (text !== undefined) el.textContent = text
  return el
}

/**
 * A horizontal bar chart as plain SVG, with the same figures as a table for
 * screen readers (the SVG is hidden from them, the table from sight).
 *
 * @example
 *   barChart('Questions by set', [['top-30-guide', 31], ['slashdev-top-20', 20]])
 */
export function barChart(title: string, rows: readonly (readonly [string, number])[]): HTMLElement {
  const { width, rowHeight, labelWidth, countWidth } = CHART_LAYOUT
  const max = Math.max(1, ...rows.map(([, n]) => n))
  const scale = (width - labelWidth - countWidth) / max
  const chart = svg('svg', { viewBox: `0 0 ${width} ${rows.length * rowHeight}`, 'aria-hidden': 'true', focusable: 'false', class: 'chart' })
  rows.forEach(([label, n], i) => {
    const y = i * rowHeight
    chart.append(
      svg('text', { x: labelWidth - 8, y: y + rowHeight * 0.7, 'text-anchor': 'end' }, label),
      svg('rect', { x: labelWidth, y: y + 3, width: Math.max(1, n * scale), height: rowHeight - 6, rx: 2 }),
      svg('text', { x: labelWidth + n * scale + 6, y: y + rowHeight * 0.7 }, String(n)),
    )
  })
  return h(
    'figure',
    { class: 'chart-figure' },
    h('figcaption', {}, title),
    chart,
    // A table ignores width and overflow, so its visually hidden wrapper is a div.
    h('div', { class: 'visually-hidden' }, h('table', {}, h('caption', {}, title), h('tbody', {}, rows.map(([label, n]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, String(n))))))),
  )
}
