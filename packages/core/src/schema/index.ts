export {
  QuestionSchema,
  ChoiceSchema,
  QuestionSourceSchema,
  QuestionFlagsSchema,
  DifficultyInfoSchema,
  DifficultySchema,
  TopicSchema,
  AnswerOriginSchema,
  QuestionLicenseSchema,
} from './question.js'
export { LicenseSchema } from './license.js'
export type { Question, Choice, QuestionSource, QuestionFlags, DifficultyInfo, AnswerOrigin, QuestionLicense } from './question.js'
export { QuestionSetSchema, SourceAttributionSchema } from './questionSet.js'
export { TaxonomySchema, TopicInfoSchema } from './taxonomy.js'
export type { Taxonomy, TopicInfo } from './taxonomy.js'
export type { QuestionSet, SourceAttribution } from './questionSet.js'
export { toJsonSchemas } from './toJsonSchema.js'
export { validateQuestion, validateQuestionSet, validateTaxonomy, validateWith, formatIssues, formatPath } from '../validate.js'
export type { ValidationIssue, ValidationResult, ValidateOptions } from '../validate.js'
