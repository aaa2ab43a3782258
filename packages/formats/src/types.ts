import type { Question, QuestionSet } from '@quizbank/core'

/** What every `to<Format>` takes: a whole set (its title and id are used where the format has room) or bare questions. */
export type ExportInput = QuestionSet | readonly Question[]

/** A question a format cannot hold at all, with the reason. It is not in the file. */
export interface NotExported {
  readonly id: string
  readonly reason: string
}

/** A part of an exported question the format cannot carry: the question is in the file without it (or with it changed, as `reason` says). */
export interface Lost {
  readonly id: string
  /** The question field, e.g. `hints`, `answer`, `difficulty`. */
  readonly field: string
  readonly reason: string
}

/** The text of one exported file and an exact account of what did not make it. */
export interface ExportResult {
  readonly text: string
  /** How many questions the text holds. */
  readonly exported: number
  readonly notExported: NotExported[]
  readonly lost: Lost[]
}

/**
 * A question read from a file: the fields the format carried. Structurally a
 * draft of `@quizbank/parsers` (`DraftQuestion`), so `draftToQuestion` of
 * `@quizbank/enrich` turns it into a question of any subject.
 */
export interface ImportedQuestion {
  prompt: string
  answer?: string
  hints?: string[]
  choices?: { text: string; correct: boolean }[]
  /** The question id the file stated (e.g. a GIFT `[id:…]`), as written. */
  id?: string
  topic?: string
  tags?: string[]
  difficulty?: 'beginner' | 'intermediate' | 'advanced'
  /** Lines of the file the question came from (1-based, inclusive). */
  lines: { readonly first: number; readonly last: number }
  promptInferred: false
}

/** Something in the file that was not read into a question, or was read with a change. */
export interface ImportDiagnostic {
  readonly severity: 'error' | 'warning'
  /** 1-based line in the file, when it concerns one. */
  readonly line?: number
  readonly message: string
}

/** What `from<Format>` returns: every question read, and a diagnostic for everything it did not read. */
export interface ImportResult {
  readonly questions: ImportedQuestion[]
  readonly diagnostics: ImportDiagnostic[]
  /** A title the file states (a deck name, a set title), when it has one. */
  readonly title?: string
}
