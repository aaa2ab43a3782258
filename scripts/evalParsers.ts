// Score parseText against folders of gold-labelled documents: each
// `<name>.<ext>` with a `<name>.gold.json` beside it (the format of
// ../shared/real-docs, see its README). Prints per-document precision,
// recall, F1 and answer-presence agreement, and micro totals. The matching
// rule is the one of ../shared/real-docs/score.mjs (scripts/parsersEval/scoreGold.ts),
// so the figures agree with it exactly.
//
//   npm run eval:parsers -- <dir>… [--verbose] [--only <text>] [--seeds] [--json]
//
//   <dir>       folders of documents and gold files (real documents stay outside the repo)
//   --verbose   list every false positive (FP), false negative (FN) and answer disagreement (ANS)
//   --only      score only documents whose file name contains <text>
//   --seeds     also score ../shared/seeds, when it holds gold files (it does not today: the
//               seed check is then packages/parsers/test/seeds.test.ts and the seed fixtures)
//   --json      print the figures as JSON instead of tables
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseText } from '@quizbank/parsers'
import { scoreDocument, totals, type DocumentScore, type GoldFile, type Totals } from './parsersEval/scoreGold.js'

const SEEDS = '../shared/seeds'

const argv = process.argv.slice(2)
const verbose = argv.includes('--verbose')
const json = argv.includes('--json')
const onlyAt = argv.indexOf('--only')
const only = onlyAt === -1 ? undefined : argv[onlyAt + 1]
const dirs = argv.filter((a, i) => !a.startsWith('--') && (onlyAt === -1 || i !== onlyAt + 1))
if (argv.includes('--seeds')) dirs.push(SEEDS)
if (dirs.length === 0) {
  console.error('usage: npm run eval:parsers -- <dir>… [--verbose] [--only <text>] [--seeds] [--json]\n  example: npm run eval:parsers -- ../shared/real-docs --verbose')
  process.exit(2)
}

interface Row extends DocumentScore {
  doc: string
  format: string
  error?: string
}

const report: { dir: string; documents: Row[]; totals: Totals }[] = []
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`${dir}: no such folder`)
    process.exit(2)
  }
  const documents = goldPairs(dir)
    .filter(({ doc }) => only === undefined || doc.includes(only))
    .map(({ doc, gold }) => scoreFile(dir, doc, gold))
  if (documents.length === 0) {
    const note = dir === SEEDS ? ': the seeds have no gold labels; their check is the seed tests (npx vitest run packages/parsers/test/seeds.test.ts packages/parsers/test/fixtures.test.ts)' : ''
    console.log(`${dir}: no <name>.<ext> with a <name>.gold.json${note}`)
    continue
  }
  report.push({ dir, documents, totals: totals(documents) })
}

if (json) {
  const strip = ({ unmatchedParsed, unmatchedGold, answerDisagreements, ...row }: Row) => (verbose ? { ...row, unmatchedParsed, unmatchedGold, answerDisagreements } : row)
  console.log(JSON.stringify(report.map((r) => ({ ...r, documents: r.documents.map(strip) })), null, 2))
} else {
  for (const { dir, documents, totals: t } of report) {
    console.log(`\n${dir}`)
    if (verbose) {
      for (const row of documents) {
        for (const p of row.unmatchedParsed) console.log(`  FP  ${row.doc}: ${p.slice(0, 100)}`)
        for (const p of row.unmatchedGold) console.log(`  FN  ${row.doc}: ${p.slice(0, 100)}`)
        for (const d of row.answerDisagreements) console.log(`  ANS ${row.doc}: parser ${d.parsedHasAnswer ? 'has' : 'lacks'} an answer, gold ${d.parsedHasAnswer ? 'lacks' : 'has'} one: ${d.gold.slice(0, 80)}`)
      }
    }
    console.table(
      documents.map((r) => ({
        doc: r.doc,
        format: r.format,
        gold: r.gold,
        got: r.got,
        TP: r.truePositives,
        FP: r.falsePositives,
        FN: r.falseNegatives,
        P: fixed(ratio(r.truePositives, r.truePositives + r.falsePositives), 2),
        R: fixed(ratio(r.truePositives, r.truePositives + r.falseNegatives), 2),
        F1: fixed(f1(r), 2),
        answers: `${r.answerAgreements}/${r.truePositives}`,
        ...(r.error === undefined ? {} : { error: r.error }),
      })),
    )
    printTotals(dir, t)
  }
  if (report.length > 1) printTotals('all folders', totals(report.flatMap((r) => r.documents)))
}

/** Documents of a folder that have a gold file, sorted by name. */
function goldPairs(dir: string): { doc: string; gold: GoldFile }[] {
  const out: { doc: string; gold: GoldFile }[] = []
  for (const doc of readdirSync(dir).sort()) {
    const m = /^(.+)\.([^.]+)$/.exec(doc)
    if (m === null || m[2] === 'json' || m[1]!.endsWith('.gold')) continue
    const goldPath = join(dir, `${m[1]}.gold.json`)
    if (!existsSync(goldPath)) continue
    out.push({ doc, gold: JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile })
  }
  return out
}

/** Parse one document from its raw bytes (the parser detects the encoding) and score it. */
function scoreFile(dir: string, doc: string, gold: GoldFile): Row {
  const bytes = new Uint8Array(readFileSync(join(dir, doc)))
  try {
    const result = parseText(bytes, { sourceName: basename(doc) })
    return { doc, format: result.format, ...scoreDocument(result.questions, gold) }
  } catch (error) {
    return { doc, format: '-', error: String(error).slice(0, 60), ...scoreDocument([], gold) }
  }
}

function printTotals(label: string, t: Totals): void {
  console.log(`${label}: micro P=${fixed(t.precision, 3)} R=${fixed(t.recall, 3)} F1=${fixed(t.f1, 3)}  answer-presence agreement ${fixed(t.answerAgreement, 3)}  (TP ${t.truePositives}, FP ${t.falsePositives}, FN ${t.falseNegatives})`)
}

function ratio(a: number, b: number): number {
  return a / (b || 1)
}

function f1(r: DocumentScore): number {
  const p = ratio(r.truePositives, r.truePositives + r.falsePositives)
  const q = ratio(r.truePositives, r.truePositives + r.falseNegatives)
  return (2 * p * q) / (p + q || 1)
}

function fixed(x: number, digits: number): string {
  return x.toFixed(digits)
}
