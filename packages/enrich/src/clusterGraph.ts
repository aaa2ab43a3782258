import type { PromptTerms } from './promptTerms.js'

/**
 * Index pairs of prompts that share at least one term: only they can reach
 * a similarity above 0, so clustering n prompts costs far less than n²
 * comparisons. Sorted, each pair `[i, j]` with `i < j`.
 *
 * @example
 *   candidatePairs([promptTerms('What is middleware?'), promptTerms('Define middleware.')]) // [[0, 1]]
 */
export function candidatePairs(terms: readonly PromptTerms[]): [number, number][] {
  const byTerm = new Map<string, number[]>()
  terms.forEach((t, i) => {
    for (const term of t.keys()) {
      const list = byTerm.get(term)
      if (list) list.push(i)
      else byTerm.set(term, [i])
    }
  })
  const seen = new Set<number>()
  const pairs: [number, number][] = []
  for (const list of byTerm.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a]! * terms.length + list[b]!
        if (seen.has(key)) continue
        seen.add(key)
        pairs.push([list[a]!, list[b]!])
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
}

/**
 * Connected components of `nodes` under `edges` (union-find), each sorted,
 * listed in order of their smallest node. Edges to nodes outside `nodes`
 * are ignored.
 *
 * @example
 *   components([0, 1, 2, 3], [[0, 2]]) // [[0, 2], [1], [3]]
 */
export function components(nodes: readonly number[], edges: readonly (readonly [number, number])[]): number[][] {
  const parent = new Map(nodes.map((n) => [n, n]))
  const find = (n: number): number => {
    let root = n
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(n, root)
    return root
  }
  for (const [i, j] of edges) {
    if (!parent.has(i) || !parent.has(j)) continue
    const [a, b] = [find(i), find(j)]
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b))
  }
  const byRoot = new Map<number, number[]>()
  for (const n of [...nodes].sort((x, y) => x - y)) {
    const root = find(n)
    const list = byRoot.get(root)
    if (list) list.push(n)
    else byRoot.set(root, [n])
  }
  return [...byRoot.values()]
}
