import type { QuestionSet, Taxonomy } from '@quizbank/core'

// Colour-blind-safe palette (Okabe–Ito), one colour per set.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000']

/** Options of {@link renderChart}. */
export interface RenderChartOptions {
  /** Pixels per question along the bars. Default `6`. */
  scale?: number
}

/**
 * A stacked horizontal bar chart of the corpus: one bar per topic, one
 * segment per set, as a standalone SVG string (no dependencies, so the
 * build stays deterministic and byte-identical).
 *
 * @example
 *   writeFileSync('composition.svg', renderChart(sets, [djangoTaxonomy]))
 */
export function renderChart(sets: readonly QuestionSet[], taxonomies: readonly Taxonomy[], options: RenderChartOptions = {}): string {
  const scale = options.scale ?? 6
  // Topics in taxonomy order; a topic id shared by two subjects gets one bar.
  const topics = [...new Map(taxonomies.flatMap((t) => t.topics).map((t) => [t.id, t])).values()]
  const rows = topics.map((t) => ({ topic: t, counts: sets.map((s) => s.questions.filter((q) => q.topic === t.id).length) })).filter((r) =>
    r.counts.some((c) => c > 0),
  )
  // Room for the longest label at ~7 px a character (12 px sans-serif).
  const labelWidth = 16 + 7 * Math.max(...rows.map((r) => r.topic.label.length))
  const rowHeight = 20
  const top = 40
  const maxTotal = Math.max(1, ...rows.map((r) => r.counts.reduce((a, b) => a + b, 0)))
  const width = labelWidth + maxTotal * scale + 60
  const legendTop = top + rows.length * rowHeight + 20
  const height = legendTop + sets.length * 18 + 10
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold">quizbank corpus: ${sets.reduce((n, s) => n + s.questions.length, 0)} questions by topic and set</text>`,
  ]
  rows.forEach((r, i) => {
    const y = top + i * rowHeight
    out.push(`<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${esc(r.topic.label)}</text>`)
    let x = labelWidth
    r.counts.forEach((c, j) => {
      if (c === 0) return
      out.push(`<rect x="${x}" y="${y + 2}" width="${c * scale}" height="${rowHeight - 4}" fill="${PALETTE[j % PALETTE.length]}"><title>${esc(sets[j]!.id)}: ${c}</title></rect>`)
      x += c * scale
    })
    out.push(`<text x="${x + 4}" y="${y + 13}" fill="#444">${r.counts.reduce((a, b) => a + b, 0)}</text>`)
  })
  sets.forEach((s, j) => {
    const y = legendTop + j * 18
    out.push(`<rect x="${labelWidth}" y="${y}" width="12" height="12" fill="${PALETTE[j % PALETTE.length]}"/>`)
    out.push(`<text x="${labelWidth + 18}" y="${y + 10}">${esc(s.id)} (${s.questions.length})</text>`)
  })
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
