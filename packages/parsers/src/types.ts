import type { Difficulty } from '@quizbank/core'

/** The document styles `parseText` understands. */
export type FormatName =
  | 'quizbank'
  | 'markdown'
  | 'question-answer'
  | 'article'
  | 'numbered-list'
  | 'headless-answers'

/** How the input text was decoded. `'string'` when a string was passed in. */
export type Encoding = 'string' | 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'windows-1252'

/**
 * Why a non-blank line is not part of any question. Every skipped line is
 * listed in `diagnostics` with one of these, so nothing is silently dropped.
 *
 * - `chrome`: site furniture (navigation, view counters, tag clouds, copyright).
 * - `title`: the document's own title.
 * - `preamble`: introductory prose before the first question.
 * - `heading`: a section heading (its text is kept as the `section` of the questions under it).
 * - `non-question-section`: a section that holds no questions (tips, conclusion, reading list).
 * - `unrelated-prose`: text after or between the questions that belongs to something else.
 * - `related-links`: lists of links to other articles.
 * - `front-matter`: set metadata at the top of a quizbank document (returned in `meta`).
 * - `separator`: thematic breaks (`---`) and lone punctuation.
 * - `answer-key`: answers printed apart from their questions and numbered like them (questions first, then
 *   `1. …` answer blocks); the text is copied into the answer of the question with that number.
 * - `repeated-question`: a question asked again word for word in the same document; merged into its first asking.
 * - `unclassified`: a line no rule claimed; always reported with a warning, so a parser gap is visible.
 */
export type SkipReason =
  | 'chrome'
  | 'title'
  | 'preamble'
  | 'heading'
  | 'non-question-section'
  | 'unrelated-prose'
  | 'related-links'
  | 'front-matter'
  | 'separator'
  | 'answer-key'
  | 'repeated-question'
  | 'unclassified'

/**
 * What scraping visibly damaged; the text is always kept as printed.
 *
 * - `missing-inline-code`: an inline code span vanished from a sentence ("What is the use of file ?").
 * - `missing-code-block`: a lead-in ("Example configuration:") whose code block is gone.
 * - `glued-text`: sentences run together without a space ("…file paths.Forms in Flask…").
 * - `broken-list`: list items split where inline code was; the parser re-joined them.
 */
export type DamageKind = 'missing-inline-code' | 'missing-code-block' | 'glued-text' | 'broken-list'

/** First and last line (1-based, inclusive) of something in the input. */
export interface LineRange {
  readonly first: number
  readonly last: number
}

/** A question as found in a document, before enrichment (topic, tags, id). */
export interface DraftQuestion {
  /** Plain text; inline code kept in backticks. */
  prompt: string
  /** Markdown. */
  answer?: string
  hints?: string[]
  /** Multiple-choice options; open questions have none. */
  choices?: { text: string; correct: boolean }[]
  /** Heading path as printed, outermost first. */
  section?: string[]
  /** The question's own number as printed, e.g. `"12"` or `"5B.3"`. */
  number?: string
  lines: LineRange
  /** True when the document printed no question and a rule wrote the prompt. */
  promptInferred: boolean
  /** Markers printed next to the question, e.g. `"done"`. */
  markers?: string[]
  /** What scraping damaged; the text is kept as printed. */
  damaged?: DamageKind[]
  /** Fields a quizbank-format document states outright. */
  id?: string
  topic?: string
  tags?: string[]
  difficulty?: Difficulty
}

/** A problem or a note about the input, with where it is. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info'
  /** Stable machine-readable code, e.g. `skipped`, `input-too-large`, `damaged-text`. */
  code: string
  message: string
  /** Where, when it concerns lines of the input. */
  lines?: LineRange
  /** For `skipped` diagnostics: why the lines are not part of a question. */
  reason?: SkipReason
}

/** How the input's non-blank lines were accounted for. */
export interface Coverage {
  /** All lines of the (normalised) input. */
  lines: number
  /** Non-blank lines: always `questionLines + skippedLines`. */
  nonBlankLines: number
  /** Non-blank lines inside a question's line range. */
  questionLines: number
  /** Non-blank lines listed as skipped in `diagnostics`. */
  skippedLines: number
}

/** Metadata a document states about itself (title, quizbank front matter). */
export interface DocumentMeta {
  title?: string
  /** A count the document declares ("Top 25 … Questions"), for cross-checks. */
  declaredCount?: number
  /** Parsed front matter of a quizbank-format document. */
  frontMatter?: Record<string, unknown>
}

/** What `parseText` returns. */
export interface ParseResult {
  format: FormatName
  encoding: Encoding
  questions: DraftQuestion[]
  diagnostics: Diagnostic[]
  coverage: Coverage
  meta: DocumentMeta
}

/** Options of `parseText`. */
export interface ParseOptions {
  /** `'auto'` (default) detects the style; a name forces one. */
  format?: FormatName | 'auto'
  /** Name of the input used in messages, e.g. a file path. Default: `'input'`. */
  sourceName?: string
  /** Largest input accepted, in bytes (UTF-8 for strings). Default: 5 MiB. Larger input yields an error diagnostic and no questions. */
  maxBytes?: number
  /**
   * The subject's topics, to resolve the topic names a quizbank document
   * states (`## ORM & querying`, `topic: orm`) to ids and warn on unknown
   * ones. Default: none (topic names are kept as written; the enrichment
   * resolves them).
   */
  taxonomy?: TopicNames | undefined
}

/** The part of a subject taxonomy the parsers read: topic ids and labels (any `Taxonomy` of `@quizbank/core` fits). */
export interface TopicNames {
  readonly id: string
  readonly topics: readonly { readonly id: string; readonly label: string }[]
}

/** A normalised document as every format parser sees it. */
export interface SourceDocument {
  /** Normalised text (LF line endings, no zero-width characters). */
  readonly text: string
  /** `lines[i]` is line `i + 1` of the text. */
  readonly lines: readonly string[]
  /** From `ParseOptions.sourceName`. */
  readonly name: string
  /** From `ParseOptions.taxonomy`. */
  readonly taxonomy?: TopicNames | undefined
}

/** A run of lines a format parser did not turn into questions, and why. */
export interface SkippedRange extends LineRange {
  reason: SkipReason
  /** Optional detail for the diagnostic message. */
  detail?: string
}

/** What a format parser returns; `parseText` turns it into a `ParseResult`. */
export interface FormatOutput {
  questions: DraftQuestion[]
  skipped: SkippedRange[]
  diagnostics?: Diagnostic[]
  meta?: DocumentMeta
}

/**
 * One document style. `detect` scores how well a document fits (0 = not at
 * all, 1 = certainly); `parse` must never throw and must account for every
 * non-blank line (question ranges plus skipped ranges).
 */
export interface FormatParser {
  readonly name: FormatName
  detect(doc: SourceDocument): number
  parse(doc: SourceDocument): FormatOutput
}
