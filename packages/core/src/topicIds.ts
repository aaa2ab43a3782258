/**
 * The topic ids of the taxonomy and the difficulty levels: the small part of
 * the taxonomy the query and sampling code needs. Labels and descriptions
 * live in topics.ts, so a bundle that only filters does not carry them.
 */
export const TOPIC_IDS = [
  'fundamentals',
  'settings',
  'tooling',
  'models',
  'orm',
  'migrations',
  'views',
  'templates',
  'urls',
  'forms',
  'admin',
  'auth',
  'sessions',
  'middleware',
  'security',
  'signals',
  'caching',
  'performance',
  'async',
  'drf',
  'testing',
  'deployment',
  'static-files',
  'i18n',
  'integrations',
  'career',
] as const

/** A topic id from the taxonomy, e.g. `'orm'`. */
export type Topic = (typeof TOPIC_IDS)[number]

/** Difficulty levels, easiest first. */
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const

/** A difficulty level. */
export type Difficulty = (typeof DIFFICULTIES)[number]

const topicSet: ReadonlySet<string> = new Set(TOPIC_IDS)

/**
 * Whether `value` is a topic id of the taxonomy.
 *
 * @example
 *   isTopic('orm') // true
 *   isTopic('database') // false
 */
export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && topicSet.has(value)
}
