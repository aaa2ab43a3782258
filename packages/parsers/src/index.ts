export { parseText, DEFAULT_MAX_BYTES } from './parseText.js'
export { detectFormat, scoreFormats } from './detectFormat.js'
export { decodeInput } from './normalize/decodeInput.js'
export type { DecodedInput } from './normalize/decodeInput.js'
export { normalizeText } from './normalize/normalizeText.js'
export { FORMATS } from './formats/registry.js'
export type {
  Coverage,
  DamageKind,
  Diagnostic,
  DocumentMeta,
  DraftQuestion,
  Encoding,
  FormatName,
  FormatOutput,
  FormatParser,
  LineRange,
  ParseOptions,
  ParseResult,
  SkipReason,
  SkippedRange,
  SourceDocument,
  TopicNames,
} from './types.js'
export { serializeMarkdown } from './serializeMarkdown.js'
export type { SerializeMarkdownOptions } from './serializeMarkdown.js'
