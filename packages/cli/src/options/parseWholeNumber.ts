import { InvalidArgumentError } from 'commander'

/**
 * A commander argument parser for counts, limits and offsets: a plain
 * decimal whole number, so `--count abc`, `--count 2.5` and `--count -1` are
 * refused with what was expected instead of turning into `NaN` downstream.
 *
 * @example
 *   new Option('--count <n>').argParser(parseWholeNumber(1))
 */
export function parseWholeNumber(min = 0): (value: string) => number {
  return (value) => {
    const n = /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`Expected a whole number ≥ ${min}, e.g. 10.`)
    return n
  }
}
