// Openers that only program text and shell commands have: keywords followed
// by code, decorators, common command-line tools, SQL statements, prompts.
const CODE_OPENER =
  /^(?:def \w|class \w+[(:]|import [\w{*]|from [\w.]+ import |@\w+[.(]|return\b|const \w|let \w|var \w|function\b|async (?:def|function)|await \w|(?:if|for|while|switch) ?\(|(?:print|console\.\w+)\(|(?:kubectl|helm|docker|npm|npx|yarn|pip|pip3|git|curl|python|python3|flask|[a-z]+-admin|cargo|mvn|psql|redis-cli) [\w-]|(?:SELECT|CREATE|INSERT|UPDATE|DELETE|ALTER|DROP) [A-Z*(]|\$ \S|>>> )/
// `name = value`, `obj.attr = value`, `x += 1` (spaces around the operator, as code is written).
const ASSIGNMENT = /^[\w.[\]'"]+ [-+*/]?= \S/
// A line that only closes a block, or one that opens one in a brace language.
const BRACES = /^[}\])]+[;,]?$|[{;]$|^\{$/

/**
 * Whether a line of a scraped answer is program text or a shell command
 * rather than prose: judged by strict shapes only (keyword openers, spaced
 * assignments, braces), because prose split where inline code was
 * (`filter()` on a line of its own) must still be joined back into its
 * sentence.
 *
 * @example
 *   isCodeLine('from flask import Flask') // true
 *   isCodeLine('app = Flask(__name__)') // true
 *   isCodeLine('filter()') // false
 *   isCodeLine('Save it as app.py and run it.') // false
 */
export function isCodeLine(line: string): boolean {
  const text = line.trim()
  if (text.length === 0) return false
  return CODE_OPENER.test(text) || ASSIGNMENT.test(text) || BRACES.test(text)
}
