import { Option, type Command } from 'commander'
import type { QuestionFilter } from '@quizbank/core'

/** The filter flags as commander parses them (every list flag repeatable). */
export interface FilterFlags {
  readonly topic?: string[]
  readonly tag?: string[]
  readonly set?: string[]
  readonly difficulty?: string[]
  readonly license?: string[]
  readonly hasAnswer?: boolean
  readonly kind?: string
}

/** Repeatable list flags also take comma-separated values: `--topic orm,models` = `--topic orm --topic models`. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')]
}

/**
 * Add the filter flags shared by `quiz` and `search` (`--topic`, `--tag`,
 * `--set`, `--difficulty`, `--license`, `--has-answer`, `--kind`). Values are checked by
 * `@quizbank/core`, whose errors name the valid values and suggest a fix.
 *
 * @example
 *   addFilterOptions(program.command('quiz'))
 */
export function addFilterOptions(command: Command): Command {
  return command
    .addOption(new Option('--topic <id>', 'only questions of this topic (repeatable; `quizbank topics` lists them)').argParser(collect))
    .addOption(new Option('--tag <tag>', 'only questions carrying this tag (repeatable: all of them)').argParser(collect))
    .addOption(new Option('--set <id>', 'only questions of this question set (repeatable)').argParser(collect))
    .addOption(new Option('--difficulty <level>', 'beginner, intermediate, advanced or unrated (repeatable)').argParser(collect))
    .addOption(new Option('--license <id>', 'only questions whose prompt and answer may be used under these licenses, e.g. CC-BY-4.0 (repeatable)').argParser(collect))
    .addOption(new Option('--has-answer', 'only questions that have an answer'))
    .addOption(new Option('--kind <kind>', 'open or multiple-choice'))
}

/**
 * The core filter the flags describe.
 *
 * @example
 *   toFilter({ topic: ['orm'], hasAnswer: true }) // { topics: ['orm'], hasAnswer: true }
 */
export function toFilter(flags: FilterFlags): QuestionFilter {
  return {
    // Topic ids are plain strings from the data; core checks them against the index.
    ...(flags.topic === undefined ? {} : { topics: flags.topic as QuestionFilter['topics'] }),
    ...(flags.tag === undefined ? {} : { tags: flags.tag }),
    ...(flags.set === undefined ? {} : { sets: flags.set }),
    ...(flags.difficulty === undefined ? {} : { difficulties: flags.difficulty as QuestionFilter['difficulties'] }),
    ...(flags.license === undefined ? {} : { licenses: flags.license }),
    ...(flags.hasAnswer === true ? { hasAnswer: true } : {}),
    ...(flags.kind === undefined ? {} : { kind: flags.kind as QuestionFilter['kind'] }),
  }
}

/**
 * The flags again, as command-line arguments in a fixed order: the part of a
 * "run this again" command that reproduces the filter.
 *
 * @example
 *   filterArgs({ topic: ['orm', 'models'] }) // ['--topic', 'orm', '--topic', 'models']
 */
export function filterArgs(flags: FilterFlags): string[] {
  const args: string[] = []
  for (const [flag, values] of [
    ['--topic', flags.topic],
    ['--tag', flags.tag],
    ['--set', flags.set],
    ['--difficulty', flags.difficulty],
    ['--license', flags.license],
  ] as const) {
    for (const v of values ?? []) args.push(flag, v)
  }
  if (flags.hasAnswer === true) args.push('--has-answer')
  if (flags.kind !== undefined) args.push('--kind', flags.kind)
  return args
}
