// Bold and italic markers carry no meaning in a prompt and break
// deduplication, so they go; backticks stay because they mark inline code.
const BOLD = /\*\*([^*]+)\*\*/g
const WRAPPING_EMPHASIS = /^([*_])([^*_].*)\1$/

/**
 * Remove markdown bold markers and emphasis wrapping the whole text; trim.
 * Underscores inside words (`__init__`, `select_related`) are left alone.
 *
 * @example
 *   stripInlineMarks('**What is a view?**') // 'What is a view?'
 *   stripInlineMarks('What is __init__.py?') // 'What is __init__.py?'
 */
export function stripInlineMarks(text: string): string {
  let out = text.replace(BOLD, '$1').trim()
  const wrapped = WRAPPING_EMPHASIS.exec(out)
  if (wrapped?.[2] !== undefined && !wrapped[2].includes(wrapped[1] ?? '')) out = wrapped[2].trim()
  return out
}
