/** Whether a line holds nothing but white space. */
export function isBlank(line: string): boolean {
  return line.trim().length === 0
}
