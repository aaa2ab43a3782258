import { InvalidArgumentError } from 'commander'
import type { StratifyOptions } from '@quizbank/core'

const EXAMPLE = 'e.g. --stratify topic, or --stratify difficulty=beginner:50,intermediate:30,advanced:20'

/**
 * Read one `--stratify` value into the core option, merged with earlier
 * ones: `topic` or `difficulty` spreads the draw evenly; `dimension=value:weight,…`
 * by weights. The dimension names and values are checked by core.
 *
 * @example
 *   parseStratify('difficulty=beginner:2,advanced:1', undefined) // { difficulty: { beginner: 2, advanced: 1 } }
 */
export function parseStratify(value: string, previous: StratifyOptions | undefined): StratifyOptions {
  const eq = value.indexOf('=')
  const dimension = (eq === -1 ? value : value.slice(0, eq)).trim()
  if (dimension === '') throw new InvalidArgumentError(`Expected a dimension, ${EXAMPLE}.`)
  if (eq === -1) return { ...previous, [dimension]: true }
  const weights: Record<string, number> = {}
  for (const part of value.slice(eq + 1).split(',')) {
    const [key = '', weight = '', ...rest] = part.split(':').map((s) => s.trim())
    const n = Number(weight)
    if (key === '' || weight === '' || rest.length > 0 || !Number.isFinite(n)) {
      throw new InvalidArgumentError(`Cannot read "${part.slice(0, 40)}": expected value:weight with a number as weight, ${EXAMPLE}.`)
    }
    weights[key] = n
  }
  return { ...previous, [dimension]: weights }
}

/**
 * The `--stratify` flags that give back `stratify`, in a fixed order.
 *
 * @example
 *   stratifyArgs({ topic: true }) // ['--stratify', 'topic']
 */
export function stratifyArgs(stratify: StratifyOptions | undefined): string[] {
  if (stratify === undefined) return []
  return Object.entries(stratify).flatMap(([dimension, spec]) =>
    spec === true ? ['--stratify', dimension] : ['--stratify', `${dimension}=${Object.entries(spec as Record<string, number>).map(([k, w]) => `${k}:${w}`).join(',')}`],
  )
}
