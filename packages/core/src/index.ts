// The zod-free entry: safe to import into browser bundles. Schemas and
// validation live in '@quizbank/core/schema'; full-text search in
// '@quizbank/core/search'.
export { TOPICS, TOPIC_IDS, DIFFICULTIES, isTopic } from './topics.js'
export type { Topic, TopicInfo, Difficulty } from './topics.js'
export { SET_ID_PATTERN, QUESTION_ID_PATTERN, slugify, mintQuestionId } from './ids.js'
export type { SlugifyOptions } from './ids.js'
export type { Question, Choice, QuestionSource, QuestionFlags, DifficultyInfo } from './schema/question.js'
export type { QuestionSet, SourceAttribution } from './schema/questionSet.js'
