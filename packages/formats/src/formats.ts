/** The formats this package speaks, by the name the CLI's `--format` takes. */
export type FormatName = 'gift' | 'moodle-xml' | 'qti' | 'anki' | 'apkg' | 'aiken' | 'csv' | 'json'

/** What one format can do, for help texts and tools that list formats. */
export interface FormatInfo {
  readonly name: FormatName
  readonly title: string
  /** Usual file extension, with the dot. */
  readonly extension: string
  /** Whether `from<Format>` exists: the format carries questions back. */
  readonly canImport: boolean
}

/**
 * Every format, in the order the docs list them.
 *
 * @example
 *   FORMATS.filter((f) => f.canImport).map((f) => f.name) // ['gift', 'moodle-xml', 'anki', 'aiken', 'csv', 'json']
 */
export const FORMATS: readonly FormatInfo[] = [
  { name: 'gift', title: 'Moodle GIFT', extension: '.gift', canImport: true },
  { name: 'moodle-xml', title: 'Moodle XML', extension: '.xml', canImport: true },
  { name: 'qti', title: 'IMS QTI 2.1 content package (a folder)', extension: '', canImport: false },
  { name: 'anki', title: 'Anki text import (tab-separated notes)', extension: '.txt', canImport: true },
  // Written by `toApkg` of `@quizbank/formats/apkg`, an entry of its own: it loads SQLite (sql.js, WebAssembly).
  { name: 'apkg', title: 'Anki deck package (.apkg)', extension: '.apkg', canImport: false },
  { name: 'aiken', title: 'Aiken (multiple choice only)', extension: '.txt', canImport: true },
  { name: 'csv', title: 'CSV (RFC 4180)', extension: '.csv', canImport: true },
  { name: 'json', title: 'quizbank JSON (the QuestionSet)', extension: '.json', canImport: true },
]
