// Probe for loadSearchIndex.test.ts, run in a child process with a time
// limit (several of these inputs made the old decoder loop forever): loads
// each tampered variant of a serialised search index and returns, as JSON,
// what happened to each.
import { createIndex, type Question } from '@quizbank/core'
import { createSearchIndex, loadSearchIndex, search, serializeSearchIndex, type SerializedSearchIndex } from '@quizbank/core/search'
import { decodeRuns, encodeRuns, toBase64 } from '../../src/search/encodePostings.js'

export const questions: Question[] = Array.from({ length: 40 }, (_, i) => ({
  id: `set/q-${i}`,
  prompt: `Question ${i} about caching and word${i % 7}?`,
  answer: `Answer ${i % 5}`,
  topic: 'orm',
  tags: [],
  source: { set: 'set', lines: [i + 1, i + 1], promptInferred: false },
}))

const bytesOf = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

/** The variants, by name: each a patch over the intact serialised index. */
function variants(good: SerializedSearchIndex): Record<string, Partial<Record<keyof SerializedSearchIndex, unknown>>> {
  const offsets = new Uint32Array(good.counts.length + 1)
  good.counts.forEach((c, t) => (offsets[t + 1] = (offsets[t] as number) + c))
  const decode = () =>
    decodeRuns(offsets, good.docs, offsets[good.counts.length] as number, good.docCount, (why) => {
      throw new Error(why)
    })
  const pastEnd = decode()
  pastEnd[pastEnd.length - 1] = 230
  const twice = decode()
  const t = good.counts.findIndex((c) => c >= 2)
  twice[(offsets[t] as number) + 1] = twice[offsets[t] as number] as number
  const swapped = [...good.terms]
  ;[swapped[0], swapped[1]] = [swapped[1] as string, swapped[0] as string]
  const count = (value: unknown) => good.counts.map((c, i) => (i === 0 ? value : c))
  return {
    intact: {},
    truncated: { docs: good.docs.slice(0, 8) },
    pastEnd: { docs: encodeRuns(offsets, pastEnd) },
    twice: { docs: encodeRuns(offsets, twice) },
    leftOver: { docs: toBase64(new Uint8Array([...bytesOf(good.docs), 1])) },
    endlessVarint: { docs: toBase64(new Uint8Array(600).fill(0xff)) },
    docsNotBase64: { docs: '***' },
    impactsNotBase64: { impacts: 'é' },
    unsorted: { terms: swapped },
    notAWord: { terms: [...good.terms.slice(0, -1), 42] },
    countZero: { counts: count(0) },
    countHuge: { counts: count(1e12) },
    countText: { counts: count('x') },
    countPlusOne: { counts: count((good.counts[0] as number) + 1) },
    impactZero: { impacts: toBase64(new Uint8Array(bytesOf(good.impacts).length)) },
    badK1: { settings: { ...good.settings, k1: -1 } },
    badStopWords: { settings: { ...good.settings, stopWords: 'the' } },
    nullSettings: { settings: null },
  }
}

/** Load every variant; returns JSON of `{ variant: 'CODE: message' | 'loaded: N hits for "caching"' }`. */
export function probe(): string {
  const index = createIndex(questions)
  const good = JSON.parse(JSON.stringify(serializeSearchIndex(createSearchIndex(index)))) as SerializedSearchIndex
  const out: Record<string, string> = {}
  for (const [name, patch] of Object.entries(variants(good))) {
    try {
      out[name] = `loaded: ${search(loadSearchIndex(index, { ...good, ...patch } as SerializedSearchIndex), 'caching').total} hits for "caching"`
    } catch (error) {
      const e = error as { code?: string; name?: string; message?: string }
      out[name] = `${e.code ?? e.name}: ${e.message}`
    }
  }
  return JSON.stringify(out)
}
