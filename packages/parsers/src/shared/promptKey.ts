import { stripEnds } from './stripEnds.js'

/**
 * A prompt reduced for comparing two askings of the same question: lower
 * case, emphasis and code marks dropped, white space collapsed, final
 * punctuation dropped. The one comparison key for repeats, tables of
 * contents and questions asked again in a table.
 *
 * @example
 *   promptKey('**What is TLS?** ') // 'what is tls'
 */
export function promptKey(text: string): string {
  const key = text.toLowerCase().replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()
  return stripEnds(key, () => false, (c) => ' ?.!:;'.includes(c))
}
