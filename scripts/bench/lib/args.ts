import { parseArgs } from 'node:util'

/** Parse `10k,100k,1M` into numbers. */
export function parseSizes(text: string): number[] {
  return text.split(',').map((s) => {
    const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim())
    if (m === null) throw new Error(`--sizes: cannot read "${s}"; write e.g. 10k,100k,1M`)
    const unit = m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1
    return Math.round(Number(m[1]) * unit)
  })
}

/** `10k`, `1M`. */
export function sizeLabel(n: number): string {
  return n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n)
}

/** The flags every bench understands. */
export function benchArgs(defaults: { sizes: string }) {
  const { values } = parseArgs({
    strict: false,
    options: {
      sizes: { type: 'string', default: defaults.sizes },
      'search-sizes': { type: 'string', default: '100k,1M' },
      'all-libs-at-1m': { type: 'boolean', default: false },
      'libs-at-1m': { type: 'string' },
      corpus: { type: 'string' },
      runs: { type: 'string' },
    },
  })
  return {
    sizes: parseSizes(values.sizes as string),
    searchSizes: parseSizes(values['search-sizes'] as string),
    /** Lower-cased names of the slow libraries to run at 1M too (`--libs-at-1m minisearch,orama`; `--all-libs-at-1m` is both). */
    libsAt1m: new Set(values['all-libs-at-1m'] === true ? ['minisearch', 'orama'] : typeof values['libs-at-1m'] === 'string' ? values['libs-at-1m'].toLowerCase().split(',') : []),
    corpus: values.corpus as string | undefined,
    runs: values.runs === undefined ? undefined : Number(values.runs),
  }
}
