import { Option, type Command } from 'commander'
import type { SearchHit } from '@quizbank/core/search'
import { formatTable } from '../format/formatTable.js'
import { createStyles, type Io, type Styles } from '../io.js'
import { loadCorpus } from '../loadCorpus.js'
import { addFilterOptions, toFilter, type FilterFlags } from '../options/filterOptions.js'
import { parseWholeNumber } from '../options/parseWholeNumber.js'

interface SearchFlags extends FilterFlags {
  readonly limit: number
  readonly offset: number
  readonly allWords?: boolean
  readonly json?: boolean
}

const EXAMPLES = `
Examples:
  $ quizbank search middleware
  $ quizbank search "prefetch related" --topic orm --limit 5
  $ quizbank search csrf token --all-words --json

Ranked full-text search over prompts, answers and hints; the last word also
matches longer words it starts (so "migr" finds "migrations").`

/**
 * `quizbank search <text…>`: ranked full-text search over the bundled corpus
 * with the same filters as `quiz`.
 *
 * @example
 *   defineSearch(program.command('search'), io)
 */
export function defineSearch(command: Command, io: Io): void {
  addFilterOptions(command.description('search the bundled corpus (prompts, answers, hints), best matches first').argument('<text...>', 'words to look for'))
    .addOption(new Option('--limit <n>', 'how many hits to show').argParser(parseWholeNumber()).default(10))
    .addOption(new Option('--offset <n>', 'skip this many hits (paging)').argParser(parseWholeNumber()).default(0))
    .option('--all-words', 'only questions that match every word (default: any word, best first)')
    .option('--json', 'print the hits as JSON (question records, scores, match positions)')
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], flags: SearchFlags) => {
      const [{ search }, { corpusSearchIndex }, { index }] = await Promise.all([import('@quizbank/core/search'), import('@quizbank/corpus/search'), loadCorpus()])
      const text = words.join(' ')
      // The corpus ships its search index prebuilt: loading it is much faster than tokenising every question here.
      const { hits, total } = search(corpusSearchIndex(index), text, {
        ...toFilter(flags),
        limit: flags.limit,
        offset: flags.offset,
        ...(flags.allWords === true ? { combine: 'and' as const } : {}),
      })
      if (flags.json === true) {
        io.stdout.write(`${JSON.stringify({ query: text, total, offset: flags.offset, hits }, null, 2)}\n`)
        return
      }
      const s = createStyles(io.stdout, io.env)
      const shown = hits.length === 0 ? '' : ` (showing ${flags.offset + 1}–${flags.offset + hits.length})`
      io.stdout.write(`${s.bold(`${total} match${total === 1 ? '' : 'es'} for "${text}"${shown}`)}\n`)
      if (hits.length === 0) return
      const rows = hits.map((h) => [h.score.toFixed(2), h.question.id, h.question.topic, highlight(h, s)])
      io.stdout.write(`\n${formatTable(['score', 'id', 'topic', 'prompt'], rows, { align: ['right', 'left', 'left', 'left'], styleHeader: s.bold })}\n`)
      if (total > flags.offset + hits.length) io.stdout.write(`\n${s.dim(`More: --offset ${flags.offset + hits.length}`)}\n`)
    })
}

/** The prompt with its matched words emphasised (a no-op without colour). */
function highlight(hit: SearchHit, s: Styles): string {
  const prompt = hit.question.prompt
  let out = ''
  let at = 0
  for (const m of hit.matches.prompt) {
    out += prompt.slice(at, m.start) + s.yellow(prompt.slice(m.start, m.end))
    at = m.end
  }
  return out + prompt.slice(at)
}
