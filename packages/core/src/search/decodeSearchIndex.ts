import { QuizbankError, describeValue } from '../errors.js'
import type { SerializedSearchIndex } from './createSearchIndex.js'
import { blockMaxima, termMaxima } from './blockMaxima.js'
import { championLists } from './championLists.js'
import type { TextIndex } from './buildTextIndex.js'
import { decodeRuns, fromBase64 } from './encodePostings.js'
import { resolveSettings } from './resolveSettings.js'

const CALLER = 'loadSearchIndex'

/**
 * Rebuild a text index from its serialised form, checking everything a
 * search relies on, since the data may be truncated, hand-edited or from
 * another release: a sorted dictionary of distinct terms, a posting count
 * per term between 1 and `docCount`, postings that decode exactly (ascending
 * documents below `docCount`, no bytes missing or left over), impacts from
 * 1 to 255, and settings a built index could have. The caller has checked
 * the format, version, and that the index is for these questions.
 * Costs one pass over the data; throws `INVALID_DATA` naming the field.
 *
 * @example
 *   decodeSearchIndex(JSON.parse(text), questions.length)
 */
export function decodeSearchIndex(s: SerializedSearchIndex, docCount: number): TextIndex {
  const settings = resolveSettings(s.settings as object, CALLER, 'INVALID_DATA')
  const { terms, counts } = s
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]
    if (typeof term !== 'string' || term === '') fail('terms', `term ${t} is ${describeValue(term)}, not a word`)
    // Strictly ascending: search finds words and prefixes by binary search.
    if (t > 0 && !((terms[t - 1] as string) < term)) fail('terms', `term ${t} (${describeValue(term)}) does not sort after term ${t - 1} (${describeValue(terms[t - 1])}); the dictionary must be sorted without repeats`)
  }
  const offsets = new Uint32Array(terms.length + 1)
  let total = 0
  for (let t = 0; t < counts.length; t++) {
    const c = counts[t]
    // A term is in the dictionary because at least one question holds it, and a question holds it once.
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 1 || c > docCount) fail('counts', `the count of term ${t} is ${describeValue(c)}; expected an integer from 1 to ${docCount} (the number of questions)`)
    total += c
    if (total > 0xffffffff) fail('counts', `the counts add up to more than ${0xffffffff} postings`)
    offsets[t + 1] = total
  }
  const impacts = fromBase64(s.impacts, (why) => fail('impacts', why))
  if (impacts.length !== total) fail('impacts', `it holds ${impacts.length} entries, the counts say ${total}`)
  for (let k = 0; k < impacts.length; k++) if (impacts[k] === 0) fail('impacts', `posting ${k} has impact 0; impacts range from 1 to 255`)
  const docs = decodeRuns(offsets, s.docs, total, docCount, (why) => fail('docs', why))
  return { settings, docCount, terms: terms as string[], offsets, docs, impacts, blockMax: blockMaxima(impacts), termMax: termMaxima(offsets, impacts), champions: championLists(offsets, impacts) }
}

function fail(field: string, why: string): never {
  throw new QuizbankError('INVALID_DATA', `${CALLER}: field "${field}" of the serialised search index is damaged: ${why}. Rebuild it with serializeSearchIndex(createSearchIndex(index)).`)
}
