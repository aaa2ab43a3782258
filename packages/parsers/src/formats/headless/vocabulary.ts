import { stripEnds } from '../../shared/stripEnds.js'

// Closed word lists for reading the opening sentence of an answer block, and
// the shapes of its words. They are ordinary English function words and
// definitional verbs, never a subject's own vocabulary, so they carry over to
// documents on any topic.

/**
 * Verbs that state what the subject IS: a sentence opening with one of them
 * answers "What is X?" (`A Template in Flask defines the presentation layer`).
 */
export const IDENTITY_VERBS: ReadonlySet<string> = new Set(
  ['represents', 'defines', 'describes', 'denotes', 'means'].flatMap((v) => [v, baseForm(v)]),
)

/** Verbs that are definitional only with the particle that follows them. */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['refers', 'to'],
      ['stands', 'for'],
      ['acts', 'as'],
      ['serves', 'as'],
      ['works', 'as'],
      ['consists', 'of'],
    ] as const
  ).flatMap(([verb, particle]): [string, string][] => [
    [verb, particle],
    [baseForm(verb), particle],
  ]),
)

/**
 * Verbs that say what the subject DOES in a way that still introduces it
 * (`A ManyToManyField creates a many-to-many relationship`); the inferred
 * prompt asks "What does X create?".
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  [
    'creates',
    'involves',
    'provides',
    'allows',
    'enables',
    'lets',
    'handles',
    'manages',
    'controls',
    'determines',
    'contains',
    'follows',
    'specifies',
    'stores',
    'tracks',
    'maps',
    'implements',
    'establishes',
    'offers',
    'supports',
    'simplifies',
    'processes',
    'generates',
    'translates',
    'converts',
    'ensures',
    'prevents',
    'protects',
    'connects',
    'routes',
    'holds',
    'encapsulates',
    'abstracts',
  ].flatMap((v) => [v, baseForm(v)]),
)

/**
 * Verbs that describe how something works rather than introduce it
 * (`Flask uses its built-in ORM to …`): weak evidence of a block start.
 */
export const MECHANISM_VERBS: ReadonlySet<string> = new Set(
  ['uses', 'helps', 'requires', 'validates', 'runs', 'returns', 'executes', 'calls', 'loads', 'checks', 'sends', 'receives'].flatMap((v) => [
    v,
    baseForm(v),
  ]),
)

/** The articles, which open a noun phrase. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/**
 * Prepositions, conjunctions, relative and subordinating words: they neither
 * open the subject of a definition nor end it.
 */
const CONNECTIVES = [
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
  'into',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'where',
  'when',
  'while',
  'because',
]

/** Words after which a subject cannot go on (modals, auxiliaries). */
export const SUBJECT_BREAKERS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'must',
  'should',
  'will',
  'would',
  'may',
  'might',
  'shall',
  'does',
  'do',
  'did',
  'has',
  'have',
  'had',
  'was',
  'were',
  'been',
  'being',
  'not',
  'also',
  'then',
  'only',
])

/**
 * First words that never open the subject of a definition: pronouns,
 * subordinators, discourse adverbs, quantifiers, question words, and the
 * words after which a subject cannot go on.
 */
export const NON_SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'it',
  'its',
  'this',
  'these',
  'those',
  'they',
  'their',
  'them',
  'we',
  'our',
  'you',
  'your',
  'he',
  'she',
  'his',
  'her',
  'i',
  'my',
  'each',
  'every',
  'all',
  'any',
  'some',
  'many',
  'most',
  'much',
  'several',
  'multiple',
  'various',
  'numerous',
  'few',
  'such',
  'other',
  'another',
  'here',
  'there',
  'whenever',
  'if',
  'once',
  'after',
  'before',
  'during',
  'since',
  'until',
  'unless',
  'although',
  'though',
  'unlike',
  'like',
  'instead',
  ...CONNECTIVES,
  ...SUBJECT_BREAKERS,
  'without',
  'however',
  'therefore',
  'thus',
  'hence',
  'now',
  'just',
  'even',
  'finally',
  'lastly',
  'firstly',
  'secondly',
  'additionally',
  'similarly',
  'furthermore',
  'moreover',
  'internally',
  'typically',
  'usually',
  'generally',
  'basically',
  'note',
  'why',
  'how',
  'what',
  'whom',
  'whose',
  'so',
  'nor',
  'yes',
  'no',
  'example',
  'one',
  'both',
  'either',
  'neither',
  'whether',
])

/** Words a noun phrase cannot end with. */
export const DANGLING_WORDS: ReadonlySet<string> = new Set([...ARTICLES, ...CONNECTIVES])

/** Words that end the noun phrase at the start of a complement. */
export const PHRASE_ENDERS: ReadonlySet<string> = new Set([
  ...CONNECTIVES,
  'used',
  'designed',
  'built',
  'between',
  'inside',
  'within',
])

/**
 * Abstract head nouns that open commentary rather than a new topic
 * (`The most important role of manage.py is …`, `The order of middleware …`).
 */
export const ABSTRACT_OPENERS: ReadonlySet<string> = new Set([
  'role',
  'order',
  'purpose',
  'goal',
  'idea',
  'point',
  'key',
  'main',
  'most',
  'best',
  'first',
  'second',
  'last',
  'next',
  'following',
  'above',
  'below',
  'same',
  'result',
  'reason',
  'benefit',
  'advantage',
  'difference',
  'problem',
  'answer',
  'rest',
])

/**
 * The base form of a third-person verb: `creates` → `create`,
 * `processes` → `process`, `specifies` → `specify`.
 *
 * @example
 *   baseForm('involves') // 'involve'
 */
export function baseForm(verb: string): string {
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}y`
  if (/(?:ss|sh|ch|x|z|o)es$/.test(verb)) return verb.slice(0, -2)
  if (verb.endsWith('s') && !verb.endsWith('ss')) return verb.slice(0, -1)
  return verb
}

/**
 * Whether a word is code rather than prose: a dotted name (`settings.py`),
 * a call (`get()`), an identifier with `_`, a hyphenated lower-case
 * command (`kubectl`) or a sigil-led name (`*args`, `@property`).
 *
 * @example
 *   isCodeLike('urls.py') // true
 *   isCodeLike('Flask') // false
 */
export function isCodeLike(word: string): boolean {
  return /\w\.\w|\(\)$|_|^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$|^[*@$#]+\w/.test(word)
}

/**
 * A word without surrounding quotes and trailing punctuation.
 *
 * @example
 *   bare('"urls.py",') // 'urls.py'
 */
export function bare(word: string | undefined): string {
  if (word === undefined) return ''
  return stripEnds(
    word,
    (c) => '"“\'‘`'.includes(c),
    (c) => '"”\'’`,.;:!?'.includes(c),
  )
}
