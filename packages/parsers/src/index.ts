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
} from './types.js'
export { classifyTopic, inferTags, inferDifficulty, clusterQuestions, evaluateClusters, draftToQuestion } from './enrich/index.js'
export type {
  DraftToQuestionOptions,
  ClassifyTopicOptions,
  TopicDecision,
  TopicRule,
  InferTagsOptions,
  DifficultyDecision,
  InferDifficultyOptions,
  ClusterItem,
  ClusterQuestionsOptions,
  ClusterEvaluation,
  LabelledPair,
  PairError,
} from './enrich/index.js'
export { serializeMarkdown } from './serializeMarkdown.js'
