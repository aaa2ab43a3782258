import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

/** A regular expression written in the source, where it is. */
export interface FoundRegex {
  /** `file:line`. */
  readonly at: string
  /** The pattern, as RegExp would receive it. */
  readonly source: string
  readonly flags: string
}

/** A `new RegExp(…)` built from something other than literals: it cannot be checked statically. */
export interface DynamicRegex {
  readonly at: string
  readonly code: string
}

/**
 * Every regular expression in TypeScript `text`: regex literals, and
 * `RegExp(…)`/`new RegExp(…)` calls whose arguments are string literals
 * (or a template without substitutions). Calls built from variables are
 * returned apart, so a checker can list what it could not check. Parsed
 * with the TypeScript compiler, so regexes in comments and strings that are
 * not patterns are never picked up.
 *
 * @example
 *   findRegexes('const r = /a+$/u', 'x.ts').found // [{ at: 'x.ts:1', source: 'a+$', flags: 'u' }]
 */
export function findRegexes(text: string, file: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: FoundRegex[] = []
  const dynamic: DynamicRegex[] = []
  const at = (node: ts.Node) => `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`
  const literal = (node: ts.Node | undefined): string | undefined =>
    node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const raw = node.text
      const end = raw.lastIndexOf('/')
      found.push({ at: at(node), source: raw.slice(1, end), flags: raw.slice(end + 1) })
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? []
      const source = literal(pattern)
      const flagText = flags === undefined ? '' : literal(flags)
      if (source !== undefined && flagText !== undefined) found.push({ at: at(node), source, flags: flagText })
      else dynamic.push({ at: at(node), code: node.getText(sourceFile).slice(0, 120) })
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return { found, dynamic }
}

/** The TypeScript source files under `dir`, recursively, sorted (tests and declaration files left out). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** {@link findRegexes} over files on disk. */
export function findRegexesInFiles(files: readonly string[]): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const found: FoundRegex[] = []
  const dynamic: DynamicRegex[] = []
  for (const file of files) {
    const result = findRegexes(readFileSync(file, 'utf8'), file)
    found.push(...result.found)
    dynamic.push(...result.dynamic)
  }
  return { found, dynamic }
}
