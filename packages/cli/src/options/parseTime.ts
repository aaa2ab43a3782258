import { InvalidArgumentError, Option } from 'commander'

/**
 * The hidden `--now <time>` flag of the commands that read the clock (review
 * scheduling): tests and demos run "as if it were" a fixed time.
 *
 * @example
 *   command.addOption(nowOption())
 */
export function nowOption(): Option {
  return new Option('--now <time>', 'the current time, ISO 8601').argParser(parseTime).hideHelp()
}

function parseTime(value: string): Date {
  const time = new Date(value)
  if (Number.isNaN(time.getTime())) throw new InvalidArgumentError('Expected an ISO date-time such as 2026-12-01T10:00:00Z.')
  return time
}
