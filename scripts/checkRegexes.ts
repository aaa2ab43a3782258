// The static ReDoS check of `npm test`: every regular expression in the
// packages' sources goes through recheck (automaton analysis, then fuzzing),
// which proves super-linear backtracking that eslint-plugin-regexp misses
// (issue 11: `for .* in .*:$` in the headless parser was quadratic).
// Fails on any pattern recheck finds vulnerable or cannot decide.
//
//   npx tsx scripts/checkRegexes.ts [--verbose]
//
// recheck runs its bundled native binary (the recheck-linux-x64 package, an
// optional dependency installed from the registry); on a platform without
// one it falls back to its pure-JavaScript build, which is slower but gives
// the same verdicts. Nothing is downloaded at run time.
import { checkRegexes } from './redos/checkRegexes.js'
import { findRegexesInFiles, sourceFiles } from './redos/findRegexes.js'

const PACKAGE_SOURCES = ['packages/core/src', 'packages/parsers/src', 'packages/corpus/src', 'packages/formats/src']

const started = performance.now()
const files = PACKAGE_SOURCES.flatMap(sourceFiles)
const { found, dynamic } = findRegexesInFiles(files)
const results = await checkRegexes(found)
const bad = results.filter((r) => r.status !== 'safe')
for (const r of process.argv.includes('--verbose') ? results : bad) {
  console.log(`${r.status === 'safe' ? 'ok  ' : 'FAIL'} ${r.at}  /${r.source.length > 100 ? `${r.source.slice(0, 97)}...` : r.source}/${r.flags}  ${r.status}${r.detail === '' ? '' : `: ${r.detail}`}`)
}
for (const d of dynamic) console.log(`FAIL ${d.at}  ${d.code}  (built at run time: cannot be checked statically; use a literal)`)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`checkRegexes: ${results.length} regexes in ${files.length} files, ${bad.length + dynamic.length} problems (${seconds} s)`)
process.exitCode = bad.length + dynamic.length > 0 ? 1 : 0
