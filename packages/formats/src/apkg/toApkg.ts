import type { Question } from '@quizbank/core'
import { strToU8, zipSync } from 'fflate'
import type { Database, SqlJsStatic } from 'sql.js'
import { ankiBack, ankiFront, unletterable } from '../anki/ankiCard.js'
import { toAnkiHtml } from '../anki/ankiHtml.js'
import { questionsOf, titleOf } from '../shared/questionsOf.js'
import type { ExportInput, Lost, NotExported } from '../types.js'

/** Options of {@link toApkg}. */
export interface ToApkgOptions {
  /** The parent deck; each question goes into `<deck>::<topic>`. Default: the set's title (`quizbank` for bare questions). */
  readonly deck?: string
  /**
   * When the deck was made: the collection's creation day and every
   * modification time in the file. Default: now. Pass a fixed date to get
   * byte-identical files from the same questions.
   */
  readonly date?: Date
  /**
   * Where sql.js finds its `sql-wasm.wasm`, given the file name (sql.js's
   * `locateFile`). Not needed in Node; in a browser, the URL your bundler
   * serves the file from (it is in `sql.js/dist/`).
   */
  readonly locateFile?: (file: string) => string
}

/** What {@link toApkg} returns: the `.apkg` file and what did not make it. */
export interface ApkgExport {
  /** The deck package: a zip holding `collection.anki2` (an Anki 2 collection, schema 11) and `media`. */
  readonly bytes: Uint8Array
  /** How many notes the package holds (one card each). */
  readonly exported: number
  readonly notExported: NotExported[]
  readonly lost: Lost[]
}

/**
 * The note type every question becomes. Its id is derived from its name, so
 * a second import of a later export finds the same note type.
 */
const NOTE_TYPE = {
  name: 'quizbank',
  fields: ['Front', 'Back', 'Hints', 'Difficulty', 'License'],
  // Anki's template language: a `hint:` field shows as a link that reveals it;
  // a `{{#Field}}` section only when the field is not empty.
  front: '{{Front}}{{#Hints}}<div class="hints">{{hint:Hints}}</div>{{/Hints}}',
  back: '{{FrontSide}}<hr id=answer>{{Back}}{{#Difficulty}}<div class="meta">Difficulty: {{Difficulty}}</div>{{/Difficulty}}{{#License}}<div class="meta">{{License}}</div>{{/License}}',
  css: '.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }\n.hints, .meta { margin-top: 1em; font-size: 14px; color: #555; }\n',
} as const

/** The schema of an Anki 2 collection (`collection.anki2`, schema version 11), which Anki and its importers read from a `.apkg`. */
const SCHEMA = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`

// Anki separates a note's fields with the unit separator.
const FIELD_SEPARATOR = '\x1f'

/**
 * Write questions as an Anki deck package (`.apkg`), the file Anki's File →
 * Import and AnkiDroid open directly: one note per question of a `quizbank`
 * note type (fields Front, Back, Hints, Difficulty, License; hints behind a
 * reveal link), in the deck `<deck>::<topic>`, with the question's tags, and
 * the question id as the note's GUID, so importing a later export updates the
 * notes instead of duplicating them. Cards are new (no review history).
 * Questions with more choices than the card can letter, or a second question
 * with an id already written, are reported in `notExported`.
 *
 * Asynchronous because the collection is an SQLite database, written with
 * sql.js (SQLite compiled to WebAssembly), which loads on first use; it runs
 * in Node and in browsers (see `locateFile`).
 *
 * @example
 *   const { bytes, exported } = await toApkg(set, { deck: 'Django' })
 *   writeFileSync('django.apkg', bytes)
 */
export async function toApkg(input: ExportInput, options: ToApkgOptions = {}): Promise<ApkgExport> {
  const questions = questionsOf(input)
  const deck = oneLine(options.deck ?? titleOf(input, 'quizbank'))
  const date = options.date ?? new Date()
  const notExported: NotExported[] = []
  const kept: Question[] = []
  const seen = new Set<string>()
  for (const q of questions) {
    const cannot = unletterable(q)
    if (cannot !== undefined) notExported.push(cannot)
    else if (seen.has(q.id)) notExported.push({ id: q.id, reason: 'a second question with this id: a note is identified by it (its GUID), so it would replace the first' })
    else {
      seen.add(q.id)
      kept.push(q)
    }
  }

  const ids = createIdAllocator()
  const modelId = await ids.next(`note type ${NOTE_TYPE.name}`)
  const deckIds = new Map<string, number>()
  for (const name of [deck, ...new Set(kept.map((q) => `${deck}::${q.topic}`))]) deckIds.set(name, await ids.next(`deck ${name}`))
  const notes = []
  for (const q of kept) notes.push({ q, id: await ids.next(`note ${q.id}`), csum: await checksum(q.prompt) })

  const SQL = await loadSqlJs(options.locateFile)
  const db = new SQL.Database()
  try {
    const seconds = Math.floor(date.getTime() / 1000)
    db.exec(SCHEMA)
    db.run('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      dayStart(date),
      date.getTime(),
      date.getTime(),
      JSON.stringify(collectionConfig(modelId, deckIds.get(deck) as number)),
      JSON.stringify({ [modelId]: noteType(modelId, deckIds.get(deck) as number, seconds) }),
      JSON.stringify(Object.fromEntries([[1, deckJson(1, 'Default', seconds)], ...[...deckIds].map(([name, id]) => [id, deckJson(id, name, seconds)])])),
      JSON.stringify({ 1: deckOptions() }),
      '{}',
    ])
    insertNotes(db, notes, modelId, deckIds, deck, seconds)
    const collection = db.export()
    // Anki reads the media list even when there is none.
    const bytes = zipSync({ 'collection.anki2': collection, media: strToU8('{}') }, { mtime: date })
    const lost: Lost[] = kept
      .filter((q) => [q.prompt, q.answer ?? '', ...(q.hints ?? []), ...(q.choices ?? []).map((c) => c.text)].some((t) => t.includes(FIELD_SEPARATOR)))
      .map((q) => ({ id: q.id, field: 'text', reason: 'the unit separator (U+001F) separates Anki fields: replaced by U+FFFD' }))
    return { bytes, exported: kept.length, notExported, lost }
  } finally {
    db.close()
  }
}

function insertNotes(db: Database, notes: readonly { q: Question; id: number; csum: number }[], modelId: number, deckIds: ReadonlyMap<string, number>, deck: string, seconds: number): void {
  const note = db.prepare('insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)')
  const card = db.prepare('insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)')
  try {
    db.exec('begin')
    for (const [position, { q, id, csum }] of notes.entries()) {
      const fields = [ankiFront(q), ankiBack(q), (q.hints ?? []).map(toAnkiHtml).join('<br>'), q.difficulty?.level ?? '', licenseText(q)].map(fieldHtml)
      // Tags are separated by spaces and padded with one on each side, as Anki stores them.
      const tags = q.tags.length === 0 ? '' : ` ${q.tags.join(' ')} `
      note.run([id, q.id, modelId, seconds, tags, fields.join(FIELD_SEPARATOR), q.prompt, csum, ''])
      // A new card's `due` is its position in the new-card queue.
      card.run([id, id, deckIds.get(`${deck}::${q.topic}`) as number, seconds, position + 1, ''])
    }
    db.exec('commit')
  } finally {
    note.free()
    card.free()
  }
}

/**
 * A field's HTML as stored: fields are joined with FIELD_SEPARATOR, so one
 * inside a text would split it (replaced, and reported); and `{{` is written
 * `{&#123;`, which shows the same, because readers that render templates the
 * way Anki 2.0 did (Mnemosyne's) expand `{{…}}` inside field values too, so
 * a template language in an answer (`{{ a.title }}`) would print "unknown field".
 */
function fieldHtml(html: string): string {
  return html.replaceAll(FIELD_SEPARATOR, '\uFFFD').replaceAll('{{', '{&#123;')
}

function licenseText(q: Question): string {
  if (q.license === undefined) return ''
  const { prompt, answer } = q.license
  return answer === undefined || answer === prompt ? `License: ${prompt}` : `License: prompt ${prompt}, answer ${answer}`
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim() || 'quizbank'
}

/** Anki's `crt`: the start of the collection's first day, in seconds. */
function dayStart(date: Date): number {
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 1000)
}

/**
 * Ids for Anki's tables (notes, cards, decks, note types), derived from a
 * name with SHA-1 so the same question gets the same note id in every
 * export; a clash moves to the next free number.
 */
function createIdAllocator(): { next(name: string): Promise<number> } {
  const used = new Set<number>([1])
  return {
    async next(name) {
      // 40 bits of the digest, above 2^40 so no id is 1 (Anki's Default deck and options group) or looks like a small counter.
      let id = 2 ** 40 + Number.parseInt((await sha1Hex(name)).slice(0, 10), 16)
      while (used.has(id)) id += 1
      used.add(id)
      return id
    },
  }
}

/** Anki's `csum`: the first 8 hex digits of the SHA-1 of the first field's text, as a number (duplicate detection). */
async function checksum(text: string): Promise<number> {
  return Number.parseInt((await sha1Hex(text)).slice(0, 8), 16)
}

async function sha1Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', strToU8(text)))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

let defaultSqlJs: Promise<SqlJsStatic> | undefined

/** sql.js, loaded on first use (once when it finds its WebAssembly by itself). */
async function loadSqlJs(locateFile: ((file: string) => string) | undefined): Promise<SqlJsStatic> {
  const load = async () => {
    const { default: initSqlJs } = await import('sql.js')
    return initSqlJs(locateFile === undefined ? {} : { locateFile })
  }
  if (locateFile !== undefined) return load()
  defaultSqlJs ??= load()
  return defaultSqlJs
}

function noteType(id: number, deckId: number, seconds: number) {
  return {
    id: String(id),
    name: NOTE_TYPE.name,
    type: 0,
    mod: seconds,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ name: 'Card 1', ord: 0, qfmt: NOTE_TYPE.front, afmt: NOTE_TYPE.back, bqfmt: '', bafmt: '', did: null }],
    flds: NOTE_TYPE.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: NOTE_TYPE.css,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    tags: [],
    vers: [],
    // The card exists when Front is not empty.
    req: [[0, 'all', [0]]],
  }
}

function deckJson(id: number, name: string, seconds: number) {
  return { id, name, desc: '', dyn: 0, conf: 1, collapsed: false, extendNew: 10, extendRev: 50, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0], mod: seconds, usn: -1 }
}

function collectionConfig(modelId: number, deckId: number) {
  return { activeDecks: [deckId], curDeck: deckId, curModel: String(modelId), newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, nextPos: 1, sortType: 'noteFld', sortBackwards: false, addToCur: true }
}

/** Anki's default options group, so the collection is complete on its own. */
function deckOptions() {
  return {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
    lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
  }
}
