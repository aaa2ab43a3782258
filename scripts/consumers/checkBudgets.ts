/** scripts/consumers/budgets.json: the most a browser bundle of each entry point may weigh. */
export interface Budgets {
  /** Minified, gzip -9 bytes per entry point (a package name or subpath). */
  gzipBytes: Record<string, number>
}

/**
 * Compare measured bundle sizes with their budgets; one message per breach
 * or per entry that has a budget but no measurement (a failed bundle must not
 * pass as "within budget").
 *
 * @example
 *   checkBudgets({ gzipBytes: { '@quizbank/core': 12_000 } }, new Map([['@quizbank/core', 12_500]]))
 *   // ['@quizbank/core: 12500 B gzip, over its budget of 12000 B by 500 B (4.2%) …']
 */
export function checkBudgets(budgets: Budgets, sizes: ReadonlyMap<string, number>): string[] {
  const breaches: string[] = []
  for (const [entry, budget] of Object.entries(budgets.gzipBytes)) {
    const size = sizes.get(entry)
    if (size === undefined) breaches.push(`${entry}: no size measured (its bundle failed); budget ${budget} B.`)
    else if (size > budget) {
      breaches.push(
        `${entry}: ${size} B gzip, over its budget of ${budget} B by ${size - budget} B (${(((size - budget) / budget) * 100).toFixed(1)}%). ` +
          'Shrink the entry point, or raise the budget in scripts/consumers/budgets.json and say why in the commit.',
      )
    }
  }
  return breaches
}
