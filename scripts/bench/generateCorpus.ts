// A seeded synthetic corpus with realistic field distributions, for benches:
// the Django taxonomy's topics (skewed), ~200 tags, difficulties, ~70 % with answers, ~8 %
// multiple-choice, ~15 % in near-duplicate clusters, prompts and answers
// drawn from a Zipf-distributed vocabulary so that text search has common
// words, topic words and a long tail of rare ones.
//
//   npx tsx --conditions=@quizbank/source scripts/bench/generateCorpus.ts --size 400 --out /tmp/corpus-400.json
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createRandom, type Question, type Random } from '@quizbank/core'
import { djangoTaxonomy, type DjangoTopic } from '@quizbank/corpus'

const TOPIC_IDS: readonly DjangoTopic[] = djangoTaxonomy.topics.map((t) => t.id)

const DJANGO_WORDS = (
  'model field queryset manager migration view template url form admin user permission group session cookie middleware ' +
  'csrf signal receiver cache backend query filter exclude annotate aggregate join index transaction serializer viewset ' +
  'router throttle pagination test client fixture settings debug static media storage upload celery task channel websocket ' +
  'async await gunicorn nginx docker deploy database postgres mysql sqlite foreignkey manytomany onetoone related prefetch ' +
  'select lookup expression subquery raw cursor request response redirect render context processor tag inheritance block ' +
  'include namespace reverse path converter widget validation clean error logging profiler optimisation replica shard ' +
  'translation locale timezone contenttype generic mixin decorator login logout password hash token jwt oauth api rest ' +
  'graphql schema endpoint version header status json xml python pip virtualenv project app command shell manage'
).split(' ')

const COMMON_WORDS = (
  'the a of to and in is it you that for on with as are be this can by from or an your have use when which how what ' +
  'not all one more will if do each other about there their we way used using make like also time between so into two ' +
  'data code new first them then these some would example should need value set default method class function object ' +
  'list return call different same work write read change run create update delete name type key main page file level ' +
  'system process information order support case provide handle allow based multiple specific common custom simple ' +
  'instead without within because while where after before only most many both such through during against'
).split(' ')

const TEMPLATES = [
  'What is {a} in Django?',
  'What is the difference between {a} and {b}?',
  'How do you {v} a {a} in Django?',
  'Explain how {a} works with {b}.',
  'When should you use {a} instead of {b}?',
  'Why would you {v} the {a} {b}?',
  'Describe the role of {a} in a {b} {c}.',
  'How can you {v} {a} for {b}?',
]
const VERBS = 'configure optimise test debug cache secure deploy override extend customise validate serialize migrate filter'.split(' ')

/** Options of {@link generateCorpus}. */
export interface GenerateCorpusOptions {
  /** Seed of the generator. Default `'bench'`. */
  seed?: string
}

/**
 * Generate `size` valid questions, identical for the same size and seed.
 *
 * @example
 *   const questions = generateCorpus(100_000)
 */
export function generateCorpus(size: number, options: GenerateCorpusOptions = {}): Question[] {
  const random = createRandom(options.seed ?? 'bench')
  const tail = Array.from({ length: 4000 }, (_, i) => syllableWord(i))
  // Zipf over common words, then Django words, then the rare tail.
  const vocabulary = [...COMMON_WORDS, ...DJANGO_WORDS, ...tail]
  const word = zipfTable(vocabulary, 1.05, random)
  const topicOf = zipfTable<DjangoTopic>(TOPIC_IDS, 0.6, random)
  const topicTags = new Map(TOPIC_IDS.map((t, i) => [t, Array.from({ length: 7 }, (_, k) => `${t}-${DJANGO_WORDS[(i * 7 + k) % DJANGO_WORDS.length]}`)]))
  const sharedTags = DJANGO_WORDS.slice(0, 20).map((w) => `${w}s`)
  const setCount = Math.max(1, Math.min(500, Math.round(size / 200)))
  // Answers are built from a pool of distinct sentences: generating every
  // sentence afresh made a million-question corpus take 15 s, mostly GC.
  const sentencePool = Array.from({ length: Math.min(250_000, Math.max(2_000, size >> 2)) }, () => sentence(word, random))
  const sentences = (count: number) => {
    let out = pick(sentencePool, random)
    for (let k = 1; k < count; k++) out += ' ' + pick(sentencePool, random)
    return out
  }
  const questions: Question[] = []
  let clusterId = 0
  let clusterLeft = 0
  let clusterBase: Question<DjangoTopic> | undefined
  for (let i = 0; i < size; i++) {
    const set = `set-${random.int(setCount)}`
    let prompt: string
    let topic: DjangoTopic
    let cluster: string | undefined
    if (clusterLeft > 0 && clusterBase !== undefined) {
      // A near-duplicate: same question reworded by another source.
      prompt = clusterBase.prompt.replace(/\?$/, ', briefly?')
      topic = clusterBase.topic
      cluster = clusterBase.cluster
      clusterLeft--
    } else {
      topic = topicOf()
      prompt = fill(pick(TEMPLATES, random), word, random)
      if (random.float() < 0.06) {
        clusterLeft = 1 + random.int(3)
        cluster = `cluster-${clusterId++}`
      }
    }
    const tags = new Set<string>()
    const ownTags = topicTags.get(topic) as string[]
    for (let k = 1 + random.int(3); k > 0; k--) tags.add(pick(ownTags, random))
    if (random.float() < 0.3) tags.add(pick(sharedTags, random))
    const r = random.float()
    const q: Question<DjangoTopic> = {
      id: `${set}/q-${i}`,
      prompt,
      topic,
      tags: [...tags],
      source: { set, lines: [i + 1, i + 3], promptInferred: false },
    }
    if (random.float() < 0.7) q.answer = sentences(1 + random.int(4))
    if (random.float() < 0.1) q.hints = [sentences(1)]
    if (random.float() < 0.08) {
      const correct = random.int(4)
      q.choices = Array.from({ length: 4 }, (_, k) => ({ text: sentences(1).slice(0, 80), correct: k === correct }))
    }
    if (r < 0.85) q.difficulty = { level: r < 0.35 ? 'beginner' : r < 0.7 ? 'intermediate' : 'advanced', origin: 'rule' }
    if (cluster !== undefined) {
      q.cluster = cluster
      if (clusterBase?.cluster !== cluster) clusterBase = q
    }
    questions.push(q)
  }
  return questions
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[random.int(items.length)] as T
}

function fill(template: string, word: () => string, random: Random): string {
  return template
    .replace('{a}', word())
    .replace('{b}', word())
    .replace('{c}', word())
    .replace('{v}', pick(VERBS, random))
}

function sentence(word: () => string, random: Random): string {
  const first = word()
  let out = first.charAt(0).toUpperCase() + first.slice(1)
  for (let k = 5 + random.int(14); k > 0; k--) out += ' ' + word()
  if (random.float() < 0.2) out += ' `' + word() + '()`'
  // Flatten the rope now, so every answer shares flat sentence strings.
  return `${out}.`.split('').join('')
}

/** A draw function returning items with Zipf(s) probabilities, O(1) per draw via a 64 Ki lookup table. */
function zipfTable<T>(items: readonly T[], s: number, random: Random): () => T {
  const weights = items.map((_, i) => 1 / (i + 1) ** s)
  const total = weights.reduce((a, b) => a + b, 0)
  const table = new Uint32Array(65536)
  let acc = 0
  let item = 0
  for (let k = 0; k < table.length; k++) {
    const u = (k + 0.5) / table.length
    while (item < items.length - 1 && acc + (weights[item] as number) / total < u) acc += (weights[item++] as number) / total
    table[k] = item
  }
  return () => items[table[random.uint32() >>> 16] as number] as T
}

const SYLLABLES = 'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze'.split(' ')
function syllableWord(i: number): string {
  let n = i + 100
  let out = ''
  while (n > 0) {
    out += SYLLABLES[n % SYLLABLES.length]
    n = Math.floor(n / SYLLABLES.length)
  }
  return out
}

const isMain = process.argv[1]?.endsWith('generateCorpus.ts') === true
if (isMain) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '400' }, out: { type: 'string' }, seed: { type: 'string', default: 'bench' } } })
  const size = Number(values.size)
  const questions = generateCorpus(size, { seed: values.seed })
  const out = values.out ?? `corpus-${size}.json`
  writeFileSync(out, JSON.stringify(questions))
  console.log(`wrote ${questions.length} questions to ${out}`)
}
