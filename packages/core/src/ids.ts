/** A kebab-case id (lower-case ASCII words and digits joined by single dashes): topics, subjects, tags, clusters. */
export const KEBAB_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A set id: kebab-case, e.g. `notes-top-25`. */
export const SET_ID_PATTERN = KEBAB_ID_PATTERN

/** A question id: `<set-id>/<slug>`, both kebab-case. */
export const QUESTION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/

const STOP_WORDS = new Set(
  'a an the is are was were be been of in on at to for and or with by from as that this these those what which who whom whose how why when where does do did can could would should will your you its it their there between into about explain describe define discuss'.split(
    ' ',
  ),
)

/** Options of {@link slugify}. */
export interface SlugifyOptions {
  /** Most words kept (after stop words are dropped). Default `5`. */
  maxWords?: number
}

/**
 * Turn a prompt into the slug half of a question id: lower-case ASCII words,
 * possessives and stop words dropped, at most `maxWords` of them, joined by
 * dashes.
 * Returns `'question'` when nothing is left.
 *
 * @example
 *   slugify('What is middleware in Django?') // 'middleware-django'
 */
export function slugify(text: string, options: SlugifyOptions = {}): string {
  const maxWords = options.maxWords ?? 5
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "Django’s ORM" → "django orm"; "e.g." and "i.e." carry no meaning in an id.
    .replace(/['’]s\b/g, '')
    .replace(/\b(?:e\.g|i\.e|etc)\./g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
  const kept = words.filter((w) => !STOP_WORDS.has(w))
  const chosen = (kept.length > 0 ? kept : words).slice(0, maxWords)
  return chosen.length > 0 ? chosen.join('-') : 'question'
}

/**
 * Build a new question id that is not in `taken`, by suffixing `-2`, `-3`, …
 * to the slug. This only mints ids; keeping them stable across edits is the
 * job of the corpus id registry (see the README, "Stable ids").
 *
 * @example
 *   mintQuestionId('acme', 'What is a view?', new Set(['acme/view'])) // 'acme/view-2'
 */
export function mintQuestionId(setId: string, prompt: string, taken: ReadonlySet<string>, options: SlugifyOptions = {}): string {
  const base = `${setId}/${slugify(prompt, options)}`
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}
