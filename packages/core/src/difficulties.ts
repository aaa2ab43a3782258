/**
 * The difficulty levels: the one closed vocabulary of the model (topics,
 * tags and sets are open, and belong to a subject's taxonomy or to the data).
 */
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const

/** A difficulty level, easiest first. */
export type Difficulty = (typeof DIFFICULTIES)[number]
