import { parse } from 'yaml'

/**
 * Parse YAML front matter into a plain object. Never throws: malformed
 * YAML, or YAML that is not a mapping, gives `error` instead of `data`.
 *
 * @example
 *   readFrontMatter('id: acme\ntitle: Acme') // { data: { id: 'acme', title: 'Acme' } }
 *   readFrontMatter('- a') // { error: 'front matter is not a mapping of keys to values' }
 */
export function readFrontMatter(yaml: string): { data?: Record<string, unknown>; error?: string } {
  let value: unknown
  try {
    // The core schema keeps dates such as 2025-01-31 as strings.
    value = parse(yaml, { schema: 'core', uniqueKeys: true, prettyErrors: false })
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  if (value === null || value === undefined) return { data: {} }
  if (typeof value !== 'object' || Array.isArray(value)) return { error: 'front matter is not a mapping of keys to values' }
  return { data: value as Record<string, unknown> }
}
